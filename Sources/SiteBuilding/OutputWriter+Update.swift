import BriefingCore
import Foundation

extension OutputWriter {
    /// Whether the output folder exists and carries Briefing's marker, so that it may be updated in place.
    var holdsOutput: Bool {
        FileManager.default.fileExists(atPath: (outputFolder as NSString).appendingPathComponent(Self.marker))
    }

    /// Brings an output folder written before up to date in place: writes only the files whose bytes differ from
    /// `previous` (each through a temporary file renamed over the old one, so a reader never sees half a file) and
    /// removes the files no longer generated.
    /// - Returns: the paths written or removed, sorted, and the new hash of every file's bytes.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    func update(files: [OutputFile], copies: [StaticFile], previous: [String: Int]) throws -> (changed: [String], digests: [String: Int]) {
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL
        var digests: [String: Int] = [:]
        var changed: [String] = []
        do {
            func write(_ contents: Data, to path: String) throws {
                let digest = contents.contentHash
                digests[path] = digest
                guard previous[path] != digest else { return }
                let target = try location(of: path, in: output)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).briefing-\(getpid())")
                try FileSystemFast.write(contents, toPath: temporary.path)
                guard rename(temporary.path, target.path) == 0 else {
                    try? manager.removeItem(at: temporary)
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
                }
                changed.append(path)
            }
            for file in files { try write(file.contents, to: file.path) }
            for copy in copies { try write(try Data(contentsOf: URL(fileURLWithPath: copy.sourcePath)), to: copy.outputPath) }
            for path in previous.keys where digests[path] == nil {
                let target = try location(of: path, in: output)
                try? manager.removeItem(at: target)
                removeEmptyFolders(above: target, upTo: output)
                changed.append(path)
            }
        } catch {
            if let error = error as? BriefingError { throw error }
            throw BriefingError(.outputFailed("the site could not be updated in '\(outputFolder)'. Check the free space and permissions."), underlying: (error as NSError).localizedDescription)
        }
        return (changed.sorted(), digests)
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
