import Analysis
import BriefingCore
import ContentLoading
import Foundation

/// Times the analysis of articles, per 1,000 words, in the build it is compiled with (run it in release:
/// `make bench-analysis`). Usage: AnalysisBenchmark [ARTICLE…] (default: Content/articles/*).
@main
struct AnalysisBenchmark {
    static func main() throws {
        var paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty {
            let folder = "Content/articles"
            paths = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { "\(folder)/\($0)" }
        }
        let articles = try paths.map { try ArticleReader().article(at: $0).article }
        let words = articles.map { $0.paragraphs.joined(separator: " ").split(whereSeparator: \.isWhitespace).count }

        let loadStart = DispatchTime.now().uptimeNanoseconds
        let analyzer = ArticleAnalyzer()
        _ = analyzer.analysis(of: articles[0])
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6

        let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 50
        var perThousandWords: [Double] = []
        for (article, count) in zip(articles, words) {
            var samples: [Double] = []
            for _ in 0..<rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let analysis = analyzer.analysis(of: article)
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                precondition(!analysis.title.isEmpty)
                samples.append(elapsed)
            }
            samples.sort()
            let median = samples[samples.count / 2]
            perThousandWords.append(median / Double(max(count, 1)) * 1000)
            print(String(format: "%-48@ %5d words  median %.3f ms  (%.3f ms per 1,000 words)", (article.path as NSString).lastPathComponent, count, median, median / Double(max(count, 1)) * 1000))
        }
        perThousandWords.sort()
        print(String(format: "lexicon load and first analysis: %.1f ms", loadMilliseconds))
        print(String(format: "median over %d articles: %.3f ms per 1,000 words (worst %.3f)", articles.count, perThousandWords[perThousandWords.count / 2], perThousandWords.last ?? 0))
    }
}
