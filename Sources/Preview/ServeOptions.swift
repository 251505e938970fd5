import SiteBuilding

/// What `briefing serve` was asked to do.
public struct ServeOptions: Sendable {
    public var build: BuildOptions
    /// The address to listen on: loopback unless the user says otherwise.
    public var host: String
    /// The port; 0 takes any free one.
    public var port: Int
    /// Watch by listing the folders twice a second instead of through inotify.
    public var polling: Bool
    /// How long the folders must stay quiet before a burst of changes is rebuilt.
    public var quietPeriod: Duration
    /// How often open pages get a keep-alive ping, which also lets the server notice pages that closed.
    public var heartbeat: Duration

    public init(build: BuildOptions = BuildOptions(), host: String = "127.0.0.1", port: Int = 8000, polling: Bool = false,
                quietPeriod: Duration = .milliseconds(100), heartbeat: Duration = .seconds(10)) {
        self.build = build
        self.host = host
        self.port = port
        self.polling = polling
        self.quietPeriod = quietPeriod
        self.heartbeat = heartbeat
    }

    /// Whether `host` keeps the server to this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) || host.hasPrefix("127.")
    }
}
