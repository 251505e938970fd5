import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// The built site served by a plain static web server under a sub-path: every page and asset reached by following
/// links answers 200 (scripts/serve-and-crawl.py: Python's http.server on a free loopback port, and a crawler).
struct ServedSiteTests {
    @Test func `served under a sub-path by a static server, every link of every page answers`() async throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        let output = site.path + "/Output"
        _ = try await SiteBuilder(options: BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: output, jobs: 2)).build()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Project.root.appendingPathComponent("scripts/serve-and-crawl.py").path, output, "team/briefing"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "\(text)")
        let summary = try #require(text.split(separator: "\n").last)
        #expect(summary.hasSuffix("served under /team/briefing/, 0 failures"), "\(summary)")
        let pages = Int(summary.split(separator: " ").first ?? "") ?? 0
        #expect(pages >= 15, "only \(pages) pages were reached: \(summary)")
    }
}
