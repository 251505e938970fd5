import ArgumentParser
import BriefingCore
import Foundation
import SiteBuilding

/// `briefing convert`: loading, analysis and brief writing, into Content/briefs.
struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the Markdown brief of each article into the content folder's briefs/.",
        discussion: "A brief in briefs/ wins over its article in every build, so that an editor can correct it. An existing brief is never replaced without --force."
    )

    @OptionGroup var folders: SiteFolderOptions

    @Argument(help: "The articles to convert: .txt, .md or .html files.")
    var articles: [String]

    @Flag(help: "Replace briefs that already exist.")
    var force = false

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("Name at least one article to convert, such as Content/articles/summit.txt.") }
    }

    func run() async throws {
        let options = ConvertOptions(contentFolder: folders.content, articles: articles, force: force)
        let report: ConversionReport
        do {
            report = try BriefConverter(options: options).convert()
        } catch let error as BriefingError {
            printToStandardError(error.description)
            throw ExitCode(1)
        }
        for written in report.written { print(written.line) }
        for problem in report.warnings + report.errors { printToStandardError(problem.description) }
        guard report.errors.isEmpty else {
            printToStandardError(report.summary)
            throw ExitCode(1)
        }
        print(report.summary)
    }

    func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
