import BriefingCore
import Foundation

/// Where a build puts its files as they are rendered, so that the whole site is never held in memory.
///
/// Staged: each file is written at once into a folder beside the output, which replaces the output only when the build
/// succeeded (`commit`), and is removed otherwise (`discard`). In place (a rebuild of an output written before): only
/// the files whose bytes changed are written, at once, into a hidden pending folder inside the output (side by side,
/// numbered: no folders to make there or remove after), and moved over
/// the old files at `commit`, so a failed rebuild changes nothing and memory holds no page. Either way every path is
/// checked to stay inside the output folder.
final class OutputSink {
    private enum Mode {
        case staged(staging: URL, retired: URL)
        case inPlace(previous: ShardedDictionary<String, ContentDigest>, pendingFolder: URL, pending: [String])
    }

    let writer: OutputWriter
    private var mode: Mode
    private let output: URL
    /// The folders made so far (in the staging or pending folder).
    private var folders = FolderMaker()
    /// The digest of every file's bytes by its path.
    private(set) var digests = ShardedDictionary<String, ContentDigest>()
    /// Whether every file of the output is kept unless added again (`keepEveryFile`).
    private(set) var keepsEveryFile = false

    /// A sink that writes a complete new output beside the old one.
    /// - Throws: `BriefingError` when the output folder may not be replaced, or the staging folder can't be made.
    init(staging writer: OutputWriter) throws {
        self.writer = writer
        output = URL(fileURLWithPath: writer.outputFolder).standardizedFileURL
        try writer.checkReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())")
        Self.clearLeftovers(of: output)
        try? FileSystemFast.removeTree(atPath: staging.path)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw writer.failure(error)
        }
        mode = .staged(staging: staging, retired: retired)
        folders = FolderMaker(existing: [staging.path])
    }

    /// A sink that updates an output written before, whose files had the digests `previous`.
    init(updating writer: OutputWriter, previous: ShardedDictionary<String, ContentDigest>) {
        self.writer = writer
        output = URL(fileURLWithPath: writer.outputFolder).standardizedFileURL
        let pendingFolder = output.appendingPathComponent(".briefing-pending-\(getpid())")
        Self.clearLeftovers(of: output)
        try? FileSystemFast.removeTree(atPath: pendingFolder.path)
        mode = .inPlace(previous: previous, pendingFolder: pendingFolder, pending: [])
    }

    /// Takes one file of the new site.
    /// - Throws: `BriefingError` (`outputFailed`) naming the path that could not be written.
    func add(_ file: OutputFile) throws {
        let digest = file.contents.withUnsafeBytes { ContentDigest(of: $0) }
        let before = keepsEveryFile ? digests.updateValue(digest, forKey: file.path) : nil
        if !keepsEveryFile { digests[file.path] = digest }
        switch mode {
        case .staged(let staging, _):
            try write(file, into: staging)
        case .inPlace(let previous, let pendingFolder, var pending):
            guard (keepsEveryFile ? before : previous[file.path]) != digest else { return }
            if pending.isEmpty { try makePendingFolder(pendingFolder) }
            do {
                _ = try writer.location(of: file.path, in: output)
                try FileSystemFast.write(file.contents, toPath: pendingFolder.path + "/\(pending.count)")
            } catch {
                throw writer.failure(error)
            }
            mode = .inPlace(previous: previous, pendingFolder: pendingFolder, pending: [])
            pending.append(file.path)
            mode = .inPlace(previous: previous, pendingFolder: pendingFolder, pending: pending)
        }
    }

    /// Removes what builds that were killed left of their work on `output`: staged outputs beside it, pending files in
    /// it; and puts back an output a build had moved aside just before it was killed (the swap's middle step).
    static func clearLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        func deadProcess(_ suffix: Substring) -> Bool {
            guard let pid = pid_t(suffix), pid > 0, pid != getpid() else { return false }
            return kill(pid, 0) != 0 && errno == ESRCH
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
            for (prefix, retired) in [(".\(name).building-", false), (".\(name).previous-", true)] where entry.hasPrefix(prefix) {
                guard deadProcess(entry.dropFirst(prefix.count)) else { continue }
                let path = parent.appendingPathComponent(entry).path
                if retired, !FileManager.default.fileExists(atPath: output.path) {
                    try? FileManager.default.moveItem(atPath: path, toPath: output.path)
                } else {
                    try? FileSystemFast.removeTree(atPath: path)
                }
            }
        }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] where entry.hasPrefix(".briefing-pending-") {
            if deadProcess(entry.dropFirst(".briefing-pending-".count)) { try? FileSystemFast.removeTree(atPath: output.appendingPathComponent(entry).path) }
        }
    }

    /// Whether this sink updates an output in place, where a file known to be unchanged can be kept without its bytes.
    var updatesInPlace: Bool {
        if case .inPlace = mode { return true }
        return false
    }

    /// Keeps the files at `paths` as the output holds them; false, keeping none, when the output lacks one of them (or
    /// this sink writes a whole new output), and the files must be added.
    func keepUnchanged(_ paths: [String]) -> Bool {
        if keepsEveryFile { return paths.allSatisfy { digests[$0] != nil } }
        guard case .inPlace(let previous, _, _) = mode, paths.allSatisfy({ previous[$0] != nil }) else { return false }
        for path in paths { digests[path] = previous[path] }
        return true
    }

    /// Keeps every file the output holds, as it holds it, except those added after: for a rebuild that makes the same
    /// pages as the last one, which adds only those whose contents may have changed. Nothing is removed at `commit`.
    /// False, keeping nothing, when this sink writes a whole new output.
    func keepEveryFile() -> Bool {
        guard case .inPlace(let previous, let pendingFolder, let pending) = mode else { return false }
        // The digests move out of the mode, so that updating them copies nothing.
        mode = .inPlace(previous: [:], pendingFolder: pendingFolder, pending: pending)
        digests = previous
        keepsEveryFile = true
        return true
    }

    private func makePendingFolder(_ folder: URL) throws {
        guard mkdir(folder.path, 0o755) == 0 else { throw writer.failure(FileSystemFast.failure(folder.path)) }
    }

    /// Writes `file` at its path under `folder`, making the folders it needs.
    private func write(_ file: OutputFile, into folder: URL) throws {
        do {
            let target = try writer.location(of: file.path, in: folder)
            try folders.make(target.deletingLastPathComponent().path)
            try FileSystemFast.write(file.contents, toPath: target.path)
        } catch {
            throw writer.failure(error)
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
        case .staged(let staging, let retired):
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
        case .inPlace(let previous, let pendingFolder, let pending):
            defer { try? FileSystemFast.removeTree(atPath: pendingFolder.path) }
            let removed = keepsEveryFile ? [] : previous.keys.filter { digests[$0] == nil }
            return try writer.move(pending, from: pendingFolder, removing: removed, in: output)
        }
    }

    /// Drops what was staged or pending; the output stays as it was.
    func discard() {
        switch mode {
        case .staged(let staging, _): try? FileSystemFast.removeTree(atPath: staging.path)
        case .inPlace(_, let pendingFolder, _): try? FileSystemFast.removeTree(atPath: pendingFolder.path)
        }
    }
}
