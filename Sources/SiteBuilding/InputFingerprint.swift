import BriefingCore
import Foundation

/// A digest of everything a build reads: every file under the content and templates folders (names, bytes, and
/// what `stat` says of them), the targets of symbolic links, and the program that builds. Two builds with equal
/// fingerprints write the same site.
struct InputFingerprint: Sendable {
    /// The digest of all inputs together.
    var whole: ContentDigest
    /// The digest of the names and `stat` stamps alone: it changes whenever a file is written, even back to the
    /// same bytes, so comparing it before and after a build tells whether the inputs stayed still meanwhile.
    var stamps: ContentDigest

    /// The fingerprint of the folders, or nil when something in them cannot be read (the build then reports it).
    /// With `readingFiles: false` only `stamps` is worth anything.
    init?(contentFolder: String, templatesFolder: String, program: String, readingFiles: Bool = true) {
        var walk = Walk(readingFiles: readingFiles)
        walk.whole.combine(program)
        for (label, folder) in [("content", contentFolder), ("templates", templatesFolder)] {
            walk.stamps.combine(label)
            let folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            guard walk.visit(folder, relative: "") else { return nil }
        }
        walk.whole.combine(walk.stamps)
        whole = walk.whole
        stamps = walk.stamps
    }

    private struct Walk {
        let readingFiles: Bool
        var whole = ContentDigest()
        var stamps = ContentDigest()

        /// Folds in every entry of `folder`, sorted by name; false when one cannot be read.
        mutating func visit(_ folder: String, relative: String) -> Bool {
            let here = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: here) else {
                // A missing content or templates folder is the build's error to report, not a fingerprint's.
                return relative.isEmpty && !FileManager.default.fileExists(atPath: folder)
            }
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                let absolute = folder + "/" + path
                var info = stat()
                guard lstat(absolute, &info) == 0 else { return false }
                stamps.combine(path)
                stamp(info)
                switch info.st_mode & mode_t(S_IFMT) {
                case mode_t(S_IFDIR):
                    guard visit(folder, relative: path) else { return false }
                case mode_t(S_IFLNK):
                    // A link is read as its target: fold in where it points and, for a file, the target itself.
                    stamps.combine((try? FileManager.default.destinationOfSymbolicLink(atPath: absolute)) ?? "")
                    var target = stat()
                    if stat(absolute, &target) == 0 {
                        stamp(target)
                        if target.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG), !readFile(absolute) { return false }
                    }
                case mode_t(S_IFREG):
                    guard readFile(absolute) else { return false }
                default:
                    break
                }
            }
            return true
        }

        mutating func stamp(_ info: stat) {
            for number in [Int(info.st_mode), Int(info.st_size), Int(info.st_ino), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)] {
                stamps.combine(number)
            }
        }

        mutating func readFile(_ path: String) -> Bool {
            guard readingFiles else { return true }
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            whole.combine(data)
            return true
        }
    }
}
