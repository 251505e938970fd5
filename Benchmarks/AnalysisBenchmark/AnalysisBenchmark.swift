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
        var wallPerThousand: [Double] = []
        var cpuPerThousand: [Double] = []
        for (article, count) in zip(articles, words) {
            var wall: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<rounds {
                let start = DispatchTime.now().uptimeNanoseconds
                let cpuStart = threadCPUMilliseconds()
                let analysis = analyzer.analysis(of: article)
                cpu.append(threadCPUMilliseconds() - cpuStart)
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                precondition(!analysis.title.isEmpty)
            }
            let scale = 1000 / Double(max(count, 1))
            let wallMedian = wall.sorted()[wall.count / 2]
            let cpuMedian = cpu.sorted()[cpu.count / 2]
            wallPerThousand.append(wallMedian * scale)
            cpuPerThousand.append(cpuMedian * scale)
            print(String(format: "%-42@ %5d words  wall %.3f ms  cpu %.3f ms  (cpu %.3f ms per 1,000 words)", (article.path as NSString).lastPathComponent, count, wallMedian, cpuMedian, cpuMedian * scale))
        }
        print(String(format: "lexicon load and first analysis: %.1f ms", loadMilliseconds))
        print(String(format: "median over %d articles, per 1,000 words: cpu %.3f ms (worst %.3f), wall %.3f ms", articles.count, median(cpuPerThousand), cpuPerThousand.max() ?? 0, median(wallPerThousand)))
    }

    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// CPU time of this thread: unlike wall time, not inflated when other work shares the machine's cores.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}
