import ArgumentParser
import BriefingCore
import Foundation
import SiteChecking

/// `briefing check`: the built site's links, anchors, assets and titles.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a built site's links, anchors, assets and page titles.",
        discussion: "Every address inside the site must name an existing file (and element, for a #fragment), must not start with '/' (which breaks hosting under a sub-path) and must not lead out of the folder. Prints one line per problem and exits 1 when there are any."
    )

    @Argument(help: "The built site's folder.")
    var folder = "Output"

    func run() async throws {
        let report: SiteCheckReport
        do {
            report = try SiteChecker().check(siteAt: folder)
        } catch let error as BriefingError {
            printToStandardError(error.description)
            throw ExitCode(1)
        }
        guard report.passed else {
            for line in report.lines + [report.summary] { printToStandardError(line) }
            throw ExitCode(1)
        }
        print(report.summary)
    }

    func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
