import BriefingCore
import Foundation

/// Where a build puts its files as they are rendered, so that the whole site is never held in memory.
///
/// Staged: each file is written at once into a folder beside the output, which replaces the output only when the build
/// succeeded (`commit`), and is removed otherwise (`discard`). In place (a rebuild of an output written before): only
/// the files whose bytes changed are kept, and written over the output at `commit`, so a failed rebuild writes
/// nothing. Either way every path is checked to stay inside the output folder.
final class OutputSink {
    private enum Mode {
        case staged(staging: URL, retired: URL, folders: Set<String>)
        case inPlace(previous: [String: Int], pending: [OutputFile])
    }

    let writer: OutputWriter
    private var mode: Mode
    private let output: URL
    /// A hash of every file's bytes by its path.
    private(set) var digests: [String: Int] = [:]

    /// A sink that writes a complete new output beside the old one.
    /// - Throws: `BriefingError` when the output folder may not be replaced, or the staging folder can't be made.
    init(staging writer: OutputWriter) throws {
        self.writer = writer
        output = URL(fileURLWithPath: writer.outputFolder).standardizedFileURL
        try writer.checkReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())")
        try? FileSystemFast.removeTree(atPath: staging.path)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw writer.failure(error)
        }
        mode = .staged(staging: staging, retired: retired, folders: [staging.path])
    }

    /// A sink that updates an output written before, whose files had the hashes `previous`.
    init(updating writer: OutputWriter, previous: [String: Int]) {
        self.writer = writer
        output = URL(fileURLWithPath: writer.outputFolder).standardizedFileURL
        mode = .inPlace(previous: previous, pending: [])
    }

    /// Takes one file of the new site.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    func add(_ file: OutputFile) throws {
        let digest = file.contents.contentHash
        digests[file.path] = digest
        switch mode {
        case .staged(let staging, let retired, var folders):
            do {
                let target = try writer.location(of: file.path, in: staging)
                let folder = target.deletingLastPathComponent().path
                if folders.insert(folder).inserted {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                mode = .staged(staging: staging, retired: retired, folders: folders)
                try FileSystemFast.write(file.contents, toPath: target.path)
            } catch {
                throw writer.failure(error)
            }
        case .inPlace(let previous, var pending):
            guard previous[file.path] != digest else { return }
            mode = .inPlace(previous: previous, pending: [])
            pending.append(file)
            mode = .inPlace(previous: previous, pending: pending)
        }
    }

    /// Takes a file copied as it is.
    /// - Throws: `BriefingError` (`outputFailed`) when it cannot be read or written.
    func add(_ copy: StaticFile) throws {
        let contents: Data
        do {
            contents = try Data(contentsOf: URL(fileURLWithPath: copy.sourcePath))
        } catch {
            throw writer.failure(error)
        }
        try add(OutputFile(path: copy.outputPath, contents: contents))
    }

    /// Puts the new site in place; returns the paths written or removed, sorted.
    /// - Throws: `BriefingError` (`outputFailed`); a staged output is then left as it was.
    func commit() throws -> [String] {
        switch mode {
        case .staged(let staging, let retired, _):
            do {
                for kept in OutputWriter.keptFiles {
                    let previous = output.appendingPathComponent(kept)
                    if FileManager.default.fileExists(atPath: previous.path) {
                        try FileManager.default.copyItem(at: previous, to: staging.appendingPathComponent(kept))
                    }
                }
                try Data().write(to: staging.appendingPathComponent(OutputWriter.marker))
                try FolderSwap.replace(output, with: staging, retiring: retired)
            } catch {
                discard()
                throw writer.failure(error)
            }
            return digests.keys.sorted()
        case .inPlace(let previous, let pending):
            return try writer.write(pending, removing: previous.keys.filter { digests[$0] == nil }, in: output)
        }
    }

    /// Drops what was staged; the output stays as it was.
    func discard() {
        if case .staged(let staging, _, _) = mode { try? FileSystemFast.removeTree(atPath: staging.path) }
    }
}
