import Foundation

/// Watches folders by listing them every `interval` and comparing each regular file's size and modification time:
/// for systems or file systems without inotify (network mounts, containers with a low watch limit).
public struct PollingWatcher: ContentWatcher {
    let folders: [String]
    let interval: Duration

    public init(folders: [String], interval: Duration = .milliseconds(500)) {
        self.folders = folders
        self.interval = interval
    }

    public func changes() -> AsyncStream<[String]> {
        let folders = folders, interval = interval
        return AsyncStream { continuation in
            let task = Task {
                var previous = Self.snapshot(of: folders)
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    let current = Self.snapshot(of: folders)
                    let changed = Set(current.keys).union(previous.keys).filter { current[$0] != previous[$0] }
                    if !changed.isEmpty { continuation.yield(changed.sorted()) }
                    previous = current
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    struct Stamp: Equatable {
        var size: Int
        var modified: Date
    }

    /// Size and modification time of every regular file under `folders` (a folder's own time is left out: it
    /// changes when a file inside is deleted, which the file's absence already says).
    static func snapshot(of folders: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: folder), includingPropertiesForKeys: keys) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                let relative = String(url.path.dropFirst(URL(fileURLWithPath: folder).path.count))
                stamps[folder + relative] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
            }
        }
        return stamps
    }
}
