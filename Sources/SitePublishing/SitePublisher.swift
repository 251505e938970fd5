import BriefingCore
import Foundation
import SiteChecking

/// Publishes a built site: checks it, then copies it to a folder or an rsync destination.
///
/// Nothing is copied when the check finds a problem. A folder destination is written beside itself and swapped in
/// whole; an rsync destination receives only the files that changed (`rsync -a --delete --checksum`). Either way,
/// a destination that holds files Briefing did not publish is never replaced or pruned, unless it is empty:
/// published folders carry the same marker file as the output folder.
public struct SitePublisher: Sendable {
    /// The file that marks a folder as written by Briefing; `briefing build` puts it in the output folder, so
    /// every copy of the output carries it too.
    public static let marker = ".briefing-output"
    /// The record a build leaves in the output for the next one: never published.
    public static let buildRecord = ".briefing-cache"

    public let options: PublishOptions
    let runner: any CommandRunner

    /// - Parameter runner: runs rsync; tests pass one that records the arguments.
    public init(options: PublishOptions, runner: any CommandRunner = ProcessRunner()) {
        self.options = options
        self.runner = runner
    }

    /// Checks the output folder, then publishes it.
    /// - Throws: `PublishFailure`, with the check's report when the site has problems; the destination is then
    ///   as it was.
    public func publish() throws -> PublishSummary {
        let destination = PublishDestination(options.destination)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.outputFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw PublishFailure(error: BriefingError(.invalidProject("there is no built site at '\(options.outputFolder)' to publish. Run 'briefing build' first, or pass --output FOLDER.")))
        }
        let check: SiteCheckReport
        do {
            check = try SiteChecker().check(siteAt: options.outputFolder)
        } catch let error as BriefingError {
            throw PublishFailure(error: error)
        }
        guard check.passed else {
            throw PublishFailure(check: check, error: BriefingError(.outputFailed(
                "'\(options.outputFolder)' has \(plural(check.problems.count, "problem")), so nothing was published to '\(options.destination)'. Fix \(check.problems.count == 1 ? "it" : "them") and build again; 'briefing check \(options.outputFolder)' lists them."
            )))
        }
        let files = try countFiles()
        do {
            switch destination {
            case .folder(let folder): try publish(toFolder: folder)
            case .rsync(let target): try publish(withRsyncTo: target)
            }
        } catch let error as BriefingError {
            throw PublishFailure(error: error)
        }
        return PublishSummary(check: check, destination: destination, files: files, outputFolder: options.outputFolder)
    }

    /// The regular files of the output folder, its marker and build record left out.
    func countFiles() throws -> Int {
        let root = URL(fileURLWithPath: options.outputFolder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent != Self.marker, url.lastPathComponent != Self.buildRecord, (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                count += 1
            }
        }
        return count
    }

    /// The advice when a destination holds other files.
    func notOurs(_ destination: String, _ consequence: String) -> BriefingError {
        BriefingError(.outputFailed("'\(destination)' holds files that Briefing did not publish, so \(consequence). Publish to a new or empty folder, or to one an earlier 'briefing publish' wrote."))
    }
}
