import BriefingCore
import Foundation

/// Writes a complete site into a temporary folder beside the output, then swaps it in.
///
/// A failure at any point leaves the previous output as it was. Every path is checked to stay inside the output
/// folder, and a folder that Briefing did not write is never replaced.
struct OutputWriter {
    /// The file that marks a folder as Briefing's output, so that a mistyped `--output` cannot replace other files.
    static let marker = ".briefing-output"
    /// Files of the previous output that are kept (the repository's keep file).
    static let keptFiles = [".gitkeep"]

    let outputFolder: String
    let manager = FileManager.default

    init(outputFolder: String) {
        self.outputFolder = outputFolder
    }

    /// Writes `files` and `copies` as the new output, and returns a hash of each file's bytes by its path.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    @discardableResult
    func publish(files: [OutputFile], copies: [StaticFile]) throws -> [String: Int] {
        var digests: [String: Int] = [:]
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL
        try checkReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())")
        try? FileSystemFast.removeTree(atPath: staging.path)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = [staging.path]
            func makeFolder(for target: URL) throws {
                let folder = target.deletingLastPathComponent()
                if folders.insert(folder.path).inserted {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
            }
            for file in files {
                let target = try location(of: file.path, in: staging)
                try makeFolder(for: target)
                try FileSystemFast.write(file.contents, toPath: target.path)
                digests[file.path] = file.contents.contentHash
            }
            for copy in copies {
                let target = try location(of: copy.outputPath, in: staging)
                try makeFolder(for: target)
                try manager.copyItem(atPath: copy.sourcePath, toPath: target.path)
                digests[copy.outputPath] = try Data(contentsOf: target).contentHash
            }
            for kept in Self.keptFiles {
                let previous = output.appendingPathComponent(kept)
                if manager.fileExists(atPath: previous.path) {
                    try manager.copyItem(at: previous, to: staging.appendingPathComponent(kept))
                }
            }
            try Data().write(to: staging.appendingPathComponent(Self.marker))
            try FolderSwap.replace(output, with: staging, retiring: retired)
            return digests
        } catch {
            try? FileSystemFast.removeTree(atPath: staging.path)
            if let error = error as? BriefingError { throw error }
            throw BriefingError(.outputFailed("the site could not be written to '\(outputFolder)'; the previous output was left as it was. Check the free space and permissions."), underlying: (error as NSError).localizedDescription)
        }
    }

    /// The location of `relativePath` in `folder`, refusing any path that would leave it.
    func location(of relativePath: String, in folder: URL) throws -> URL {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") && !$0.contains("\0") })
        else {
            throw BriefingError(.outputFailed("the output path '\(relativePath)' would leave the output folder, so nothing was written. This is a bug in Briefing; please report it."))
        }
        return folder.appendingPathComponent(relativePath)
    }

    func checkReplaceable(_ output: URL) throws {
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw BriefingError(.outputFailed("'\(outputFolder)' is a file, not a folder. Pass another --output, or move the file away."))
        }
        let entries = try manager.contentsOfDirectory(atPath: output.path)
        let ours = entries.contains(Self.marker) || entries.allSatisfy { Self.keptFiles.contains($0) }
        guard ours else {
            throw BriefingError(.outputFailed("'\(outputFolder)' holds files that Briefing did not write, so it is not replaced. Pass an empty or new folder as --output."))
        }
    }
}
