import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// The same output must work opened from disk, under a sub-path of a host and at a domain root: every internal
/// address is relative and resolves to a file of the site wherever the site is mounted.
struct SubPathHostingTests {
    /// Every `href`, `src` and form `action` of an HTML page.
    func addresses(in html: String) -> [String] {
        var found: [String] = []
        for attribute in [" href=\"", " src=\"", " action=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return found
    }

    @Test(arguments: ["https://example.org/", "https://example.org/team/briefing/", "file:///home/editor/Site%20Copy/Output/"])
    func `every internal address resolves inside the site wherever it is mounted`(mount: String) async throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        let options = BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/Output", jobs: 2)
        _ = try await SiteBuilder(options: options).build()
        let output = site.url.appendingPathComponent("Output")
        let base = try #require(URL(string: mount))
        var problems: [String] = []
        var checked = 0

        for page in try LinkAudit.htmlPages(in: output) where page != "404.html" {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            for address in addresses(in: html) {
                if address.hasPrefix("/") { problems.append("\(page): \(address) is root-absolute"); continue }
                if address.hasPrefix("https://example.org/fixture/") || address.hasPrefix("https://example.org/news/") { continue }
                guard let url = URL(string: address, relativeTo: base.appendingPathComponent(page)) else {
                    problems.append("\(page): \(address) is not a URL"); continue
                }
                let path = url.absoluteURL.path
                guard url.absoluteURL.scheme == base.scheme, url.absoluteURL.host == base.host, path.hasPrefix(base.path) else {
                    problems.append("\(page): \(address) leaves the site mounted at \(mount)"); continue
                }
                let file = String(path.dropFirst(base.path.count))
                if !FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path) {
                    problems.append("\(page): \(address) → \(file) does not exist")
                }
                checked += 1
            }
        }
        #expect(problems == [])
        #expect(checked > 200)

        // The search script puts the page's root before the index's URLs.
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("search-index.json"))) as? [String: Any]
        let urls = ((index?["briefs"] as? [[String: Any]]) ?? []).compactMap { $0["url"] as? String }
            + ((index?["people"] as? [[String: Any]]) ?? []).compactMap { $0["url"] as? String }
        #expect(!urls.isEmpty)
        let search = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(search.contains(#"data-root="../""#))
        for url in urls {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("search/../" + url).standardizedFileURL.path), "\(url)")
        }
    }

    @Test func `the search page works from disk: its index is a script, and no page fetches anything`() async throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        let options = BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/Output", jobs: 2)
        _ = try await SiteBuilder(options: options).build()
        let output = site.url.appendingPathComponent("Output")
        let search = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(search.contains(#"<script src="../search-index.js"></script>"#))
        #expect(search.contains(#"<script src="../assets/search.js"></script>"#))
        let script = try String(contentsOf: output.appendingPathComponent("assets/search.js"), encoding: .utf8)
        for forbidden in ["fetch(", "XMLHttpRequest", "import(", "http://", "https://"] {
            #expect(!script.contains(forbidden), "search.js uses \(forbidden)")
        }
    }
}
