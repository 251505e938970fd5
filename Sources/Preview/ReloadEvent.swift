import Foundation

/// What the preview server tells open pages through `/__briefing/events`.
public enum ReloadEvent: Sendable, Equatable {
    /// The pages at these addresses (`/`, `/briefs/x/`) changed, or every page (`*`).
    case reload([String])
    /// Keeps the connection alive and lets the server notice clients that left.
    case ping

    /// A reload of every open page: after a template or asset change, a failed build or a fixed one.
    public static let reloadAll = ReloadEvent.reload(["*"])

    /// The reload for a rebuild that wrote or removed `files` (paths relative to the output folder), or nil when no
    /// open page shows any of them. A page's address is its folder (`briefs/x/index.html` → `/briefs/x/`); a changed
    /// asset or static file may be used by any page, so it reloads them all.
    public init?(changedFiles files: [String]) {
        var pages: [String] = []
        for file in files {
            if file.hasSuffix("/index.html") || file == "index.html" {
                pages.append("/" + file.dropLast("index.html".count))
            } else if file.hasSuffix(".html") {
                pages.append("/" + file)
            } else if file.hasPrefix("search-index.") {
                pages.append("/search/")
            } else if ["feed.xml", "sitemap.xml", "robots.txt"].contains(file) || file.hasSuffix("/brief.md") {
                continue
            } else {
                self = .reloadAll
                return
            }
        }
        guard !pages.isEmpty else { return nil }
        self = .reload(Array(Set(pages)).sorted())
    }

    /// The event as Server-Sent Events text.
    var serverSentText: String {
        switch self {
        case .reload(let pages):
            let list = pages.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            return "event: reload\ndata: {\"pages\":[\(list.joined(separator: ","))]}\n\n"
        case .ping:
            return ": ping\n\n"
        }
    }
}
