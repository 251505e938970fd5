import BriefingCore
import BriefingTestSupport
import Foundation
@testable import SiteBuilding
import Testing

/// The record a build leaves in the output folder lets the next `briefing build` (a new process) skip what did not
/// change, and never serves anything stale: a changed article, template, site.yml, output file or program version
/// always rebuilds what it affects.
struct BuildRecordTests {
    /// The fixture site with two articles.
    func site() throws -> TemporaryFolder {
        try IncrementalBuildTests().site()
    }

    /// A builder as a new `briefing build` process makes one.
    func builder(_ site: TemporaryFolder, output: String = "Output", program: String = "test program 1", usesRecord: Bool = true) -> SiteBuilder {
        var options = BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/" + output, jobs: 2)
        options.program = program
        options.usesRecord = usesRecord
        return SiteBuilder(options: options)
    }

    func output(_ site: TemporaryFolder) throws -> [String: Data] {
        try FolderContents.files(in: site.url.appendingPathComponent("Output"))
    }

    /// What a build that trusts no record writes for the site as it is now.
    func fullBuild(of site: TemporaryFolder) async throws -> [String: Data] {
        _ = try await builder(site, output: "Fresh", usesRecord: false).build()
        defer { try? FileManager.default.removeItem(at: site.url.appendingPathComponent("Fresh")) }
        return try FolderContents.files(in: site.url.appendingPathComponent("Fresh"))
    }

