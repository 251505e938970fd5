import BriefingCore
import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// A rebuild that makes only the pages a change touches must leave exactly the output a full build writes: one site
/// goes through a series of edits, each of which moves the site index differently (titles, dates and order, entities
/// appearing, merging, renamed and gone, tags, pages), and after each the output is compared with a fresh build's.
struct IncrementalEquivalenceTests {
    /// A hand-kept brief with the given front matter fields.
    static func brief(title: String, date: String, tags: String, people: String, organizations: String = "[]", places: String = "[]", quote: String? = nil) -> String {
        var text = """
            ---
            title: "\(title)"
            date: \(date)
            byline: A. Reporter
            source: Example News
            tags: \(tags)
            entities:
              people: \(people)
              organizations: \(organizations)
              places: \(places)
            ---

            - \(title), the first key point.
            - A second key point.

            ## Context

            Jane Doe and the City Council spoke in Springfield.

            """
        if let quote { text += "\n## What analysts say\n\n> [!analyst] \(quote)\n> The plan \"is funded for two years only,\" the analyst said.\n" }
        return text
    }

    static let briefs: [String: String] = [
        "council": brief(title: "Council votes", date: "2025-03-01", tags: "[local, votes]",
                         people: "[{name: Jane Doe, role: council leader, aliases: [Doe], mentions: 3}]",
                         organizations: "[{name: City Council, mentions: 2}]", places: "[Springfield]",
                         quote: "John Roe, professor of urban policy at Example University"),
        "harbour": brief(title: "Harbour repairs begin", date: "2025-03-02", tags: "[local, harbour]",
                         people: "[{name: Jane Doe, role: engineer, mentions: 2}, {name: Mark Lee, mentions: 1}]",
                         organizations: "[{name: Harbour Board, mentions: 1}]", places: "[Springfield, Shelbyville]"),
        "ferry": brief(title: "Ferry timetable changes", date: "2025-03-03", tags: "[harbour, transport]",
                       people: "[{name: Mark Lee, role: chairman, mentions: 2}]",
                       organizations: "[{name: Harbour Board, mentions: 2}]", places: "[Shelbyville]"),
        "budget": brief(title: "Budget passes", date: "2025-03-03", tags: "[votes, money]",
                        people: "[{name: Jane Doe, mentions: 1}, {name: John Roe, role: professor, mentions: 1}]",
                        organizations: "[{name: City Council, mentions: 1}]", places: "[Springfield]",
                        quote: "John Roe, professor of urban policy at Example University"),
        "school": brief(title: "School opens", date: "2025-02-20", tags: "[local, schools]",
                        people: "[{name: Ann Smith, role: head teacher, mentions: 2}]", places: "[Springfield]"),
    ]

    static let article = """
        Bridge closes for repairs in Springfield
        By Ann Smith
        Published: 2025-03-04
        The old bridge in Springfield closed on Monday for repairs, the City Council said.
        "The bridge has carried the town for a century and it will again," said Jane Doe, the council's engineer.
        The repairs are expected to take two years, Mark Lee said.
        """

