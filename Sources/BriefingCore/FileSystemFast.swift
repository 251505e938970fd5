import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File operations a build does thousands of times, through POSIX calls: Foundation's took a millisecond a file.
public enum FileSystemFast {
    /// Writes `data` to `path`, replacing a file there.
    /// - Throws: `CocoaError` with the path and the system's reason.
    public static func write(_ data: some ContiguousBytes, toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += written
            }
        }
    }

    /// Removes the folder at `path` and everything in it, without following symbolic links; nothing when it does
    /// not exist.
    /// - Throws: `CocoaError` when something could not be removed.
    public static func removeTree(atPath path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & mode_t(S_IFMT)) == mode_t(S_IFDIR) else {
            guard unlink(path) == 0 else { throw failure(path) }
            return
        }
        guard let folder = opendir(path) else { throw failure(path) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(folder)
        for name in names { try removeTree(atPath: path + "/" + name) }
        guard rmdir(path) == 0 else { throw failure(path) }
    }

    /// The error for `path` after a failed system call, with the system's reason (`errno`).
    public static func failure(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(errno)))"])
    }
}
