import Foundation

/// Receives the build's steps as they start.
public protocol BuildProgress: Sendable {
    /// Step `number` of `total` has started; `name` says what it does ("Rendering 120 briefs").
    func step(_ number: Int, of total: Int, _ name: String)
}

/// Shows `[3/6] Rendering 120 briefs` on standard error when it is a terminal, and nothing otherwise.
public struct TerminalProgress: BuildProgress {
    let isTerminal: Bool

    public init() {
        isTerminal = isatty(STDERR_FILENO) == 1
    }

    public func step(_ number: Int, of total: Int, _ name: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("[\(number)/\(total)] \(name)\n".utf8))
    }
}

/// Drops progress; for tests and library use.
public struct SilentProgress: BuildProgress {
    public init() {}
    public func step(_ number: Int, of total: Int, _ name: String) {}
}