    func modificationTime(_ site: TemporaryFolder, _ path: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: site.path + "/Output/" + path)[.modificationDate] as? Date
    }

    @Test func `a build of unchanged inputs writes nothing and says the output is up to date`() async throws {
        let site = try site()
        let first = try await builder(site).build()
        #expect(!first.upToDate)
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/.briefing-cache"))
        let before = try modificationTime(site, "index.html")

        let again = try await builder(site).build()
        #expect(again.upToDate)
        #expect(again.briefs == first.briefs && again.pages == first.pages && again.files == first.files)
        #expect(again.changedFiles == [])
        #expect(again.line.hasPrefix("\(site.path)/Output is up to date"))
        #expect(try modificationTime(site, "index.html") == before, "nothing was written")
    }

    @Test func `a changed article is analysed again, alone, and its pages show the change`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        try site.write(IncrementalBuildTests.ferryArticle.replacingOccurrences(of: "every hour", with: "every half hour"), to: "Content/articles/ferry.txt")

        let rebuild = try await builder(site).build()
        #expect(!rebuild.upToDate)
        #expect(rebuild.analysedArticles == 1)
        let page = try #require(try output(site)["briefs/ferry/index.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("every half hour"))
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test func `a rebuild of an intact output writes only the files whose bytes changed, in place`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let untouched = try modificationTime(site, "about/index.html")
        try site.write(IncrementalBuildTests.ferryArticle.replacingOccurrences(of: "every hour", with: "every half hour"), to: "Content/articles/ferry.txt")

        let rebuild = try await builder(site).build()
        #expect(rebuild.changedFiles.contains("briefs/ferry/index.html"))
        #expect(!rebuild.changedFiles.contains("about/index.html"))
        #expect(!rebuild.changedFiles.contains("briefs/harbour/brief.md"))
        #expect(try modificationTime(site, "about/index.html") == untouched)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/Output").filter { $0.hasPrefix(".briefing-pending") } == [])
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test func `a failed in-place rebuild leaves the output and its record as they were`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let before = try output(site)
        try site.write(IncrementalBuildTests.ferryArticle.replacingOccurrences(of: "every hour", with: "every half hour"), to: "Content/articles/ferry.txt")
        try site.write("<p>mine</p>", to: "Content/static/index.html")

        await #expect(throws: BuildFailure.self) { try await builder(site).build() }
        #expect(try output(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/Output").filter { $0.hasPrefix(".briefing-pending") } == [])
        try FileManager.default.removeItem(atPath: site.path + "/Content/static/index.html")
        let fixed = try await builder(site).build()
        #expect(fixed.analysedArticles == 1, "only a successful build records the briefs it made")
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test func `an article changed back to bytes only an older record held is analysed again`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        try site.write(IncrementalBuildTests.ferryArticle + "\nA later line.", to: "Content/articles/ferry.txt")
        #expect(try await builder(site).build().analysedArticles == 1)
        try site.write(IncrementalBuildTests.ferryArticle, to: "Content/articles/ferry.txt")

        let back = try await builder(site).build()
        #expect(!back.upToDate, "the output holds the later line")
        #expect(back.analysedArticles == 1, "the last record holds the brief of the later version only")
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test func `a changed template renders every page again without analysing`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let layout = try String(contentsOf: site.url.appendingPathComponent("Templates/layout.mustache"), encoding: .utf8)
        try site.write(layout.replacingOccurrences(of: "</body>", with: "<p>Edited footer</p></body>"), to: "Templates/layout.mustache")

        let rebuild = try await builder(site).build()
        #expect(!rebuild.upToDate)
        #expect(rebuild.analysedArticles == 0)
        #expect(String(decoding: try #require(try output(site)["briefs/harbour/index.html"]), as: UTF8.self).contains("Edited footer"))
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test func `another version of the program trusts no brief the record holds, but updates its output in place`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        try site.write("stray", to: "Output/stray.txt")

        let rebuild = try await builder(site, program: "test program 2").build()
        #expect(!rebuild.upToDate)
        #expect(rebuild.analysedArticles == 2)
        // The same site again: nothing to write; a whole new output would have dropped the stray file.
        #expect(rebuild.changedFiles == [])
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/stray.txt"))
        #expect(try output(site).filter { $0.key != "stray.txt" } == (try await fullBuild(of: site)))
    }

    @Test func `switching full_text in site.yml makes every brief again`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let config = try String(contentsOf: site.url.appendingPathComponent("Content/site.yml"), encoding: .utf8)
        try site.write(config + "\nfull_text: true\n", to: "Content/site.yml")

        let rebuild = try await builder(site).build()
        #expect(rebuild.analysedArticles == 2)
        #expect(try output(site) == (try await fullBuild(of: site)))
    }

    @Test(arguments: ["remove", "edit"])
    func `an output file removed or edited since the build is written again`(change: String) async throws {
        let site = try site()
        _ = try await builder(site).build()
        let expected = try output(site)
        let file = site.url.appendingPathComponent("Output/briefs/harbour/index.html")
        if change == "remove" {
            try FileManager.default.removeItem(at: file)
        } else {
            try Data(repeating: UInt8(ascii: "x"), count: expected["briefs/harbour/index.html"]!.count).write(to: file)
        }

        let rebuild = try await builder(site).build()
        #expect(!rebuild.upToDate)
        #expect(rebuild.analysedArticles == 0)
        #expect(try output(site) == expected)
    }

    @Test func `an output changed since its record (as serve leaves it) is updated in place to what a full build writes`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let folder = site.path + "/Output"
        var before = stat()
        stat(folder, &before)
        // Pages rewritten and made behind the record's back, then the article they came from removed.
        try Data("edited".utf8).write(to: site.url.appendingPathComponent("Output/briefs/harbour/index.html"))
        try site.write("<p>made by an earlier server</p>", to: "Output/briefs/gone/index.html")
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("Content/articles/ferry.txt"))

        let rebuild = try await builder(site).build()
        var after = stat()
        stat(folder, &after)
        #expect(after.st_ino == before.st_ino, "the output folder was updated in place, not replaced")
        #expect(rebuild.analysedArticles == 0)
        #expect(try output(site) == (try await fullBuild(of: site)))
        #expect(!FileManager.default.fileExists(atPath: folder + "/briefs/gone"), "a folder left empty is removed")
    }

    @Test(arguments: ["", "briefing build record 1\n", "not a record at all", String(repeating: "\u{0}", count: 64)])
    func `a damaged record is ignored and the site built in full`(record: String) async throws {
        let site = try site()
        let expected = try await fullBuild(of: site)
        _ = try await builder(site).build()
        try site.write(record, to: "Output/.briefing-cache")

        let rebuild = try await builder(site).build()
        #expect(!rebuild.upToDate)
        #expect(rebuild.analysedArticles == 2)
        #expect(try output(site) == expected)
    }

    @Test func `--force builds everything even when the output is up to date`() async throws {
        let site = try site()
        _ = try await builder(site).build()
        let forced = try await builder(site, usesRecord: false).build()
        #expect(!forced.upToDate)
        #expect(forced.analysedArticles == 2)
    }

    @Test func `the warnings of the recorded build are reported again when nothing changed`() async throws {
        let site = try site()
        try site.write(Data([0x54, 0x68, 0x65, 0x20, 0x93, 0x62, 0x69, 0x67, 0x94, 0x20, 0x6D, 0x65, 0x65, 0x74, 0x69, 0x6E, 0x67, 0x0A, 0x42, 0x79, 0x20, 0x41, 0x6E, 0x6E, 0x20, 0x53, 0x6D, 0x69, 0x74, 0x68, 0x0A, 0x54, 0x68, 0x65, 0x20, 0x6D, 0x65, 0x65, 0x74, 0x69, 0x6E, 0x67, 0x20, 0x77, 0x61, 0x73, 0x20, 0x6C, 0x6F, 0x6E, 0x67, 0x2E, 0x0A]), to: "Content/articles/cp1252.txt")
        let first = try await builder(site).build()
        try #require(!first.warnings.isEmpty, "a Windows-1252 article is read with a warning")

        let again = try await builder(site).build()
        #expect(again.upToDate)
        #expect(again.warnings == first.warnings)
    }

    @Test func `a record reads back as it was written`() throws {
        let record = BuildRecord(
            program: "p", inputs: ContentDigest(high: 1, low: 2), briefCount: 3, pageCount: 4,
            warnings: [BriefingError(.unreadableFile("read as Windows-1252"), at: SourceLocation(path: "a.txt", line: 2), step: "Reading", severity: .warning)],
            outputs: [OutputStamp(path: "index.html", digest: ContentDigest(high: 7, low: 8), size: 10, seconds: 11, nanoseconds: 12)],
            briefs: ["a.txt": RecordedBrief(
                key: ContentDigest(high: 5, low: 6), markdown: "---\ntitle: “A”\n---\n- A point.\n",
                brief: Brief(
                    title: "“A”", slug: "a", date: CalendarDate(iso: "2025-01-02"), byline: "B", source: nil, sourceURL: "https://example.org",
                    tags: ["t", "u"], entities: BriefEntities(people: [BriefEntity(name: "Ann Smith", role: "engineer", aliases: ["Smith"], mentions: 2)], places: [BriefEntity(name: "Springfield")]),
                    body: "- A point.\n", bodyLine: 4, path: "a.txt"
                )
            ), "b.txt": RecordedBrief(
                key: ContentDigest(high: 9, low: 10), markdown: "---\ntitle: B\n---\n",
                brief: Brief(title: "B", slug: "b", body: "a body that is not the end of the Markdown", path: "b.txt")
            )]
        )
        let folder = try TemporaryFolder()
        try Data(record.encoded()).write(to: folder.url.appendingPathComponent(".briefing-cache"))
        #expect(BuildRecord.load(from: folder.path, program: "p") == record)
        #expect(BuildRecord.load(from: folder.path, program: "q") == nil)
        var start = record
        start.briefs = [:]
        #expect(BuildRecord.load(from: folder.path, program: "p", briefs: false) == start, "the start alone, for the up-to-date check")
    }
}
