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
