import BriefingTestSupport
import Foundation
import Testing

/// What a run of the built `briefing` printed, and its exit status.
struct BriefingRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `briefing` executable (or `executable`, a copy of it) in `folder`, as a user would.
func briefing(_ arguments: [String], in folder: URL, executable: URL = Project.product("briefing")) throws -> BriefingRun {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BriefingRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}

/// A plain-text article in the format of the shared corpus.
let sampleArticle = """
Harbour bridge approved after six-hour debate
By Jane Reporter
Rivertown's city council approved a new harbour bridge on Friday, ending two years of debate.
The vote was seven to two, and work is due to start in the autumn.
SOURCE: Example News

"""


