import BriefingCore
import Foundation

extension OutputWriter {
    /// Whether the output folder exists and carries Briefing's marker, so that it may be updated in place.
    var holdsOutput: Bool {
        FileManager.default.fileExists(atPath: (outputFolder as NSString).appendingPathComponent(Self.marker))
    }

    /// Writes `files` over the output in place, each through a temporary file renamed over the old one (so a reader
    /// never sees half a file), and removes `removed`.
    /// - Returns: the paths written or removed, sorted.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    func write(_ files: [OutputFile], removing removed: [String], in output: URL) throws -> [String] {
        var changed: [String] = []
        do {
            for file in files {
                let target = try location(of: file.path, in: output)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).briefing-\(getpid())")
                try FileSystemFast.write(file.contents, toPath: temporary.path)
                guard rename(temporary.path, target.path) == 0 else {
                    try? manager.removeItem(at: temporary)
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
                }
                changed.append(file.path)
            }
            for path in removed {
                let target = try location(of: path, in: output)
                try? manager.removeItem(at: target)
                removeEmptyFolders(above: target, upTo: output)
                changed.append(path)
            }
        } catch {
            throw failure(error)
        }
        return changed.sorted()
    }

    /// `error` as the build reports it.
    func failure(_ error: any Error) -> BriefingError {
        if let error = error as? BriefingError { return error }
        return BriefingError(.outputFailed("the site could not be written to '\(outputFolder)'; the previous output was left as it was. Check the free space and permissions."), underlying: (error as NSError).localizedDescription)
    }

    /// Removes the folders left empty between `file` and the output folder.
    private func removeEmptyFolders(above file: URL, upTo output: URL) {
        var folder = file.deletingLastPathComponent().standardizedFileURL
        while folder.path.count > output.path.count, folder.path.hasPrefix(output.path + "/"),
              (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? manager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }
}
