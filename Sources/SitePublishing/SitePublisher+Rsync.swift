import BriefingCore
import Foundation

extension SitePublisher {
    /// The arguments that list the destination folder, so that a folder Briefing did not publish is not pruned.
    func listArguments(for target: String) -> [String] {
        ["rsync", "--list-only", Self.asFolder(target)]
    }

    /// The arguments that make the destination a copy of the output: only changed files are sent, and files that
    /// are no longer in the output are deleted.
    func syncArguments(for target: String) -> [String] {
        ["rsync", "-a", "--delete", "--checksum", "--exclude=/\(Self.buildRecord)", Self.asFolder(options.outputFolder), Self.asFolder(target)]
    }

    /// `Output` → `Output/`: rsync copies a folder's contents, not the folder, when its name ends with `/`.
    static func asFolder(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }

    func publish(withRsyncTo target: String) throws {
        if let colon = target.firstIndex(of: ":"), !target.hasPrefix("rsync://"), target[target.index(after: colon)...].isEmpty {
            let host = target[..<colon]
            throw BriefingError(.outputFailed("'\(target)' names no folder on the host, and rsync would publish into the whole home folder there. Name the folder, such as '\(host):/var/www/briefing' or '\(host):public_html/briefing'."))
        }
        let listing = try run(listArguments(for: target), target)
        if listing.status != 0 {
            guard listing.errors.contains("No such file or directory") else { throw failure(listing, target, "its folder could not be listed") }
        } else {
            let names = Self.names(inListing: listing.output).filter { $0 != "." }
            guard names.isEmpty || names.contains(Self.marker) else { throw notOurs(target, "rsync --delete was not run on it") }
        }
        let sync = try run(syncArguments(for: target), target)
        guard sync.status == 0 else { throw failure(sync, target, "the copy may be incomplete; run the command again once the cause is fixed") }
    }

    func run(_ arguments: [String], _ target: String) throws -> CommandResult {
        let result: CommandResult
        do {
            result = try runner.run(arguments)
        } catch {
            throw BriefingError(.outputFailed("rsync could not be started to publish to '\(target)'."), underlying: (error as NSError).localizedDescription)
        }
        if result.status == 127 {
            throw BriefingError(.outputFailed("rsync is not installed, so nothing was published to '\(target)'. Install it (on Debian: apt-get install rsync), or publish to a folder."))
        }
        return result
    }

    func failure(_ result: CommandResult, _ target: String, _ consequence: String) -> BriefingError {
        let detail = result.errors.split(separator: "\n").first { !$0.isEmpty }.map(String.init)
        return BriefingError(.outputFailed("rsync to '\(target)' failed with status \(result.status); \(consequence)."), underlying: detail)
    }

    /// The names in `rsync --list-only` output: `drwxr-xr-x  4,096 2025/01/02 10:00:00 name`, one a line.
    static func names(inListing listing: String) -> [String] {
        listing.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /^\S+\s+[0-9,.]+\s+\S+\s+\S+\s(.+)$/).map { String($0.output.1) }
        }
    }
}
