import BriefingCore
import Foundation
import SiteModel
import Testing

/// Replacing edited briefs in an index gives the index made afresh, and is refused when an edit changes what the
/// brief names.
struct SiteIndexUpdateTests {
    static let doe = BriefEntity(name: "Jane Doe", role: "mayor", aliases: ["Doe"], mentions: 2)
    static let council = BriefEntity(name: "City Council", mentions: 1)

    func brief(_ slug: String, title: String? = nil, date: String, tags: [String] = ["local"], people: [BriefEntity] = [doe], quote: String = "Doe, mayor") -> Brief {
        Brief(
            title: title ?? "Brief \(slug)", slug: slug, date: CalendarDate(iso: date), tags: tags,
            entities: BriefEntities(people: people, organizations: [Self.council], places: []),
            body: "- A point about \(slug).\n\n> [!quote] \(quote)\n> We agreed on \(slug).\n", path: "briefs/\(slug).md"
        )
    }

    var briefs: [Brief] {
        [brief("a", date: "2025-08-18"), brief("b", date: "2025-08-19", tags: ["local", "votes"]), brief("c", date: "2025-08-19"), brief("d", date: "2025-08-20")]
    }

    func replacing(_ old: Brief, with new: Brief, in briefs: [Brief]) -> (updated: SiteIndex?, fresh: SiteIndex) {
        let index = SiteIndex(briefs: briefs)
        let updated = index.replacing([(old, BriefEntries(of: old), new, BriefEntries(of: new))])
        if let updated {
            #expect(SiteIndexChanges(replacing: [new.slug], from: index, to: updated) == SiteIndexChanges(from: index, to: updated), "the changes of a replacement are found from the replaced briefs alone")
        }
        return (updated, SiteIndex(briefs: briefs.map { $0.slug == old.slug ? new : $0 }))
    }

    func expectEqual(_ updated: SiteIndex?, _ fresh: SiteIndex) throws {
        let updated = try #require(updated, "the edit keeps what the brief names, so the index is updated")
        #expect(updated.briefs == fresh.briefs)
        #expect(updated.entities == fresh.entities)
        #expect(updated.tags == fresh.tags)
        for brief in fresh.briefs {
            #expect(updated.quotes(inBrief: brief.slug).map(\.entity.slug) == fresh.quotes(inBrief: brief.slug).map(\.entity.slug))
            #expect(updated.entity(named: "Doe", kind: .person) == fresh.entity(named: "Doe", kind: .person))
            #expect(updated.tag(named: "votes") == fresh.tag(named: "votes"))
        }
    }

    @Test func `new wording in the same place gives the index made afresh`() throws {
        let old = briefs[1]
        var new = old
        new.body = old.body.replacingOccurrences(of: "A point about", with: "Another point, reworded, about")
        let (updated, fresh) = replacing(old, with: new, in: briefs)
        try expectEqual(updated, fresh)
    }

    @Test func `a new date moves the brief, its appearances, quotes and tags`() throws {
        let old = briefs[0]
        let new = brief("a", date: "2025-08-21")
        let (updated, fresh) = replacing(old, with: new, in: briefs)
        try expectEqual(updated, fresh)
        #expect(fresh.briefs.first?.slug == "a")
        #expect(fresh.entity(named: "Jane Doe", kind: .person)?.quotes.first?.briefSlug == "a")
    }

    @Test func `a new title reorders briefs of the same day`() throws {
        let old = briefs[1]
        let new = brief("b", title: "Zebra crossing", date: "2025-08-19", tags: ["local", "votes"])
        let (updated, fresh) = replacing(old, with: new, in: briefs)
        try expectEqual(updated, fresh)
        #expect(fresh.briefs.map(\.slug) == ["d", "c", "b", "a"])
    }

    @Test(arguments: ["Aardvark news", "Middle of the day", "Zebra crossing"])
    func `a new title that keeps or changes the brief's place among its neighbours gives the index made afresh`(_ title: String) throws {
        let old = briefs[2]
        let new = brief("c", title: title, date: "2025-08-19")
        let (updated, fresh) = replacing(old, with: new, in: briefs)
        try expectEqual(updated, fresh)
    }

    enum NamingEdit: String, CaseIterable {
        case anotherPerson, otherMentions, anotherSpeaker, otherTags
    }

    @Test(arguments: NamingEdit.allCases)
    func `an edit that names something else is refused`(_ edit: NamingEdit) {
        let edited: Brief
        switch edit {
        case .anotherPerson: edited = brief("b", date: "2025-08-19", tags: ["local", "votes"], people: [BriefEntity(name: "Ann Smith")])
        case .otherMentions: edited = brief("b", date: "2025-08-19", tags: ["local", "votes"], people: [BriefEntity(name: "Jane Doe", role: "mayor", aliases: ["Doe"], mentions: 5)])
        case .anotherSpeaker: edited = brief("b", date: "2025-08-19", tags: ["local", "votes"], quote: "Ann Smith, analyst")
        case .otherTags: edited = brief("b", date: "2025-08-19", tags: ["local"])
        }
        let (updated, _) = replacing(briefs[1], with: edited, in: briefs)
        #expect(updated == nil)
    }
}
