import BriefingTestSupport
import Foundation
import Testing

/// `briefing serve` as a user runs it: it says where it serves, and Ctrl-C (SIGINT) stops it cleanly.
struct ServeCommandTests {
    @Test func `serve builds, says where it listens, and stops on Ctrl-C`() async throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        let process = Process()
        process.executableURL = Project.product("briefing")
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site.url
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("Built "), Date() < deadline {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        let lines = printed.split(separator: "\n")
        let serving = try #require(lines.first { $0.hasPrefix("Serving at http://127.0.0.1:") })
        #expect(serving.hasSuffix("(watching Content and Templates for changes). Press Ctrl-C to stop."))
        #expect(lines.contains { $0.hasPrefix("Built 3 briefs and 1 page") })
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/index.html"))

        kill(process.processIdentifier, SIGINT)
        let stopDeadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < stopDeadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "Ctrl-C stops the server")
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(printed.hasSuffix("Stopped.\n"))
    }

    @Test func `serve refuses a missing content folder before opening a port`() throws {
        let site = try TemporaryFolder()
        let run = try briefing(["serve", "--port", "0", "--content", "Missing"], in: site.url)
        #expect(run.status == 1)
        #expect(run.stderr == "error: there is no folder at 'Missing' to build and watch. Run the command from your site's folder, or pass --content FOLDER.\n")
    }
}
