import BriefingCore
import Foundation

/// Where the links of a content folder lead, so that nothing outside the folder is read through one: a build must
/// never publish `/etc/passwd` because an article was a link to it.
struct ContentLinks: Sendable {
    /// The content folder's real path, ending in `/`.
    let root: String

    init(contentFolder: String) {
        let real = realpath(contentFolder, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        let resolved = real ?? URL(fileURLWithPath: contentFolder).standardizedFileURL.path
        root = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    /// What is wrong with reading the file (or folder, when `folder`) at `path`, when it is a link: nil for a plain
    /// file or folder and for a link to one inside the content folder.
    func problem(at path: String, folder: Bool = false) -> BriefingError.Problem? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        guard let pointer = realpath(path, nil) else {
            return errno == ELOOP ? .linkLoop : .brokenLink
        }
        let target = String(cString: pointer)
        free(pointer)
        guard (target + "/").hasPrefix(root) else { return .linkOutsideContent }
        var targetInfo = stat()
        guard stat(target, &targetInfo) == 0 else { return .brokenLink }
        if !folder, targetInfo.st_mode & S_IFMT == S_IFDIR { return .linkToFolder }
        return nil
    }

    /// Checks that the file at `path` may be read: not a link leading outside the content folder, nowhere or to a
    /// folder, and a regular file (a pipe would never end, a device never be text). A file that does not exist passes,
    /// for the reader to report.
    /// - Throws: `BriefingError` naming the file and saying what to do.
    func checkFile(_ path: String) throws(BriefingError) {
        if let problem = problem(at: path) { throw BriefingError(problem, at: SourceLocation(path: path)) }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG { throw BriefingError(.notAFile, at: SourceLocation(path: path)) }
    }
}

extension BriefingError.Problem {
    static let linkOutsideContent = Self.invalidContent("this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.")
    static let brokenLink = Self.invalidContent("this link leads nowhere. Remove it or point it at a file in the content folder.")
    static let linkLoop = Self.invalidContent("this link leads back to itself through other links, so it leads nowhere. Remove it or point it at a file in the content folder.")
    static let linkToFolder = Self.invalidContent("this is a link to a folder, and folder links are not followed. Copy the folder instead.")
    static let notAFile = Self.invalidContent("this is neither a file nor a folder (a pipe, socket or device). Remove it from the content folder.")
}
