import BriefingCore
import Foundation

/// Makes folders for files being written, remembering those made or found: one `mkdir` a new folder (Foundation's
/// intermediate-folder creation checks every level of every path, a large share of writing a big site).
struct FolderMaker {
    private var known: Set<String>

    /// A maker that takes `existing` as made.
    init(existing: Set<String> = []) {
        known = existing
    }

    /// Makes the folder at `path` and those above it not made or seen yet.
    /// - Throws: `BriefingError` naming the folder that could not be made.
    mutating func make(_ path: String) throws {
        guard !known.contains(path) else { return }
        if let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            try make(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw FileSystemFast.failure(path) }
        known.insert(path)
    }
}
