import BriefingCore
import Foundation

/// Articles read before, by path, with the state of their file: a rebuild reads again only the files that changed.
public struct ArticleReadCache: Sendable {
    struct Entry: Sendable {
        var stamp: FileStamp
        var article: Article
        var warnings: [BriefingError]
        /// The digest of the bytes the article was read from.
        var digest: ContentDigest
    }

    var entries = ShardedDictionary<String, Entry>()
    /// The paths of the articles folder's articles, sorted, as last listed.
    var listing: [String]?

    public init() {}

    /// The digest of the bytes the article at `path` was read from, when it was read.
    public func digest(ofArticleAt path: String) -> ContentDigest? {
        entries[path]?.digest
    }
}

/// What `stat` says of a file that changes whenever its contents do: size, inode, and modification and status-change
/// times to the nanosecond.
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var inode: UInt64
    /// Seconds and nanoseconds of the last modification and of the last status change.
    var modified: Int
    var modifiedNanoseconds: Int
    var changed: Int
    var changedNanoseconds: Int

    /// The stamp of the file at `path`, or nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec)
        changedNanoseconds = Int(info.st_ctim.tv_nsec)
    }
}
