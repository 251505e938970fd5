import SitePublishing
import Testing

/// `ProcessRunner` runs real programs from the PATH.
struct ProcessRunnerTests {
    @Test func `a command's status and both of its streams come back`() throws {
        let result = try ProcessRunner().run(["sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(result == CommandResult(status: 3, output: "out\n", errors: "err\n"))
    }

    @Test func `a program that is not installed exits 127`() throws {
        #expect(try ProcessRunner().run(["briefing-no-such-program"]).status == 127)
    }
}
