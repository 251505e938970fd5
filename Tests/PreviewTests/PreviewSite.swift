import BriefingTestSupport
import Foundation
import Preview
import SiteBuilding
import Testing

/// A copy of the fixture site, with two articles, served by a preview server on a free port.
final class PreviewSite: Sendable {
    let folder: TemporaryFolder
    let handle: PreviewHandle
    let task: Task<Void, any Error>
    let messages: MessageLog

    static let ferryArticle = """
        Ferry timetable changes in Shelbyville
        By John Roe
        Published: 2025-03-05
        The ferry between Shelbyville and Springfield will run every hour from April, the Harbour Board said.
        "Passengers asked for it," said Mark Lee, the board's chairman.
        """

    static func start(polling: Bool = false, port: Int = 0, in existing: TemporaryFolder? = nil) async throws -> PreviewSite {
        let folder = try existing ?? makeFolder()
        let build = BuildOptions(contentFolder: folder.path + "/Content", templatesFolder: folder.path + "/Templates", outputFolder: folder.path + "/Output", jobs: 2)
        let options = ServeOptions(build: build, port: port, polling: polling, quietPeriod: .milliseconds(50), heartbeat: .milliseconds(500))
        let messages = MessageLog()
        let (handles, continuation) = AsyncStream.makeStream(of: PreviewHandle.self)
        let server = PreviewServer(options: options) { message in Task { await messages.append(message) } }
        let task = Task {
            defer { continuation.finish() }
            try await server.run { continuation.yield($0) }
        }
        var iterator = handles.makeAsyncIterator()
        guard let handle = await iterator.next() else {
            try await task.value
            throw CancellationError()
        }
        let site = PreviewSite(folder: folder, handle: handle, task: task, messages: messages)
        try await site.waitFor("the first build") { if case .built = $0 { true } else if case .firstBuildFailed = $0 { true } else { false } }
        return site
    }

    private init(folder: TemporaryFolder, handle: PreviewHandle, task: Task<Void, any Error>, messages: MessageLog) {
        self.folder = folder
        self.handle = handle
        self.task = task
        self.messages = messages
    }

    /// The fixture site with the default theme and one article, not built yet.
    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        try folder.write(ferryArticle, to: "Content/articles/ferry.txt")
        return folder
    }

    var port: Int { handle.port }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Waits until a message satisfying `predicate` has been logged, for up to `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 20, _ predicate: @escaping @Sendable (PreviewMessage) -> Bool) async throws -> PreviewMessage {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let message = await messages.first(where: predicate) { return message }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out waiting for \(what); messages: \(await messages.all.map(\.line))")
        throw CancellationError()
    }

    func stop() async throws {
        await handle.stop()
        try await task.value
    }
}

/// Every message the server logged, in order.
actor MessageLog {
    private(set) var all: [PreviewMessage] = []
    private var consumed = 0

    func append(_ message: PreviewMessage) { all.append(message) }

    /// The first message not yet taken that satisfies `predicate`; it and those before it are taken.
    func first(where predicate: (PreviewMessage) -> Bool) -> PreviewMessage? {
        guard let index = all[consumed...].firstIndex(where: predicate) else { return nil }
        consumed = index + 1
        return all[index]
    }
}