    /// One edit of the site's files.
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        let apply: @Sendable (TemporaryFolder) throws -> Void
        /// What the edit changes, as `briefing serve` tells the build.
        var changes: SiteChanges = .content
        /// The article files changed, when the edit changes only articles (as `briefing serve` tells the build).
        var articles: Set<String>?
        var testDescription: String { name }
    }

    static func replacing(_ file: String, _ old: String, with new: String) -> @Sendable (TemporaryFolder) throws -> Void {
        { site in
            let url = site.url.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "the edit applies to \(file)")
            try site.write(text.replacingOccurrences(of: old, with: new), to: file)
        }
    }

    static let edits: [Edit] = [
        Edit(name: "a title changes", apply: replacing("Content/briefs/harbour.md", "Harbour repairs begin", with: "Harbour repairs start")),
        Edit(name: "a date moves a brief to the front", apply: replacing("Content/briefs/school.md", "2025-02-20", with: "2025-03-09")),
        Edit(name: "a role changes", apply: replacing("Content/briefs/ferry.md", "role: chairman", with: "role: board chairman")),
        Edit(name: "a new person appears", apply: replacing("Content/briefs/ferry.md", "mentions: 2}]", with: "mentions: 2}, {name: Paul Green, role: economist, mentions: 1}]")),
        Edit(name: "a surname alone joins a person", apply: replacing("Content/briefs/school.md", "mentions: 2}]", with: "mentions: 2}, {name: Green, mentions: 1}]")),
        Edit(name: "a person is renamed", apply: replacing("Content/briefs/harbour.md", "Mark Lee", with: "Marcus Lee")),
        Edit(name: "an entity's most used spelling changes", apply: replacing("Content/briefs/budget.md", "{name: City Council, mentions: 1}", with: "{name: CITY COUNCIL, mentions: 1}, {name: Example University, mentions: 1}")),
        Edit(name: "tags change", apply: replacing("Content/briefs/council.md", "[local, votes]", with: "[Local, elections]")),
        Edit(name: "a brief's wording changes", apply: replacing("Content/briefs/budget.md", "A second key point.", with: "Another key point, reworded.")),
        Edit(name: "a quoted brief moves before another quoting the same person", apply: replacing("Content/briefs/council.md", "2025-03-01", with: "2025-03-08")),
        Edit(name: "a quote's speaker changes", apply: replacing("Content/briefs/council.md", "> [!analyst] John Roe", with: "> [!analyst] Paul Green")),
        Edit(name: "an article is added", apply: { site in try site.write(article, to: "Content/articles/bridge.txt") }),
        Edit(name: "an article changes", apply: replacing("Content/articles/bridge.txt", "two years", with: "three years")),
        Edit(name: "a brief is removed", apply: { site in try FileManager.default.removeItem(at: site.url.appendingPathComponent("Content/briefs/ferry.md")) }),
        Edit(name: "a page's text changes", apply: { site in
            let url = site.url.appendingPathComponent("Content/pages/about.md")
            try site.write(try String(contentsOf: url, encoding: .utf8) + "\nMore about us.\n", to: "Content/pages/about.md")
        }),
        Edit(name: "the stylesheet changes", apply: { site in
            let url = site.url.appendingPathComponent("Templates/assets/style.css")
            try site.write(try String(contentsOf: url, encoding: .utf8) + "\nbody { letter-spacing: 0.01em; }\n", to: "Templates/assets/style.css")
        }, changes: .templates),
        Edit(name: "the site's settings change", apply: replacing("Content/site.yml", "page_size: 2", with: "page_size: 3")),
        Edit(name: "a person leaves every brief", apply: replacing("Content/briefs/school.md", ", {name: Green, mentions: 1}", with: "")),
    ]

    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        for (slug, text) in Self.briefs { try folder.write(text, to: "Content/briefs/\(slug).md") }
        return folder
    }

    func builder(_ site: TemporaryFolder, output: String) -> SiteBuilder {
        SiteBuilder(options: BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/" + output, jobs: 2))
    }

    /// Edits of the articles only, each saying which article files changed, as `briefing serve` does.
    static let articleEdits: [Edit] = [
        Edit(name: "an article is added", apply: { site in try site.write(article, to: "Content/articles/bridge.txt") }, articles: ["bridge.txt"]),
        Edit(name: "an article's wording changes", apply: replacing("Content/articles/bridge.txt", "two years", with: "three years"), articles: ["bridge.txt"]),
        Edit(name: "an article's date moves its brief", apply: replacing("Content/articles/bridge.txt", "2025-03-04", with: "2025-02-01"), articles: ["bridge.txt"]),
        Edit(name: "an article names someone new", apply: replacing("Content/articles/bridge.txt", "Mark Lee said.", with: "said Paul Green, an economist at Example University."), articles: ["bridge.txt"]),
        Edit(name: "an article's title changes its slug", apply: replacing("Content/articles/bridge.txt", "Bridge closes", with: "Old bridge shuts"), articles: ["bridge.txt"]),
        Edit(name: "a second article is added", apply: { site in
            try site.write(article.replacingOccurrences(of: "Bridge closes for repairs", with: "Tunnel opens after repairs"), to: "Content/articles/tunnel.txt")
        }, articles: ["tunnel.txt"]),
        Edit(name: "a file that is no article appears", apply: { site in try site.write("notes", to: "Content/articles/notes.rtf") }, articles: ["notes.rtf"]),
        Edit(name: "an article is removed", apply: { site in
            try FileManager.default.removeItem(at: site.url.appendingPathComponent("Content/articles/bridge.txt"))
        }, articles: ["bridge.txt"]),
    ]

    @Test func `after each edit a rebuild leaves the output a full build writes`() async throws {
        try await expectRebuildsEqualFullBuilds(after: Self.edits)
    }

    @Test func `after each article edit a rebuild told which articles changed leaves the output a full build writes`() async throws {
        try await expectRebuildsEqualFullBuilds(after: Self.articleEdits)
    }

    func expectRebuildsEqualFullBuilds(after edits: [Edit]) async throws {
        let site = try site()
        var cache = BuildCache()
        let first = try await builder(site, output: "Output").build(reusing: &cache, changes: .everything)
        for edit in edits {
            try edit.apply(site)
            let rebuild = try await builder(site, output: "Output").build(reusing: &cache, changes: edit.changes, changedArticles: edit.articles)
            _ = try await builder(site, output: "Fresh").build()
            let rebuilt = try FolderContents.files(in: site.url.appendingPathComponent("Output"))
            let fresh = try FolderContents.files(in: site.url.appendingPathComponent("Fresh"))
            let differing = Set(rebuilt.keys).union(fresh.keys).filter { rebuilt[$0] != fresh[$0] }.sorted()
            #expect(differing == [], "after \(edit.name): these files differ from a full build's")
            // Settings and the stylesheet (inline in the 404 page) are on every page: those make the whole site.
            if !["the site's settings change", "the stylesheet changes"].contains(edit.name) {
                #expect(rebuild.renderedPages < first.renderedPages, "after \(edit.name): only some pages are made again")
            }
            try FileManager.default.removeItem(at: site.url.appendingPathComponent("Fresh"))
        }
    }
}
