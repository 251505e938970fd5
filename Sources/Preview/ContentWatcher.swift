/// Reports the files that change under some folders.
public protocol ContentWatcher: Sendable {
    /// Batches of changed paths: a burst of changes (an editor's save, a `git checkout`) arrives as one batch once
    /// the folders have been quiet for a moment. One consumer; the stream ends when it is dropped.
    func changes() -> AsyncStream<[String]>
}
