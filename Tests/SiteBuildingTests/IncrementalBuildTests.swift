import BriefingCore
import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// Rebuilds with a `BuildCache` (what `briefing serve` does on every change) redo only what a change touches, and
/// always leave the output a full build would write.
struct IncrementalBuildTests {
    static let harbourArticle = """
        Harbour repairs begin in Springfield
        By Ann Smith
        Published: 2025-03-02
        Work to repair the old harbour wall in Springfield began on Monday, the City Council said.
        "The wall has protected the town for a century and it will again," said Jane Doe, the council's engineer.
        The repairs are expected to take two years.
        """

    static let ferryArticle = """
        Ferry timetable changes in Shelbyville
        By John Roe
        Published: 2025-03-05
        The ferry between Shelbyville and Springfield will run every hour from April, the Harbour Board said.
        "Passengers asked for it," said Mark Lee, the board's chairman.
        """

    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        try folder.write(Self.harbourArticle, to: "Content/articles/harbour.txt")
        try folder.write(Self.ferryArticle, to: "Content/articles/ferry.txt")
        return folder
    }

    func builder(_ site: TemporaryFolder, output: String = "Output") -> SiteBuilder {
        SiteBuilder(options: BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/" + output, jobs: 2))
    }

    /// What a full build from scratch writes for the site as it is now.
    func fullBuild(of site: TemporaryFolder) async throws -> [String: Data] {
        _ = try await builder(site, output: "Fresh").build()
        defer { try? FileManager.default.removeItem(at: site.url.appendingPathComponent("Fresh")) }
        return try FolderContents.files(in: site.url.appendingPathComponent("Fresh"))
    }

    @Test func `a rebuild with nothing changed analyses, renders and writes nothing`() async throws {
        let site = try site()
        var cache = BuildCache()
        let first = try await builder(site).build(reusing: &cache, changes: .everything)
        #expect(first.analysedArticles == 2)
        #expect(first.changedFiles.contains("index.html"))

        let again = try await builder(site).build(reusing: &cache, changes: .content)
        #expect(again.analysedArticles == 0)
        #expect(again.renderedPages == 0)
        #expect(again.changedFiles == [])
    }

    @Test func `changing one article re-analyses it alone and rewrites only the pages that show it`() async throws {
        let site = try site()
        var cache = BuildCache()
        let first = try await builder(site).build(reusing: &cache, changes: .everything)
        let edited = Self.ferryArticle.replacingOccurrences(of: "every hour", with: "every half hour")
        try site.write(edited, to: "Content/articles/ferry.txt")

        let rebuild = try await builder(site).build(reusing: &cache, changes: .content)
        #expect(rebuild.analysedArticles == 1)
        #expect(rebuild.changedFiles.contains("briefs/ferry/index.html"))
        #expect(!rebuild.changedFiles.contains("briefs/harbour/index.html"))
        #expect(!rebuild.changedFiles.contains("about/index.html"))
        #expect(rebuild.renderedPages < first.renderedPages / 2)
        #expect(try FolderContents.files(in: site.url.appendingPathComponent("Output")) == (try await fullBuild(of: site)))
    }

    @Test func `a template change re-renders every page without analysing again`() async throws {
        let site = try site()
        var cache = BuildCache()
        let first = try await builder(site).build(reusing: &cache, changes: .everything)
        let layout = site.url.appendingPathComponent("Templates/layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "</body>", with: "<p>Edited footer</p></body>"), to: "Templates/layout.mustache")

        let rebuild = try await builder(site).build(reusing: &cache, changes: .templates)
        #expect(rebuild.analysedArticles == 0)
        #expect(rebuild.renderedPages == first.renderedPages)
        #expect(rebuild.changedFiles.contains("briefs/harbour/index.html"))
        #expect(!rebuild.changedFiles.contains("feed.xml"))
        #expect(try FolderContents.files(in: site.url.appendingPathComponent("Output")) == (try await fullBuild(of: site)))
    }

    @Test func `a static file change copies that file alone`() async throws {
        let site = try site()
        var cache = BuildCache()
        _ = try await builder(site).build(reusing: &cache, changes: .everything)
        try site.write("a new logo", to: "Content/static/images/logo.txt")
        try site.write("a new file", to: "Content/static/images/new.txt")

        let rebuild = try await builder(site).build(reusing: &cache, changes: .staticFiles)
        #expect(rebuild.analysedArticles == 0)
        #expect(rebuild.renderedPages == 0)
        #expect(rebuild.changedFiles == ["images/logo.txt", "images/new.txt"])
        #expect(try String(contentsOf: site.url.appendingPathComponent("Output/images/logo.txt"), encoding: .utf8) == "a new logo")
    }

    @Test func `a removed article takes its pages out of the output`() async throws {
        let site = try site()
        var cache = BuildCache()
        _ = try await builder(site).build(reusing: &cache, changes: .everything)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("Content/articles/ferry.txt"))

        let rebuild = try await builder(site).build(reusing: &cache, changes: .content)
        #expect(rebuild.changedFiles.contains("briefs/ferry/index.html"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Output/briefs/ferry"))
        #expect(try FolderContents.files(in: site.url.appendingPathComponent("Output")) == (try await fullBuild(of: site)))
    }

    @Test func `a failed rebuild leaves the output and the cache as they were`() async throws {
        let site = try site()
        var cache = BuildCache()
        _ = try await builder(site).build(reusing: &cache, changes: .everything)
        let before = try FolderContents.files(in: site.url.appendingPathComponent("Output"))
        try site.write("{{#broken}}", to: "Templates/brief.mustache")

        await #expect(throws: BuildFailure.self) { try await builder(site).build(reusing: &cache, changes: .templates) }
        #expect(try FolderContents.files(in: site.url.appendingPathComponent("Output")) == before)
        let afterFix = try await builder(site).build(reusing: &cache, changes: .content)
        #expect(afterFix.changedFiles == [], "the cache still describes the output")
    }

    @Test func `a build that fails after pages were staged removes the staging folder and keeps the output`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let before = try FolderContents.files(in: site.url.appendingPathComponent("Output"))
        try site.write("<p>mine</p>", to: "Content/static/index.html")

        await #expect(throws: BuildFailure.self) { try await builder(site).build() }
        #expect(try FolderContents.files(in: site.url.appendingPathComponent("Output")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers == [], "no staging folder is left beside the output")
    }
}
