/// Where a site is published: a local folder, replaced whole, or a folder that rsync reaches.
public enum PublishDestination: Sendable, Equatable {
    /// A local folder.
    case folder(String)
    /// An rsync destination: `host:path`, `user@host:path` or `rsync://host/module/path`.
    case rsync(String)

    /// Reads a destination the way rsync does: a `:` before any `/` makes it remote.
    public init(_ text: String) {
        if text.hasPrefix("rsync://") {
            self = .rsync(text)
        } else if let colon = text.firstIndex(of: ":"), colon != text.startIndex, !text[..<colon].contains("/") {
            self = .rsync(text)
        } else {
            self = .folder(text)
        }
    }
}
