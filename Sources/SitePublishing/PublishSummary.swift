import BriefingCore
import SiteChecking

/// What a finished `briefing publish` did.
public struct PublishSummary: Sendable, Equatable {
    /// The check that passed before anything was copied.
    public var check: SiteCheckReport
    public var destination: PublishDestination
    /// Files published, the site's marker left out.
    public var files: Int
    public var outputFolder: String

    /// `Published 24 files from Output to /srv/www/briefing.`, with ` with rsync` for an rsync destination.
    public var line: String {
        switch destination {
        case .folder(let folder):
            return "Published \(plural(files, "file")) from \(outputFolder) to \(folder)."
        case .rsync(let target):
            return "Published \(plural(files, "file")) from \(outputFolder) to \(target) with rsync."
        }
    }
}

/// A publish that did not happen: the destination was left as it was.
public struct PublishFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failed check, when problems in the site are why nothing was published.
    public var check: SiteCheckReport?
    public var error: BriefingError

    public init(check: SiteCheckReport? = nil, error: BriefingError) {
        self.check = check
        self.error = error
    }

    /// The check's problems, a line each, then the error.
    public var description: String {
        ((check?.lines ?? []) + [error.description]).joined(separator: "\n")
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
