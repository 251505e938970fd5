#if canImport(Glibc)
import Dispatch
import Foundation
import Glibc

/// Watches folders and everything under them through Linux inotify: new subfolders are watched as they appear,
/// and a burst of events is reported once `quietPeriod` passes without another.
public struct InotifyWatcher: ContentWatcher {
    let folders: [String]
    let quietPeriod: DispatchTimeInterval

    /// - Throws: `WatcherError` when inotify is not available (or its instance limit is reached).
    public init(folders: [String], quietPeriod: DispatchTimeInterval = .milliseconds(100)) throws {
        let probe = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard probe >= 0 else { throw WatcherError.unavailable("inotify: \(String(cString: strerror(errno)))") }
        close(probe)
        self.folders = folders
        self.quietPeriod = quietPeriod
    }

    public func changes() -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let session = InotifySession(quietPeriod: quietPeriod, continuation: continuation)
            session.start(watching: folders)
            continuation.onTermination = { _ in session.stop() }
        }
    }
}

/// One inotify instance and its state, all of it touched only on `queue`.
private final class InotifySession: @unchecked Sendable {
    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    let queue = DispatchQueue(label: "briefing.inotify")
    let quietPeriod: DispatchTimeInterval
    let continuation: AsyncStream<[String]>.Continuation
    var descriptor: Int32 = -1
    var source: (any DispatchSourceRead)?
    var folderOfWatch: [Int32: String] = [:]
    var pending: [String] = []
    /// Paths created during the current burst: one already gone again was an editor's scratch file.
    var created: Set<String> = []
    var flush: DispatchWorkItem?

    init(quietPeriod: DispatchTimeInterval, continuation: AsyncStream<[String]>.Continuation) {
        self.quietPeriod = quietPeriod
        self.continuation = continuation
    }

    func start(watching folders: [String]) {
        queue.sync {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { continuation.finish(); return }
            for folder in folders { watchTree(folder) }
            let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            source.setEventHandler { [self] in drain() }
            source.setCancelHandler { [descriptor] in close(descriptor) }
            source.resume()
            self.source = source
        }
    }

    func stop() {
        queue.async { [self] in
            flush?.cancel()
            source?.cancel()
            source = nil
        }
    }

    /// Watches `folder` and every folder under it; returns the files found in them (for a folder that appeared with
    /// files already inside, whose creation no watch saw).
    @discardableResult
    func watchTree(_ folder: String) -> [String] {
        var files: [String] = []
        var pendingFolders = [folder]
        while let next = pendingFolders.popLast() {
            let watch = inotify_add_watch(descriptor, next, Self.mask)
            guard watch >= 0 else { continue }
            folderOfWatch[watch] = next
            for name in (try? FileManager.default.contentsOfDirectory(atPath: next)) ?? [] {
                let path = next + "/" + name
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                    pendingFolders.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return files
    }

    /// Reads every queued event, then (re)starts the quiet-period timer.
    func drain() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                handle(event, name: name)
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        flush?.cancel()
        let item = DispatchWorkItem { [self] in
            let paths = Set(pending).filter { !created.contains($0) || FileManager.default.fileExists(atPath: $0) }
            pending = []
            created = []
            if !paths.isEmpty { continuation.yield(paths.sorted()) }
        }
        flush = item
        queue.asyncAfter(deadline: .now() + quietPeriod, execute: item)
    }

    func handle(_ event: inotify_event, name: String) {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            pending += folderOfWatch.values
            return
        }
        guard let folder = folderOfWatch[event.wd] else { return }
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folderOfWatch[event.wd] = nil
            return
        }
        let path = name.isEmpty ? folder : folder + "/" + name
        pending.append(path)
        if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { created.insert(path) }
        if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            pending += watchTree(path)
        }
    }
}
#endif

/// A file watcher that cannot start.
public enum WatcherError: Error, Sendable, CustomStringConvertible {
    case unavailable(String)

    public var description: String {
        switch self {
        case .unavailable(let reason): "file watching is not available (\(reason))"
        }
    }
}
