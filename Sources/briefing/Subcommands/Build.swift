import ArgumentParser
import BriefingCore
import Foundation
import SiteBuilding

/// `briefing build`: the whole pipeline, into the output folder.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the content folder into the output folder.",
        discussion: "The new site is written beside the output folder and swapped in only when complete: a failed build leaves the previous output as it was."
    )

    @OptionGroup var folders: SiteFolderOptions

    @OptionGroup var jobs: JobsOption

    @Flag(help: "After building, print how long each step took.")
    var timings = false

    func run() async throws {
        let options = BuildOptions(contentFolder: folders.content, templatesFolder: folders.templates, outputFolder: folders.output, jobs: jobs.count)
        do {
            let summary = try await SiteBuilder(options: options, progress: TerminalProgress()).build()
            for warning in summary.warnings {
                FileHandle.standardError.write(Data((warning.description + "\n").utf8))
            }
            print(summary.line)
            if timings { print(summary.timingLines.joined(separator: "\n")) }
        } catch let failure as BuildFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
