import BriefingTestSupport
import Foundation
import Preview
import Testing

/// Both watchers report saved, new, moved and deleted files, including in folders made after they started.
struct ContentWatcherTests {
    static func watchers(for folder: String) throws -> [(String, any ContentWatcher)] {
        [
            ("inotify", try InotifyWatcher(folders: [folder], quietPeriod: .milliseconds(50))),
            ("polling", PollingWatcher(folders: [folder], interval: .milliseconds(100))),
        ]
    }

    /// The batches seen until every path of `expected` has been reported, or 10 seconds pass.
    func batches(from watcher: any ContentWatcher, after change: () throws -> Void, expecting expected: Set<String>) async throws -> [[String]] {
        let stream = watcher.changes()
        try await Task.sleep(for: .milliseconds(300))  // the watcher's first look at the folder
        try change()
        return try await withThrowingTaskGroup(of: [[String]].self) { group in
            group.addTask {
                var seen: [[String]] = []
                for await batch in stream {
                    seen.append(batch)
                    if expected.isSubset(of: Set(seen.joined())) { break }
                }
                return seen
            }
            group.addTask {
                try await Task.sleep(for: .seconds(10))
                return []
            }
            let first = try await group.next() ?? []
            group.cancelAll()
            return first
        }
    }

    @Test(arguments: ["inotify", "polling"])
    func `a saved file, a new folder's file and a deleted file are reported`(kind: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write("old", to: "articles/a.txt")
        try folder.write("gone soon", to: "articles/b.txt")
        let watcher = try #require(try Self.watchers(for: folder.path).first { $0.0 == kind }?.1)
        let seen = try await batches(from: watcher, after: {
            try folder.write("new text", to: "articles/a.txt")
            try folder.write("fresh", to: "articles/new/c.txt")
            try FileManager.default.removeItem(atPath: folder.path + "/articles/b.txt")
        }, expecting: [folder.path + "/articles/a.txt", folder.path + "/articles/new/c.txt", folder.path + "/articles/b.txt"])
        let paths = Set(seen.joined())
        #expect(paths.contains(folder.path + "/articles/a.txt"))
        #expect(paths.contains(folder.path + "/articles/new/c.txt"))
        #expect(paths.contains(folder.path + "/articles/b.txt"))
    }

    @Test func `a burst of saves arrives as one batch, without an editor's scratch files`() async throws {
        let folder = try TemporaryFolder()
        try folder.write("one", to: "a.txt")
        let watcher = try InotifyWatcher(folders: [folder.path], quietPeriod: .milliseconds(200))
        let seen = try await batches(from: watcher, after: {
            for round in 0..<5 { try folder.write("round \(round)", to: "a.txt") }
            try folder.write("scratch", to: "sedX1b2c3")
            try FileManager.default.moveItem(atPath: folder.path + "/sedX1b2c3", toPath: folder.path + "/b.txt")
        }, expecting: [folder.path + "/a.txt", folder.path + "/b.txt"])
        #expect(seen == [[folder.path + "/a.txt", folder.path + "/b.txt"]])
    }
}
