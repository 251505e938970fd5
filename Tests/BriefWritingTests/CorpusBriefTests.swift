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
