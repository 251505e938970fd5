import Analysis
import ArgumentParser
import BriefingCore
import ContentLoading
import Foundation

/// `briefing analyze`: loading plus analysis of one article.
struct Analyze: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the entities, roles and quotes of an article.",
        discussion: "With --json, prints the object described in ANALYSIS-SCHEMA.md: title, byline, source, entities (name, type, aliases, role) and quotes (text, speaker, analyst)."
    )

    @Argument(help: "The article: a .txt, .md or .html file.")
    var article: String

    @Flag(help: "Print JSON in the shape of ANALYSIS-SCHEMA.md.")
    var json = false

    func run() async throws {
        do {
            let (article, warnings) = try ArticleReader().article(at: article)
            for warning in warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
            let analysis = ArticleAnalyzer().analysis(of: article)
            print(json ? AnalysisReport.json(analysis) : AnalysisReport.summary(analysis), terminator: "")
        } catch let error as BriefingError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
