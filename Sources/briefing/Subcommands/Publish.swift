import ArgumentParser
import Foundation
import SiteChecking
import SitePublishing

/// `briefing publish`: check the built site, then copy it to a folder or an rsync destination.
struct Publish: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the built site, then copy it to a folder or to an rsync destination.",
        discussion: "Publishes the output folder as the last build left it; nothing is copied when 'briefing check' finds a problem. A folder is replaced whole, and only when it is empty or an earlier publish wrote it. A destination such as host:/var/www/briefing or user@host:path is updated with 'rsync -a --delete --checksum', which sends only the files that changed."
    )

    @OptionGroup var folders: SiteFolderOptions

    @Argument(help: "A folder, or an rsync destination: host:path, user@host:path or rsync://host/module/path.")
    var destination: String

    func run() async throws {
        let options = PublishOptions(outputFolder: folders.output, destination: destination)
        do {
            let summary = try SitePublisher(options: options).publish()
            print(summary.check.summary)
            print(summary.line)
        } catch let failure as PublishFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
