import BriefingCore
import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

struct SiteBuilderTests {
    /// A copy of the fixture site in a temporary folder, with the default theme.
    func fixtureSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        return folder
    }

    func options(_ site: TemporaryFolder, jobs: Int = 2, output: String = "Output") -> BuildOptions {
        BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/" + output, jobs: jobs)
    }

    func snapshot(of folder: URL) throws -> [String: Data] {
        try FolderContents.files(in: folder)
    }

    @Test func `the summary times every step, by the name progress shows`() async throws {
        let site = try fixtureSite()
        let summary = try await SiteBuilder(options: options(site)).build()
        #expect(summary.steps.map(\.name).first == "Reading \(site.path)/Content")
        #expect(summary.steps.count == 8)
        #expect(summary.steps.allSatisfy { $0.seconds >= 0 })
        #expect(summary.timingLines.count == 8)
        #expect(summary.work.map(\.kind) == WorkKind.allCases)
        #expect(summary.work.allSatisfy { $0.cpuSeconds >= 0 })
        #expect(summary.work.first { $0.kind == .templates }!.cpuSeconds > 0, "pages were rendered")
        #expect(summary.workLine.hasPrefix("CPU time by kind of work: read "))
        #expect(summary.workLine.contains(", templates "))
        #expect(summary.timingLines[2].hasSuffix(" s  Analysing 0 articles"))
    }

    @Test func `the fixture site builds every page with working relative links`() async throws {
        let site = try fixtureSite()
        let summary = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")

        #expect(summary.briefs == 3)
        #expect(summary.pages == 1)
        #expect(try snapshot(of: output).keys.sorted() == [
            ".briefing-output", "404.html", "about/index.html", "assets/search.js", "assets/style.css",
            "briefs/newer-brief/brief.md", "briefs/newer-brief/index.html",
            "briefs/older-brief/brief.md", "briefs/older-brief/index.html",
            "briefs/undated/brief.md", "briefs/undated/index.html",
            "entities/ann-smith/index.html", "entities/city-council/index.html", "entities/index.html",
            "entities/jane-doe/index.html", "entities/john-roe/index.html", "entities/springfield/index.html",
            "feed.xml", "images/logo.txt", "index.html", "page/2/index.html", "robots.txt",
            "search-index.js", "search-index.json", "search/index.html", "sitemap.xml",
            "tags/index.html", "tags/local/index.html", "tags/votes/index.html", "tags/votes/page/2/index.html",
        ])
        #expect(try LinkAudit.problems(inSiteAt: output) == [])

        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let newer = try #require(index.range(of: "briefs/newer-brief/index.html"))
        let older = try #require(index.range(of: "briefs/older-brief/index.html"))
        #expect(newer.lowerBound < older.lowerBound, "newest first")
        #expect(index.contains("Newer brief &amp; a &lt;tricky&gt; title"))
        #expect(index.contains(#"<a class="pagination-next" href="page/2/index.html" rel="next">"#), "page_size 2 leaves one brief for page 2")
        let second = try String(contentsOf: output.appendingPathComponent("page/2/index.html"), encoding: .utf8)
        #expect(second.contains(#"href="../../briefs/undated/index.html""#), "undated last")
        #expect(second.contains(#"<a class="pagination-previous" href="../../index.html" rel="prev">"#))
    }

    @Test func `the brief page shows the sidebar and the analyst quote box`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site)).build()
        let html = try String(contentsOf: site.url.appendingPathComponent("Output/briefs/older-brief/index.html"), encoding: .utf8)
        expectSnapshot(html, as: "html")
        #expect(html.contains("<aside"))
        #expect(html.contains("Jane Doe"))
        #expect(html.contains("council leader"))
        #expect(html.contains("<figure class=\"quote-box analyst\">"))
        #expect(html.contains(#"<cite><a href="../../entities/john-roe/index.html">John Roe</a></cite>, professor of urban policy at Example University"#))
        #expect(html.contains(#"<a class="entity-name" href="../../entities/jane-doe/index.html">Jane Doe</a>"#))
        #expect(html.contains(#"<li><a href="../../tags/local/index.html">Local</a></li>"#))
    }

    @Test func `an entity page merges the person across briefs with roles, briefs and quotes`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site)).build()
        let html = try String(contentsOf: site.url.appendingPathComponent("Output/entities/jane-doe/index.html"), encoding: .utf8)
        expectSnapshot(html, as: "html")
        let newer = try #require(html.range(of: "Briefs that name Jane Doe")?.upperBound)
        let briefs = html[newer...]
        let first = try #require(briefs.range(of: "briefs/newer-brief/index.html"))
        let second = try #require(briefs.range(of: "briefs/older-brief/index.html"))
        #expect(first.lowerBound < second.lowerBound, "newest first")
        #expect(html.contains(#"<span class="other-name">Doe</span>"#), "'Doe' in the newer brief is Jane Doe")
        #expect(html.contains("<p>We will keep going.</p>"), "her quote from the newer brief")
        #expect(html.contains(#"<a class="entity-name" href="../../entities/springfield/index.html">Springfield</a>"#))

        let index = try String(contentsOf: site.url.appendingPathComponent("Output/entities/index.html"), encoding: .utf8)
        #expect(index.contains(#"<li><a href="../entities/jane-doe/index.html">Jane Doe</a> <span class="count">2 briefs</span></li>"#))
        #expect(index.contains(#"<section class="entity-index-group" id="places""#))
    }

    @Test func `tag pages list their briefs a page at a time`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")
        let first = try String(contentsOf: output.appendingPathComponent("tags/votes/index.html"), encoding: .utf8)
        let second = try String(contentsOf: output.appendingPathComponent("tags/votes/page/2/index.html"), encoding: .utf8)
        #expect(first.contains("../../briefs/newer-brief/index.html") && first.contains("../../briefs/older-brief/index.html"))
        #expect(first.contains(#"<a class="pagination-next" href="../../tags/votes/page/2/index.html" rel="next">"#))
        #expect(second.contains("../../../../briefs/undated/index.html"))
        #expect(second.contains(#"<a class="pagination-previous" href="../../../../tags/votes/index.html" rel="prev">"#))
        #expect(!second.contains("pagination-next"))
        let tags = try String(contentsOf: output.appendingPathComponent("tags/index.html"), encoding: .utf8)
        #expect(tags.contains(#"<li><a href="../tags/local/index.html">Local</a> <span class="count">2 briefs</span></li>"#), "'local' and 'Local' are one tag")
        #expect(tags.contains(#"<li><a href="../tags/votes/index.html">votes</a> <span class="count">3 briefs</span></li>"#))
    }

    @Test func `the output is byte-identical whatever the number of jobs`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site, jobs: 1, output: "One")).build()
        _ = try await SiteBuilder(options: options(site, jobs: 8, output: "Eight")).build()
        let one = try snapshot(of: site.url.appendingPathComponent("One"))
        #expect(!one.isEmpty)
        #expect(one == (try snapshot(of: site.url.appendingPathComponent("Eight"))))
    }

    @Test func `a failed build lists every error and leaves the previous output byte for byte`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")
        let before = try snapshot(of: output)

        try site.write("---\ntitle: [broken\n---\n", to: "Content/briefs/broken.md")
        try site.write("---\ntitle: Fine\ndate: someday\n---\n", to: "Content/briefs/bad-date.md")
        await #expect {
            try await SiteBuilder(options: options(site)).build()
        } throws: { error in
            let failure = try #require(error as? BuildFailure)
            return failure.errors.map(\.description) == [
                "\(site.path)/Content/briefs/bad-date.md:3:7: error: 'date' is 'someday', which is not a date. Write it as YYYY-MM-DD, such as 2025-08-18.",
                "\(site.path)/Content/briefs/broken.md:3:1: error: this is not valid YAML: did not find expected ',' or ']'. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.",
            ] && failure.errors.allSatisfy { $0.step == "Reading content" }
        }
        #expect(try snapshot(of: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    @Test func `a broken template stops the build and names the template line`() async throws {
        let site = try fixtureSite()
        try site.write("<p>{{#brief}}\n", to: "Templates/page.mustache")
        await #expect(throws: BuildFailure(errors: [
            BriefingError(.invalidTemplate("the section 'brief' opened here is never closed. Add {{/brief}} where the section should end."), at: SourceLocation(path: site.path + "/Templates/page.mustache", line: 1, column: 4), step: "Loading templates"),
        ])) {
            try await SiteBuilder(options: options(site)).build()
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Output"))
    }

    @Test func `a folder briefing did not write is never replaced`() async throws {
        let site = try fixtureSite()
        try site.write("precious", to: "Documents/thesis.txt")
        await #expect(throws: BuildFailure.self) {
            try await SiteBuilder(options: options(site, output: "Documents")).build()
        }
        #expect(try String(contentsOfFile: site.path + "/Documents/thesis.txt", encoding: .utf8) == "precious")
    }

    @Test func `the output folder may not hold the content folder`() async throws {
        let site = try fixtureSite()
        await #expect(throws: BuildFailure.self) {
            try await SiteBuilder(options: BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path)).build()
        }
        #expect(FileManager.default.fileExists(atPath: site.path + "/Content/site.yml"))
    }

    @Test func `the repository keep file survives a build`() async throws {
        let site = try fixtureSite()
        try site.write("", to: "Output/.gitkeep")
        _ = try await SiteBuilder(options: options(site)).build()
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/.gitkeep"))
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/index.html"))
    }

    @Test
    func `an article in the content folder builds into a brief page with its generated Markdown`() async throws {
        let site = try fixtureSite()
        try site.write(ArticleFixture.text, to: "Content/articles/\(ArticleFixture.slug).txt")
        let summary = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")

        #expect(summary.briefs == 4)
        let markdown = try String(contentsOf: output.appendingPathComponent("briefs/\(ArticleFixture.slug)/brief.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("---\ntitle: \"\(ArticleFixture.title)\"\nslug: \(ArticleFixture.slug)\n"))
        let page = try String(contentsOf: output.appendingPathComponent("briefs/\(ArticleFixture.slug)/index.html"), encoding: .utf8)
        #expect(page.contains(ArticleFixture.title))
        #expect(page.contains("12 million euros"))
        let listings = try ["index.html", "page/2/index.html"].map { try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8) }
        #expect(listings.contains { $0.contains("briefs/\(ArticleFixture.slug)/index.html") })
        #expect(try LinkAudit.problems(inSiteAt: output) == [])
    }

    @Test
    func `a hand-kept brief wins over the article of its slug`() async throws {
        let site = try fixtureSite()
        try site.write(ArticleFixture.text, to: "Content/articles/\(ArticleFixture.slug).txt")
        let handKept = "---\ntitle: Kept by hand\n---\n\n- An editor's key point.\n"
        try site.write(handKept, to: "Content/briefs/\(ArticleFixture.slug).md")
        let summary = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")

        #expect(summary.briefs == 4)
        #expect(try String(contentsOf: output.appendingPathComponent("briefs/\(ArticleFixture.slug)/brief.md"), encoding: .utf8) == handKept)
        let page = try String(contentsOf: output.appendingPathComponent("briefs/\(ArticleFixture.slug)/index.html"), encoding: .utf8)
        #expect(page.contains("Kept by hand") && !page.contains(ArticleFixture.title))
    }

    @Test
    func `articles give the same output whatever the number of jobs`() async throws {
        let site = try fixtureSite()
        for name in ["a", "b", "c", "d", "e"] {
            try site.write(ArticleFixture.text.replacingOccurrences(of: "Harbour bridge", with: "Bridge \(name)"), to: "Content/articles/\(name).txt")
        }
        _ = try await SiteBuilder(options: options(site, jobs: 1, output: "One")).build()
        _ = try await SiteBuilder(options: options(site, jobs: 8, output: "Eight")).build()
        let one = try snapshot(of: site.url.appendingPathComponent("One"))
        #expect(one.keys.contains("briefs/e/brief.md"))
        #expect(one == (try snapshot(of: site.url.appendingPathComponent("Eight"))))
    }

    @Test func `an article that cannot be read fails the build and is named`() async throws {
        let site = try fixtureSite()
        try site.write(Data([0x41, 0x00, 0x42]), to: "Content/articles/binary.txt")
        await #expect {
            try await SiteBuilder(options: options(site)).build()
        } throws: { error in
            let failure = try #require(error as? BuildFailure)
            return failure.errors.map(\.location?.path) == ["\(site.path)/Content/articles/binary.txt"]
                && failure.errors.allSatisfy { $0.step == "Reading content" }
        }
    }

    @Test func `keeping going builds everything else, reports what was left out, and reports it again while up to date`() async throws {
        let site = try fixtureSite()
        try site.write(ArticleFixture.text, to: "Content/articles/\(ArticleFixture.slug).txt")
        try site.write(Data([0x41, 0x00, 0x42]), to: "Content/articles/binary.txt")
        try site.write("---\ntitle: [broken\n---\n", to: "Content/briefs/broken.md")
        var keepingGoing = options(site)
        keepingGoing.keepsGoing = true

        let summary = try await SiteBuilder(options: keepingGoing).build()

        #expect(summary.leftOut.map(\.location?.path) == ["\(site.path)/Content/briefs/broken.md", "\(site.path)/Content/articles/binary.txt"])
        #expect(summary.briefs == 4)
        #expect(summary.line.hasSuffix(", leaving out what the 2 errors above name. Fix them and build again."))
        let output = site.url.appendingPathComponent("Output")
        let built = try snapshot(of: output)
        #expect(built.keys.contains("briefs/\(ArticleFixture.slug)/index.html"))
        #expect(!built.keys.contains { $0.hasPrefix("briefs/binary") || $0.hasPrefix("briefs/broken") })

        let again = try await SiteBuilder(options: keepingGoing).build()
        #expect(again.upToDate && again.leftOut == summary.leftOut)
        await #expect(throws: BuildFailure.self, "without --keep-going the same content fails") {
            try await SiteBuilder(options: options(site, output: "Strict")).build()
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Strict"))
        #expect(try snapshot(of: output) == built)
    }

    @Test func `what a killed build left beside and in the output is cleared, and an output it had moved aside is put back`() async throws {
        let site = try fixtureSite()
        _ = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")
        let built = try snapshot(of: output)
        // No process has this number: Linux's highest is below 2^22.
        let dead = "4194999"
        try FileManager.default.moveItem(at: output, to: site.url.appendingPathComponent(".Output.previous-\(dead)"))
        try site.write("half", to: ".Output.building-\(dead)/index.html")

        _ = try await SiteBuilder(options: options(site)).build()
        #expect(try snapshot(of: output) == built)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Output") }.isEmpty)

        try site.write("half", to: "Output/.briefing-pending-\(dead)/0")
        try site.write("- Changed.\n", to: "Content/pages/about.md")
        _ = try await SiteBuilder(options: options(site)).build()
        #expect(!FileManager.default.fileExists(atPath: output.path + "/.briefing-pending-\(dead)"))
    }

    @Test func `the build reports its steps, analysis among them`() async throws {
        final class Steps: BuildProgress, @unchecked Sendable {
            let lock = NSLock()
            var names: [String] = []
            func step(_ number: Int, of total: Int, _ name: String) {
                lock.withLock { names.append("[\(number)/\(total)] \(name)") }
            }
        }
        let site = try fixtureSite()
        let steps = Steps()
        _ = try await SiteBuilder(options: options(site), progress: steps).build()
        #expect(steps.names == [
            "[1/8] Reading \(site.path)/Content",
            "[2/8] Loading templates from \(site.path)/Templates",
            "[3/8] Analysing 0 articles",
            "[4/8] Indexing the entities and tags of 3 briefs",
            "[5/8] Rendering 3 briefs",
            "[6/8] Rendering 5 entity pages, 2 tag pages, the index and 1 page",
            "[7/8] Writing the feed, sitemap and search index",
            "[8/8] Putting 29 files in place in \(site.path)/Output",
        ])
    }
}
