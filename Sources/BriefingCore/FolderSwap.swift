import Foundation

/// Replaces a folder by a complete new one, so that readers see either the old folder or the new one.
public enum FolderSwap {
    /// Moves `staging` to `target`; a previous `target` is moved to `retired` first, moved back if the swap fails,
    /// and removed once it succeeded.
    /// - Throws: the file system's error when `staging` cannot take `target`'s place.
    public static func replace(_ target: URL, with staging: URL, retiring retired: URL) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else {
            try manager.moveItem(at: staging, to: target)
            return
        }
        try? FileSystemFast.removeTree(atPath: retired.path)
        try manager.moveItem(at: target, to: retired)
        do {
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.moveItem(at: retired, to: target)
            throw error
        }
        try? FileSystemFast.removeTree(atPath: retired.path)
    }
}
