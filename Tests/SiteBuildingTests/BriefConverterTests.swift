import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import SiteBuilding
import Testing

struct BriefConverterTests {
    /// A content folder with the fixture article in `articles/`.
    func site(siteYML: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(ArticleFixture.text, to: "Content/articles/\(ArticleFixture.slug).txt")
        if let siteYML { try folder.write(siteYML, to: "Content/site.yml") }
        return folder
    }

    func options(_ site: TemporaryFolder, force: Bool = false) -> ConvertOptions {
        ConvertOptions(contentFolder: site.path + "/Content", articles: [site.path + "/Content/articles/\(ArticleFixture.slug).txt"], force: force)
    }

    @Test
    func `an article's brief is written into briefs/ and reads back`() throws {
        let site = try site()
        let report = try BriefConverter(options: options(site)).convert()
        let target = site.path + "/Content/briefs/\(ArticleFixture.slug).md"
        #expect(report.errors == [])
        #expect(report.written == [ConversionReport.Written(article: site.path + "/Content/articles/\(ArticleFixture.slug).txt", brief: target)])
        #expect(report.summary == "Wrote 1 brief into \(site.path)/Content/briefs.")
        let brief = try BriefReader().brief(from: String(contentsOfFile: target, encoding: .utf8), path: target)
        #expect(brief.title == ArticleFixture.title)
        #expect(brief.slug == ArticleFixture.slug)
    }

    @Test
    func `an existing brief is not replaced without force, and is with it`() throws {
        let site = try site()
        let target = site.path + "/Content/briefs/\(ArticleFixture.slug).md"
        try site.write("---\ntitle: Edited by hand\n---\n", to: "Content/briefs/\(ArticleFixture.slug).md")

        let refused = try BriefConverter(options: options(site)).convert()
        #expect(refused.written == [])
        #expect(refused.errors == [BriefingError(
            .invalidContent("this brief already exists, so the brief of '\(site.path)/Content/articles/\(ArticleFixture.slug).txt' was not written over it. Pass --force to replace it, or move it away first."),
            at: SourceLocation(path: target)
        )])
        #expect(refused.summary == "Wrote 0 of 1 brief into \(site.path)/Content/briefs; 1 error.")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "---\ntitle: Edited by hand\n---\n")

        let forced = try BriefConverter(options: options(site, force: true)).convert()
        #expect(forced.errors == [])
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("---\ntitle: \"\(ArticleFixture.title)\"\n"))
    }

    @Test
    func `full_text in site.yml puts the whole story in the brief`() throws {
        let condensed = try site()
        _ = try BriefConverter(options: options(condensed)).convert()
        let whole = try site(siteYML: "full_text: true\n")
        _ = try BriefConverter(options: options(whole)).convert()
        func brief(_ site: TemporaryFolder) throws -> String {
            try String(contentsOfFile: site.path + "/Content/briefs/\(ArticleFixture.slug).md", encoding: .utf8)
        }
        #expect(try brief(whole).contains("start in the autumn"))
        #expect(try brief(whole).contains("half of it paid by the region"))
        #expect(try brief(whole).count > brief(condensed).count, "a condensed brief keeps two paragraphs a section")
    }

    @Test func `every article that cannot be read is reported and the others are still tried`() throws {
        let site = try site()
        var options = options(site)
        options.articles = [site.path + "/Content/articles/missing-one.txt", site.path + "/Content/articles/missing-two.txt"]
        let report = try BriefConverter(options: options).convert()
        #expect(report.written == [])
        #expect(report.errors.map(\.location?.path) == options.articles)
        #expect(report.summary == "Wrote 0 of 2 briefs into \(site.path)/Content/briefs; 2 errors.")
    }

    @Test func `a missing content folder stops the conversion at once`() throws {
        let site = try TemporaryFolder()
        #expect(throws: BriefingError(.invalidProject("there is no content folder at '\(site.path)/Nowhere'. Run the command from your site's folder, or pass --content FOLDER."))) {
            try BriefConverter(options: ConvertOptions(contentFolder: site.path + "/Nowhere", articles: ["a.txt"])).convert()
        }
    }

    @Test func `a broken site.yml stops the conversion at once`() throws {
        let site = try site(siteYML: "full_text: maybe\n")
        #expect(throws: BriefingError.self) {
            try BriefConverter(options: options(site)).convert()
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Content/briefs/\(ArticleFixture.slug).md"))
    }
}
