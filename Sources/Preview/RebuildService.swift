import BriefingCore
import Foundation
import ServiceLifecycle
import SiteBuilding

/// Builds the site, then waits for changes, rebuilds what they touch and tells open pages; runs beside the HTTP
/// server until shutdown.
struct RebuildService: Service {
    let builder: SiteBuilder
    let watcher: any ContentWatcher
    let hub: LiveReloadHub
    let heartbeat: Duration
    /// Yields once the server listens: nothing is built before, so a second server on a busy port writes nothing.
    let listening: AsyncStream<Void>
    let log: @Sendable (PreviewMessage) -> Void

    func run() async throws {
        for await _ in listening.cancelOnGracefulShutdown() { break }
        guard !Task.isCancelled, !Task.isShuttingDownGracefully else { return }
        // Watch first, so that nothing saved during the first build goes unseen.
        let changes = watcher.changes()
        var cache = BuildCache()
        var owed: SiteChanges = []
        // The articles changed since the last build, when nothing else of the content did (nil: look at everything).
        var owedArticles: Set<String>? = []
        do {
            log(.built(try await builder.build(reusing: &cache, changes: .everything)))
        } catch let failure as BuildFailure {
            owed = .everything
            owedArticles = nil
            await hub.buildFailed(failure)
            log(.firstBuildFailed(failure))
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: heartbeat)
                    await hub.publish(.ping)
                }
            }
            let options = builder.options
            for await batch in changes.cancelOnGracefulShutdown() {
                let kinds = batch.compactMap { ChangeKind(path: $0, contentFolder: options.contentFolder, templatesFolder: options.templatesFolder) }
                guard !kinds.isEmpty else { continue }
                owed.formUnion(kinds.changes)
                let files = batch.filter { ChangeKind(path: $0, contentFolder: options.contentFolder, templatesFolder: options.templatesFolder) != nil }
                for file in files where ChangeKind(path: file, contentFolder: options.contentFolder, templatesFolder: options.templatesFolder) == .content {
                    if let name = ChangeKind.articleName(file, contentFolder: options.contentFolder) {
                        owedArticles?.insert(name)
                    } else {
                        owedArticles = nil
                    }
                }
                do {
                    let summary = try await builder.build(reusing: &cache, changes: owed, changedArticles: owedArticles)
                    owed = []
                    owedArticles = []
                    let event = await hub.buildSucceeded(changedFiles: summary.changedFiles)
                    log(.rebuilt(files: files, summary: summary, reload: event))
                } catch let failure as BuildFailure {
                    await hub.buildFailed(failure)
                    log(.failed(files: files, failure: failure))
                } catch {
                    let failure = BuildFailure(errors: [BriefingError(.outputFailed("the site could not be rebuilt."), underlying: "\(error)")])
                    await hub.buildFailed(failure)
                    log(.failed(files: files, failure: failure))
                }
            }
            group.cancelAll()
        }
        await hub.finish()
    }
}
