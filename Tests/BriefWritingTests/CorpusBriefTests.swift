import Analysis
import BriefingCore
import BriefingTestSupport
import BriefWriting
import ContentLoading
import Foundation
import Testing

/// The brief of every development-corpus article, pinned by a golden file: a change to reading, analysis or
/// writing shows up here as a diff to review.
struct CorpusBriefTests {
    static let articles: [String] = {
        let folder = Corpus.folder.appendingPathComponent("dev/articles")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func `the development corpus is there`() {
        #expect(Self.articles.count >= 10, "no articles under \(Corpus.folder.path)/dev/articles")
    }

    @Test(arguments: articles)
    func `each development article's brief matches its golden file`(name: String) throws {
        let path = Corpus.folder.appendingPathComponent("dev/articles/\(name)").path
        let (article, _) = try ArticleReader().article(at: path)
        let brief = BriefWriter().brief(for: article, using: ArticleAnalyzer().analysis(of: article), fullText: false)
        expectSnapshot(brief, as: "md", named: article.slug)
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Corpus.folder.appendingPathComponent("dev/gold/\(article.slug).json"))) as? [String: Any]
        for line in gold?["boilerplate"] as? [String] ?? [] {
            #expect(!brief.contains(line), "boilerplate reached the brief: \(line)")
        }
    }
}

/// The `Brief` the writer returns beside its Markdown is the one `BriefReader` reads from that Markdown, for every
/// corpus article and the sample site's, condensed and in full: a build uses it instead of reading the brief back.
struct WrittenBriefTests {
    static let articles: [String] = {
        var paths: [String] = []
        for folder in [Corpus.folder.appendingPathComponent("dev/articles"), Corpus.folder.appendingPathComponent("extra/articles"), Project.content.appendingPathComponent("articles")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            paths += names.sorted().map { folder.appendingPathComponent($0).path }
        }
        return paths
    }()

    @Test func `the articles are there`() {
        #expect(Self.articles.count >= 200, "the shared corpus is not beside the repository")
    }

    @Test func `every article's written brief is the brief its Markdown reads back as`() throws {
        for path in Self.articles {
            let (article, _) = try ArticleReader().article(at: path)
            let analysis = ArticleAnalyzer().analysis(of: article)
            for fullText in [false, true] {
                let written = BriefWriter().written(for: article, using: analysis, fullText: fullText)
                let read = try BriefReader().brief(from: written.markdown, path: article.path)
                #expect(written.brief == read, "\(path), full text \(fullText)")
            }
        }
    }
}
