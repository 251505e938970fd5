import BriefingCore
import Foundation

extension OutputWriter {
    /// Whether the output folder exists and carries Briefing's marker, so that it may be updated in place.
    var holdsOutput: Bool {
        FileManager.default.fileExists(atPath: (outputFolder as NSString).appendingPathComponent(Self.marker))
    }

    /// Moves the files `pending` holds, numbered in the order of `paths`, over the output in place, each renamed over
    /// the old one (so a reader never sees half a file), and removes `removed`.
    /// - Returns: the paths written or removed, sorted.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    func move(_ paths: [String], from pending: URL, removing removed: [String], in output: URL) throws -> [String] {
        var changed: [String] = []
        var folders = FolderMaker(existing: [output.path])
        do {
            for (number, path) in paths.enumerated() {
                let target = try location(of: path, in: output).path
                let source = pending.path + "/\(number)"
                // Most files replace one in a folder that is there: its folders are made only when it is not.
                if rename(source, target) != 0 {
                    guard errno == ENOENT else { throw FileSystemFast.failure(target) }
                    try folders.make(String(target[..<target.lastIndex(of: "/")!]))
                    guard rename(source, target) == 0 else { throw FileSystemFast.failure(target) }
                }
                changed.append(path)
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

    /// The paths of the files the output folder holds, except Briefing's own hidden files at its top (the marker, the
    /// record, a pending folder) and the kept files.
    func filesHeld() -> [String] {
        var paths: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let absolute = folder.isEmpty ? outputFolder : outputFolder + "/" + folder
            for name in (try? manager.contentsOfDirectory(atPath: absolute)) ?? [] {
                if folder.isEmpty, name.hasPrefix(".") || Self.keptFiles.contains(name) { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(outputFolder + "/" + relative, &info) == 0 else { continue }
                if info.st_mode & mode_t(S_IFMT) == mode_t(S_IFDIR) { folders.append(relative) } else { paths.append(relative) }
            }
        }
        return paths
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
