import Analysis
import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

/// The analysis of the development corpus, scored against its gold annotations by the shared scorer.
struct CorpusScoreTests {
    /// The floors the issue sets for the development corpus.
    static let floors: [(metric: String, minimum: Double)] = [
        ("entities_person_f1", 0.95), ("entities_organization_f1", 0.85), ("entities_place_f1", 0.95),
        ("entities_role_accuracy_person_acc", 0.85), ("quotes_f1", 0.95), ("quotes_speaker_accuracy_acc", 0.95),
        ("quotes_analyst_accuracy_acc", 0.92),
    ]

    @Test func `the development corpus scores above the floors`() throws {
        let gold = Corpus.folder.appendingPathComponent("dev/gold")
        let articles = Corpus.folder.appendingPathComponent("dev/articles")
        let scorer = Corpus.folder.deletingLastPathComponent().appendingPathComponent("tools/score")
        let output = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() {
            let (article, _) = try ArticleReader().article(at: articles.appendingPathComponent(name).path)
            let stem = (name as NSString).deletingPathExtension
            try output.write(AnalysisReport.json(ArticleAnalyzer().analysis(of: article)), to: "\(stem).json")
        }
        let scores = try ScoreRun.run(scorer: scorer, gold: gold, system: output.url)
        for floor in Self.floors {
            let value = try #require(scores[floor.metric], "the scorer reports no \(floor.metric); it reported \(scores.keys.sorted())")
            #expect(value >= floor.minimum, "\(floor.metric) is \(value), below \(floor.minimum)")
        }
    }
}
