import BriefingCore
import SiteModel
import Testing

struct SiteIndexTests {
    func brief(
        _ slug: String, date: String? = nil, tags: [String] = [], people: [BriefEntity] = [],
        organizations: [BriefEntity] = [], places: [BriefEntity] = [], body: String = "- A point.\n"
    ) -> Brief {
        Brief(
            title: "Brief \(slug)", slug: slug, date: date.flatMap { CalendarDate(iso: $0) }, tags: tags,
            entities: BriefEntities(people: people, organizations: organizations, places: places),
            body: body, path: "briefs/\(slug).md"
        )
    }

    func names(_ index: SiteIndex, _ kind: EntityKind) -> [String] {
        index.entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test func `an index from entries made earlier, in another order, equals one made afresh`() throws {
        let briefs = [
            brief("a", date: "2025-08-18", people: [BriefEntity(name: "Jane Doe", role: "mayor", aliases: ["Doe"])],
                  body: "- A point.\n\n> [!analyst] Ann Smith, analyst\n> It will pass.\n"),
            brief("b", date: "2025-08-19", organizations: [BriefEntity(name: "City Council")], places: [BriefEntity(name: "Springfield")],
                  body: "- A point.\n\n> [!quote] Doe, mayor\n> We agreed.\n"),
        ]
        let made = Dictionary(uniqueKeysWithValues: briefs.reversed().map { ($0.slug, BriefEntries(of: $0)) })
        let reused = SiteIndex(briefs: briefs) { made[$0.slug]! }
        let fresh = SiteIndex(briefs: briefs)
        #expect(reused.entities == fresh.entities)
        #expect(reused.quotes(inBrief: "b").map(\.entity.slug) == fresh.quotes(inBrief: "b").map(\.entity.slug))
        #expect(fresh.quotes(inBrief: "b").map(\.entity.slug) == ["jane-doe"])
    }

    @Test func `a surname or alias in one brief joins the full name in another`() throws {
        let index = SiteIndex(briefs: [
            brief("a", date: "2025-08-18", people: [BriefEntity(name: "Vladimir Putin", role: "Russian President", aliases: ["Putin"], mentions: 9)]),
            brief("b", date: "2025-08-19", people: [BriefEntity(name: "Putin", mentions: 2)]),
            brief("c", date: "2025-08-20", people: [BriefEntity(name: "Vladimir Vladimirovich Putin", mentions: 1)]),
        ])
        #expect(names(index, .person) == ["Vladimir Putin"])
        let putin = try #require(index.entity(named: "Putin", kind: .person))
        #expect(putin.slug == "vladimir-putin")
        #expect(putin.appearances.map(\.briefSlug) == ["c", "b", "a"], "newest first")
        #expect(putin.otherNames == ["Putin", "Vladimir Vladimirovich Putin"])
        #expect(putin.mentions == 12)
        #expect(index.entity(named: "vladimir putin", kind: .person)?.slug == "vladimir-putin", "case does not count")
    }

    @Test func `two people who share a surname stay apart, and so does the surname alone`() throws {
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "Jane Doe", role: "council leader", aliases: ["Doe"])]),
            brief("b", people: [BriefEntity(name: "John Doe", role: "mayor", aliases: ["Doe"])]),
            brief("c", people: [BriefEntity(name: "Doe")]),
        ])
        #expect(names(index, .person) == ["Doe", "Jane Doe", "John Doe"])
        #expect(index.entity(named: "Jane Doe", kind: .person)?.appearances.map(\.briefSlug) == ["a"])
        #expect(index.entity(named: "Doe", kind: .person)?.appearances.map(\.briefSlug) == ["c"], "ambiguous between the two")
    }

    @Test func `given names and initials must agree for full names to merge`() throws {
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "George W. Bush")]),
            brief("b", people: [BriefEntity(name: "George H. W. Bush")]),
            brief("c", people: [BriefEntity(name: "G. W. Bush")]),
            brief("d", people: [BriefEntity(name: "Laura Bush")]),
        ])
        #expect(names(index, .person) == ["George H. W. Bush", "George W. Bush", "Laura Bush"])
        #expect(index.entity(named: "G. W. Bush", kind: .person)?.name == "George W. Bush")
    }

    @Test func `a surname shared by one known person joins that person`() throws {
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "George W. Bush")]),
            brief("b", people: [BriefEntity(name: "Bush", role: "President")]),
        ])
        #expect(names(index, .person) == ["George W. Bush"])
        #expect(index.entity(slug: "george-w-bush")?.appearances.map(\.roles) == [[], ["President"]])
    }

    @Test func `entities of different kinds never merge, and their slugs stay unique`() throws {
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "Washington")], places: [BriefEntity(name: "Washington", aliases: ["Washington D.C."])]),
            brief("b", organizations: [BriefEntity(name: "Washington")]),
        ])
        #expect(index.entities.map(\.kind) == [.person, .organization, .place])
        #expect(index.entities.map(\.slug) == ["washington", "washington-organization", "washington-place"])
        #expect(index.entity(named: "Washington", kind: .place)?.otherNames == ["Washington D.C."])
        #expect(index.entity(named: "Washington", kind: .organization)?.slug == "washington-organization")
    }

    @Test func `organisations and places merge by name or alias, spelled any way`() throws {
        let index = SiteIndex(briefs: [
            brief("a", organizations: [BriefEntity(name: "World Health Organisation", aliases: ["WHO"])], places: [BriefEntity(name: "United States", aliases: ["U.S."])]),
            brief("b", organizations: [BriefEntity(name: "WHO")], places: [BriefEntity(name: "US"), BriefEntity(name: "Zürich")]),
            brief("c", places: [BriefEntity(name: "ZURICH")]),
        ])
        #expect(names(index, .organization) == ["World Health Organisation"])
        #expect(names(index, .place) == ["United States", "Zürich"])
        #expect(index.entity(named: "zurich", kind: .place)?.appearances.count == 2)
    }

    @Test func `a name without ASCII letters still gets a safe slug`() throws {
        let index = SiteIndex(briefs: [brief("a", people: [BriefEntity(name: "习近平")])])
        let slug = try #require(index.entities.first?.slug)
        #expect(slug.hasPrefix("person-") && Slug.isValid(slug))
    }

    @Test func `quotes belong to their speaker, listed or not, with the caption as a role`() throws {
        let body = """
        - A point.

        ## What analysts say

        > [!analyst] Eastman, Director of the National Iodine Nutrition study
        > Deficiency is \\*serious\\*.
        > It spans two lines.

        > [!quote] Ann Smith, fellow at the Policy Institute
        > Two briefs make a site.

        > [!note]
        > Not a quote.

        ```
        > [!quote] Code Sample, not a quote
        > nothing
        ```
        """
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "Cres Eastman", role: "professor", aliases: [], mentions: 5)], body: body),
        ])
        let eastman = try #require(index.entity(named: "Cres Eastman", kind: .person))
        #expect(eastman.quotes.map(\.markdown) == ["Deficiency is \\*serious\\*.\nIt spans two lines."])
        #expect(eastman.appearances.first?.roles == ["professor", "Director of the National Iodine Nutrition study"])
        let smith = try #require(index.entity(named: "Ann Smith", kind: .person))
        #expect(smith.quotes.map(\.role) == ["fellow at the Policy Institute"])
        #expect(smith.mentions == 1)
        #expect(index.quotes(inBrief: "a").map { "\($0.quote.speaker)→\($0.entity.slug)" } == ["Eastman→cres-eastman", "Ann Smith→ann-smith"])
        #expect(index.entity(named: "Code Sample", kind: .person) == nil)
    }

    @Test func `related entities are the ones named in most of the same briefs`() throws {
        let index = SiteIndex(briefs: [
            brief("a", people: [BriefEntity(name: "Jane Doe")], places: [BriefEntity(name: "Springfield"), BriefEntity(name: "Shelbyville")]),
            brief("b", people: [BriefEntity(name: "Jane Doe")], places: [BriefEntity(name: "Springfield")]),
            brief("c", places: [BriefEntity(name: "Springfield")]),
        ])
        let jane = try #require(index.entity(named: "Jane Doe", kind: .person))
        #expect(jane.related.map { "\($0.slug) \($0.sharedBriefs)" } == ["springfield 2", "shelbyville 1"])
    }

    @Test func `tags spelled alike are one tag, with their briefs newest first`() throws {
        let index = SiteIndex(briefs: [
            brief("a", date: "2024-01-01", tags: ["Security guarantees", "Ukraine"]),
            brief("b", date: "2024-02-01", tags: ["security guarantees"]),
            brief("c", date: "2024-03-01", tags: ["Security Guarantees", "Ukraine"]),
        ])
        #expect(index.tags.map(\.slug) == ["security-guarantees", "ukraine"])
        #expect(index.tag(named: "SECURITY GUARANTEES")?.briefSlugs == ["c", "b", "a"])
    }

    @Test func `the index is the same whatever order the briefs come in`() throws {
        let briefs = [
            brief("a", date: "2024-01-01", tags: ["x"], people: [BriefEntity(name: "Jane Doe", aliases: ["Doe"])]),
            brief("b", date: "2024-01-01", tags: ["X"], people: [BriefEntity(name: "Doe")], places: [BriefEntity(name: "Springfield")]),
            brief("c", people: [BriefEntity(name: "John Roe")], places: [BriefEntity(name: "Springfield")]),
        ]
        let forward = SiteIndex(briefs: briefs)
        let backward = SiteIndex(briefs: briefs.reversed())
        #expect(forward.briefs.map(\.slug) == ["a", "b", "c"])
        #expect(forward.entities == backward.entities)
        #expect(forward.tags == backward.tags)
    }
}
