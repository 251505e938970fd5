import ArgumentParser
import BriefingCore
import Foundation
import SiteBuilding

/// `briefing build`: the whole pipeline, into the output folder.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from the content folder into the output folder.",
        discussion: """
            The new site is written beside the output folder and swapped in only when complete: a failed build leaves the previous output as it was.

            Each build leaves a record in the output folder (.briefing-cache, never published): the next build does nothing when no input changed and the output is as it was written, and reuses the brief of every article whose bytes are unchanged. A new version of Briefing ignores records of older ones.
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    @OptionGroup var jobs: JobsOption

    @Flag(help: "After building, print how long each step took.")
    var timings = false

    @Flag(help: "Build every article, brief, page and static file that can be built, leave out those with errors and list them (the build still exits with status 1). Without it, a build with errors writes nothing.")
    var keepGoing = false

    @Flag(help: "Build everything again, even when the output is up to date, without reusing the briefs the last build recorded.")
    var force = false

    func run() async throws {
        var options = BuildOptions(contentFolder: folders.content, templatesFolder: folders.templates, outputFolder: folders.output, jobs: jobs.count)
        options.usesRecord = !force
        options.keepsGoing = keepGoing
        do {
            let summary = try await SiteBuilder(options: options, progress: TerminalProgress()).build()
            for problem in summary.warnings + summary.leftOut {
                FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            }
            print(summary.line)
            if timings, !summary.upToDate { print(summary.timingReport) }
            if !summary.leftOut.isEmpty { throw ExitCode(1) }
        } catch let failure as BuildFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
