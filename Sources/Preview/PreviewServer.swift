import BriefingCore
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals
import SiteBuilding

/// `briefing serve`: builds the site, serves the output folder, watches the content and templates, rebuilds what a
/// change touches and reloads the open pages that changed.
public struct PreviewServer: Sendable {
    public let options: ServeOptions
    let progress: any BuildProgress
    let log: @Sendable (PreviewMessage) -> Void

    public init(options: ServeOptions, progress: any BuildProgress = SilentProgress(), log: @escaping @Sendable (PreviewMessage) -> Void = { _ in }) {
        self.options = options
        self.progress = progress
        self.log = log
    }

    /// Serves until SIGINT or SIGTERM, or until `stop()` of the handle given to `onRunning`, building the site as
    /// soon as the port is open (until then the previous output is served) and again on every change.
    /// A failed build does not stop the server: its errors show over every page until a change fixes them.
    /// - Throws: `PreviewError.portInUse` when the port is taken; `BriefingError` when the output folder is, or
    ///   holds, the content or templates folder.
    public func run(onRunning: @escaping @Sendable (PreviewHandle) async -> Void = { _ in }) async throws {
        let builder = SiteBuilder(options: options.build, progress: progress)
        for (folder, option) in [(options.build.contentFolder, "--content"), (options.build.templatesFolder, "--templates")] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw BriefingError(.invalidProject("there is no folder at '\(folder)' to build and watch. Run the command from your site's folder, or pass \(option) FOLDER."))
            }
        }
        try builder.checkFolders()
        let hub = LiveReloadHub()
        let folders = [options.build.contentFolder, options.build.templatesFolder]
        let watcher: any ContentWatcher
        var polling = options.polling
        #if canImport(Glibc)
        let quiet = options.quietPeriod.components
        let quietNanoseconds = Int(quiet.seconds) * 1_000_000_000 + Int(quiet.attoseconds / 1_000_000_000)
        if !polling, let inotify = try? InotifyWatcher(folders: folders, quietPeriod: .nanoseconds(quietNanoseconds)) {
            watcher = inotify
        } else {
            polling = true
            watcher = PollingWatcher(folders: folders)
        }
        #else
        polling = true
        watcher = PollingWatcher(folders: folders)
        #endif

        var logger = Logger(label: "briefing.serve")
        logger.logLevel = .error
        let (listening, serverListens) = AsyncStream.makeStream(of: Void.self)
        let rebuilds = RebuildService(builder: builder, watcher: watcher, hub: hub, heartbeat: options.heartbeat, listening: listening, log: log)
        let groupBox = ServiceGroupBox()
        let isPolling = polling
        let app = Application(
            responder: PreviewResponder(root: options.build.outputFolder, hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: nil, reuseAddress: false),
            services: [rebuilds],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                log(.listening(url: "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)/", watching: folders, polling: isPolling))
                serverListens.yield()
                serverListens.finish()
                await onRunning(PreviewHandle(port: port, hub: hub, group: groupBox))
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        await groupBox.set(group)
        do {
            try await group.run()
        } catch {
            if Self.isAddressInUse(error) { throw PreviewError.portInUse(host: options.host, port: options.port) }
            throw error
        }
        log(.stopped)
    }

    static func isAddressInUse(_ error: any Error) -> Bool {
        if let io = error as? IOError, io.errnoCode == EADDRINUSE { return true }
        return "\(error)".contains("Address already in use")
    }
}

/// A running preview server, for whoever started it.
public struct PreviewHandle: Sendable {
    /// The port it listens on (the one picked when asked for port 0).
    public let port: Int
    public let hub: LiveReloadHub
    let group: ServiceGroupBox

    /// Stops the server as Ctrl-C does: open event streams end, the rebuild loop stops.
    public func stop() async {
        await group.shutDown()
    }
}

/// Holds the service group once made, so that a handle made earlier can stop it.
actor ServiceGroupBox {
    private var group: ServiceGroup?

    func set(_ group: ServiceGroup) { self.group = group }

    func shutDown() async {
        await group?.triggerGracefulShutdown()
    }
}

/// Why the preview server could not start.
public enum PreviewError: Error, Sendable, Equatable, CustomStringConvertible {
    case portInUse(host: String, port: Int)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "error: port \(port) on \(host) is already in use (is another `briefing serve` running?). Stop that server, or pass another port: --port \(port == 65535 ? 8000 : port + 1)."
        }
    }
}
