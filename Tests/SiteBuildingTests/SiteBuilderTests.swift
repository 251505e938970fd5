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

    /// Every file under `folder`, relative path → bytes.
    func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func `the fixture site builds every page with working relative links`() async throws {
        let site = try fixtureSite()
        let summary = try await SiteBuilder(options: options(site)).build()
        let output = site.url.appendingPathComponent("Output")

        #expect(summary.briefs == 3)
        #expect(summary.pages == 1)
        #expect(try snapshot(of: output).keys.sorted() == [
            ".briefing-output", "404.html", "about/index.html", "assets/style.css",
            "briefs/newer-brief/brief.md", "briefs/newer-brief/index.html",
            "briefs/older-brief/brief.md", "briefs/older-brief/index.html",
            "briefs/undated/brief.md", "briefs/undated/index.html",
            "images/logo.txt", "index.html",
        ])
        #expect(try LinkAudit.problems(inSiteAt: output) == [])

        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let newer = try #require(index.range(of: "briefs/newer-brief/index.html"))
        let older = try #require(index.range(of: "briefs/older-brief/index.html"))
        let undated = try #require(index.range(of: "briefs/undated/index.html"))
        #expect(newer.lowerBound < older.lowerBound && older.lowerBound < undated.lowerBound, "newest first, undated last")
        #expect(index.contains("Newer brief &amp; a &lt;tricky&gt; title"))
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
        #expect(html.contains("<cite>John Roe</cite>, professor of urban policy at Example University"))
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
            BriefingError(.invalidTemplate("a section is never closed before the end of the template. Add {{/name}} where the section should end."), at: SourceLocation(path: site.path + "/Templates/page.mustache", line: 2, column: 1), step: "Loading templates"),
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
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("briefs/\(ArticleFixture.slug)/index.html"))
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
            "[1/6] Reading \(site.path)/Content",
            "[2/6] Loading templates from \(site.path)/Templates",
            "[3/6] Analysing 0 articles",
            "[4/6] Rendering 3 briefs",
            "[5/6] Rendering the index and 1 page",
            "[6/6] Writing 11 files to \(site.path)/Output",
        ])
    }
}
