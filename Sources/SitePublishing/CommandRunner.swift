import Foundation

/// Runs an external command; `SitePublisher` runs rsync through one, so that tests can see the exact arguments.
public protocol CommandRunner: Sendable {
    /// Runs the program `arguments[0]`, found on the PATH, with the other arguments, and waits for it.
    /// - Throws: when the program cannot be started at all.
    func run(_ arguments: [String]) throws -> CommandResult
}

/// How a command ended and what it printed.
public struct CommandResult: Sendable, Equatable {
    public var status: Int32
    public var output: String
    public var errors: String

    public init(status: Int32, output: String = "", errors: String = "") {
        self.status = status
        self.output = output
        self.errors = errors
    }
}

/// Runs commands as child processes through `/usr/bin/env`, which exits 127 when the program is not installed.
public struct ProcessRunner: CommandRunner {
    public init() {}

    public func run(_ arguments: [String]) throws -> CommandResult {
        // Output goes to files rather than pipes, so that a command that fills one stream while we read the other
        // cannot block.
        let manager = FileManager.default
        let base = manager.temporaryDirectory.appendingPathComponent("briefing-command-\(UUID().uuidString)")
        let outputFile = base.appendingPathExtension("out")
        let errorFile = base.appendingPathExtension("err")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        defer {
            try? manager.removeItem(at: outputFile)
            try? manager.removeItem(at: errorFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? errors.close()
        }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        )
    }
}
