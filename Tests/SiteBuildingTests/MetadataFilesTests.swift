import BriefingCore
import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// The feed, sitemap, robots.txt and search index of the fixture site.
struct MetadataFilesTests {
    func builtFixture(baseURL: Bool = true) async throws -> (site: TemporaryFolder, summary: BuildSummary) {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        if !baseURL {
            let config = try String(contentsOf: site.url.appendingPathComponent("Content/site.yml"), encoding: .utf8)
            try site.write(config.replacingOccurrences(of: "base_url: https://example.org/fixture/\n", with: ""), to: "Content/site.yml")
        }
        let options = BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/Output", jobs: 2)
        return (site, try await SiteBuilder(options: options).build())
    }

    func text(_ site: TemporaryFolder, _ path: String) throws -> String {
        try String(contentsOf: site.url.appendingPathComponent("Output/" + path), encoding: .utf8)
    }

    @Test func `the feed is Atom with absolute links, the newest briefs and their key points`() async throws {
        let (site, summary) = try await builtFixture()
        #expect(summary.warnings.isEmpty)
        let feedText = try text(site, "feed.xml")
        expectSnapshot(feedText, as: "xml")
        let feed = try XMLOutline(parsing: Data(feedText.utf8))
        #expect(feed.namespaces == ["http://www.w3.org/2005/Atom"])
        #expect(feed.texts(at: "feed/title") == ["Fixture Briefing"])
        #expect(feed.texts(at: "feed/id") == ["https://example.org/fixture/"])
        #expect(feed.texts(at: "feed/updated") == ["2024-05-02T00:00:00Z"])
        #expect(feed.elements(at: "feed/link").map { $0.attributes["href"] } == ["https://example.org/fixture/feed.xml", "https://example.org/fixture/"])
        #expect(feed.texts(at: "feed/author/name") == ["Test Desk"])
        #expect(feed.texts(at: "feed/entry/title") == ["Newer brief & a <tricky> title", "Older brief: a council votes"], "page_size entries, newest first")
        #expect(feed.texts(at: "feed/entry/id") == ["https://example.org/fixture/briefs/newer-brief/", "https://example.org/fixture/briefs/older-brief/"])
        #expect(feed.elements(at: "feed/entry/link").filter { $0.attributes["rel"] == "alternate" }.map { $0.attributes["href"] } == feed.texts(at: "feed/entry/id"))
        #expect(feed.texts(at: "feed/entry/updated") == ["2024-05-02T00:00:00Z", "2024-03-01T00:00:00Z"])
        #expect(feed.texts(at: "feed/entry/summary")[1] == #"<ul><li>The council voted 7–2 for the plan.</li><li>The leader said the vote was &quot;a fresh start&quot;.</li></ul>"#)
        #expect(feed.elements(at: "feed/entry/category").map { $0.attributes["term"] ?? "" } == ["votes", "local", "local", "votes"])
    }

    @Test func `the sitemap lists every page by its absolute address`() async throws {
        let (site, _) = try await builtFixture()
        let sitemap = try XMLOutline(parsing: Data(try text(site, "sitemap.xml").utf8))
        #expect(sitemap.namespaces == ["http://www.sitemaps.org/schemas/sitemap/0.9"])
        let locations = sitemap.texts(at: "urlset/url/loc")
        #expect(locations.allSatisfy { $0.hasPrefix("https://example.org/fixture/") })
        #expect(Set(locations).isSuperset(of: [
            "https://example.org/fixture/", "https://example.org/fixture/page/2/", "https://example.org/fixture/about/",
            "https://example.org/fixture/briefs/older-brief/", "https://example.org/fixture/entities/jane-doe/",
            "https://example.org/fixture/tags/votes/page/2/",
        ]))
        #expect(!locations.contains("https://example.org/fixture/404.html"))
        #expect(locations.count == 16)
        #expect(sitemap.texts(at: "urlset/url/lastmod").sorted() == ["2024-03-01", "2024-05-02"])
        #expect(try text(site, "robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/fixture/sitemap.xml\n")
    }

    @Test func `without a base URL the feed has tag ids and relative links, and the sitemap is skipped with a warning`() async throws {
        let (site, summary) = try await builtFixture(baseURL: false)
        #expect(summary.warnings.map(\.description) == [
            "\(site.path)/Content/site.yml: warning: 'base_url' is not set, so sitemap.xml is not written and feed.xml has tag: ids and links relative to itself. Set base_url to the address the site is published at, such as https://example.org/briefing/.",
        ])
        let feed = try XMLOutline(parsing: Data(try text(site, "feed.xml").utf8))
        #expect(feed.texts(at: "feed/id") == ["tag:fixture-briefing,2000:feed"])
        #expect(feed.texts(at: "feed/entry/id") == ["tag:fixture-briefing,2024-05-02:briefs/newer-brief", "tag:fixture-briefing,2024-03-01:briefs/older-brief"])
        #expect(feed.elements(at: "feed/entry/link").map { $0.attributes["href"] } == ["briefs/newer-brief/index.html", "briefs/older-brief/index.html", "https://example.org/news/council"])
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Output/sitemap.xml"))
        #expect(try text(site, "robots.txt") == "User-agent: *\nDisallow:\n")
        let brief = try text(site, "briefs/older-brief/index.html")
        #expect(!brief.contains("rel=\"canonical\"") && !brief.contains("og:url"))
    }

    @Test func `the search index lists every brief with its entities, tags and a URL from the site root`() async throws {
        let (site, _) = try await builtFixture()
        let json = try text(site, "search-index.json")
        let index = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let briefs = try #require(index["briefs"] as? [[String: Any]])
        #expect(briefs.map { $0["url"] as? String } == ["briefs/newer-brief/index.html", "briefs/older-brief/index.html", "briefs/undated/index.html"])
        #expect(briefs.map { $0["title"] as? String } == ["Newer brief & a <tricky> title", "Older brief: a council votes", "An undated note"])
        #expect(briefs[1]["keyPoints"] as? [String] == ["The council voted 7–2 for the plan.", "The leader said the vote was \"a fresh start\"."])
        #expect(briefs[1]["tags"] as? [String] == ["Local", "votes"])
        #expect(briefs[0]["people"] as? [String] == ["ann-smith", "jane-doe"])
        let people = try #require(index["people"] as? [[String: Any]])
        #expect(people.map { $0["id"] as? String } == ["ann-smith", "jane-doe", "john-roe"])
        #expect(people.map { $0["url"] as? String } == ["entities/ann-smith/index.html", "entities/jane-doe/index.html", "entities/john-roe/index.html"])
        #expect((index["places"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Springfield"])

        let script = try text(site, "search-index.js")
        #expect(script == "window.BRIEFING_SEARCH_INDEX = \(json.dropLast());\n", "the same object, as a script for pages opened from disk")
    }
}
