import ArgumentParser
import BriefingCore
import Foundation
import Preview
import SiteBuilding

/// `briefing serve`: build, serve the output locally, rebuild on every change and reload the open pages.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it locally and rebuild it as you edit, reloading open pages.",
        discussion: """
            Watches the content and templates folders. A changed article is analysed again on its own and only the \
            pages that show it are rewritten and reloaded; a template change re-renders without analysing; a static \
            file is copied. A build error keeps the server up and shows the errors over every page until fixed. \
            The live-reload script is added to pages as they are served, never to the built files.
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(help: "The address to listen on. Anything but loopback lets other machines read the preview.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8000

    @Flag(help: "Watch the folders by listing them twice a second instead of through inotify (for network mounts).")
    var poll = false

    @OptionGroup var jobs: JobsOption

    @Flag(help: "After each build, print how long each step took.")
    var timings = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port).") }
    }

    func run() async throws {
        let build = BuildOptions(contentFolder: folders.content, templatesFolder: folders.templates, outputFolder: folders.output, jobs: jobs.count)
        let options = ServeOptions(build: build, host: host, port: port, polling: poll)
        if !options.isLoopback {
            FileHandle.standardError.write(Data("warning: serving on \(host): anyone who can reach this machine can read the preview.\n".utf8))
        }
        let server = PreviewServer(options: options, progress: TerminalProgress()) { message in
            var text = message.line + "\n"
            if timings, case .built(let summary) = message { text += summary.timingReport + "\n" }
            if timings, case .rebuilt(_, let summary, _) = message { text += summary.timingReport + "\n" }
            switch message {
            case .firstBuildFailed, .failed: FileHandle.standardError.write(Data(text.utf8))
            default: FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
        do {
            try await server.run()
        } catch let error as PreviewError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        } catch let error as BriefingError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
