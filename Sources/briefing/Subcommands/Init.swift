import ArgumentParser
import BriefingCore
import Foundation
import SiteCreation

/// `briefing init`: a new site from the theme and starter content compiled into the binary.
struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site: Content/ with an example article, and Templates/ with the default theme.",
        discussion: "The folder is created when missing; a folder that already holds files is refused. Everything comes from the binary itself, so it works wherever briefing is installed."
    )

    @Argument(help: "The folder for the new site.")
    var folder: String

    func run() async throws {
        do {
            let summary = try SiteCreator(folder: folder).create()
            for line in summary.lines { print(line) }
        } catch let error as BriefingError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
