import BriefingCore
import MarkdownRendering
import SiteModel
import Templating
import Testing

/// Templates read views through `TemplateFields` tables: a stored property missing from its table would render empty.
struct TemplateFieldsTests {
    /// Walks `value` and everything it holds, checking each view's table against its stored properties.
    func check(_ value: Any, seen: inout Set<String>, problems: inout [String]) {
        if let optional = value as? any OptionalProtocolForTests {
            if let wrapped = optional.wrapped { check(wrapped, seen: &seen, problems: &problems) }
            return
        }
        if let array = value as? [Any] {
            for element in array { check(element, seen: &seen, problems: &problems) }
            return
        }
        guard let fields = value as? any TemplateFields else { return }
        let type = String(reflecting: Swift.type(of: value))
        seen.insert(type)
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            let stored = (child.value as? any OptionalProtocolForTests).map(\.wrapped) ?? child.value
            let read = fields.child(named: label)
            if (read == nil) != (stored == nil) || (stored is String || stored is Int || stored is Bool) && "\(read!)" != "\(stored!)" {
                problems.append("\(type).\(label)")
            }
            check(child.value, seen: &seen, problems: &problems)
        }
        if fields.child(named: "noSuchField") != nil { problems.append("\(type) answers an unknown field") }
    }

    @Test func `every stored property of every view is readable by templates`() throws {
        let body = "- A point.\n\n## Voices\n\n> [!analyst] Jane Doe, professor\n> It matters.\n"
        let briefs = [
            Brief(title: "One", slug: "one", date: CalendarDate(iso: "2024-01-02"), byline: "A", source: "S", sourceURL: "https://example.com",
                  tags: ["t"], entities: BriefEntities(people: [BriefEntity(name: "Jane Doe", role: "professor", mentions: 2)], places: [BriefEntity(name: "Kyiv")]),
                  body: body, path: "one.md"),
            Brief(title: "Two", slug: "two", date: CalendarDate(iso: "2024-01-01"), tags: ["t"],
                  entities: BriefEntities(people: [BriefEntity(name: "Jane Doe")], places: [BriefEntity(name: "Kyiv")]), body: body, path: "two.md"),
        ]
        let contexts = PageContextBuilder(
            config: SiteConfig(title: "T", description: "D", baseURL: "https://example.org/", author: "A", pageSize: 1),
            pages: [Page(title: "About", slug: "about", body: "Hi", path: "about.md")],
            site: SiteIndex(briefs: briefs)
        )
        let rendered = CommonMarkRenderer().render(body)
        let jane = try #require(contexts.site.entity(slug: "jane-doe"))
        let tag = try #require(contexts.site.tags.first)
        let pages = contexts.homePages().map(\.context) + contexts.entityPages(jane).map(\.context)
            + contexts.tagPages(tag).map(\.context)
            + [contexts.entityIndex().context, contexts.tagIndex().context, contexts.searchPage().context,
               contexts.page(for: briefs[0], rendered: rendered), contexts.page(for: Page(title: "About", slug: "about", body: "Hi", path: "about.md"), rendered: rendered),
               contexts.notFound(stylesheet: "body{}")]
        var seen = Set<String>()
        var problems: [String] = []
        for page in pages { check(page, seen: &seen, problems: &problems) }
        #expect(problems == [])
        #expect(seen.count == 27, "every view type was reached: \(seen.sorted())")
    }
}

/// Lets the walk see through optionals held as `Any`.
protocol OptionalProtocolForTests {
    var wrapped: Any? { get }
}

extension Optional: OptionalProtocolForTests {
    var wrapped: Any? { self.map { $0 as Any } }
}
