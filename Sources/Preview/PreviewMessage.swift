import Foundation
import SiteBuilding

/// What the preview server reports as it works; the command line prints `line`.
public enum PreviewMessage: Sendable {
    case built(BuildSummary)
    case firstBuildFailed(BuildFailure)
    case listening(url: String, watching: [String], polling: Bool)
    case rebuilt(files: [String], summary: BuildSummary, reload: ReloadEvent?)
    case failed(files: [String], failure: BuildFailure)
    case stopped

    /// The message as one or more lines for a terminal.
    public var line: String {
        switch self {
        case .built(let summary):
            return summary.line
        case .firstBuildFailed(let failure):
            return failure.description + "\nServing the previous output, if any, with the errors over every page; fix the files and save."
        case .listening(let url, let watching, let polling):
            let how = polling ? "polling" : "watching"
            return "Serving at \(url) (\(how) \(watching.joined(separator: " and ")) for changes). Press Ctrl-C to stop."
        case .rebuilt(let files, let summary, let reload):
            let pages: String
            switch reload {
            case .reload(let list)? where list == ["*"]: pages = "every page reloaded"
            case .reload(let list)?: pages = "\(list.count) page\(list.count == 1 ? "" : "s") reloaded"
            default: pages = "no page to reload"
            }
            let time = String(format: "%.2f", summary.seconds)
            return "\(Self.names(files)) changed: rebuilt in \(time) s (\(summary.analysedArticles) analysed, \(summary.renderedPages) rendered, \(summary.changedFiles.count) written; \(pages))."
        case .failed(let files, let failure):
            return "\(Self.names(files)) changed: the build failed; the pages show the errors.\n" + failure.description
        case .stopped:
            return "Stopped."
        }
    }

    static func names(_ files: [String]) -> String {
        files.count <= 3 ? files.joined(separator: ", ") : "\(files.prefix(2).joined(separator: ", ")) and \(files.count - 2) more"
    }
}
