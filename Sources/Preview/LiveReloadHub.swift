import Foundation
import SiteBuilding

/// The preview server's shared state: the pages listening for reload events, and the last build's failure, which
/// every served page shows as an overlay until a build succeeds again.
public actor LiveReloadHub {
    private var listeners: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]
    /// The failure of the last build, or nil when it succeeded.
    public private(set) var failure: BuildFailure?
    /// Changes whenever the overlay does, so that a page's ETag changes with it.
    public private(set) var overlayVersion = 0
    /// Differs on every server start; a page that sees another one after reconnecting reloads.
    public nonisolated let serverID = UUID().uuidString

    public init() {}

    /// The events from now on, until the stream is dropped.
    public func subscribe() -> AsyncStream<ReloadEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        listeners[id] = continuation
        return stream
    }

    /// How many pages are listening.
    public var listenerCount: Int { listeners.count }

    /// Sends `event` to every listening page.
    public func publish(_ event: ReloadEvent) {
        for listener in listeners.values { listener.yield(event) }
    }

    /// A build succeeded and wrote `changedFiles`: clears a failure's overlay (reloading every page), or reloads the
    /// pages that changed. Returns the event sent, if any.
    @discardableResult
    public func buildSucceeded(changedFiles: [String]) -> ReloadEvent? {
        if failure != nil {
            failure = nil
            overlayVersion += 1
            publish(.reloadAll)
            return .reloadAll
        }
        let event = ReloadEvent(changedFiles: changedFiles)
        if let event { publish(event) }
        return event
    }

    /// A build failed: every page shows its errors.
    public func buildFailed(_ failure: BuildFailure) {
        self.failure = failure
        overlayVersion += 1
        publish(.reloadAll)
    }

    /// Ends every listener's stream, so that their responses finish.
    public func finish() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func unsubscribe(_ id: UUID) {
        listeners[id] = nil
    }
}
