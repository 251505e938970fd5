import BriefingTestSupport
import Foundation
import Testing

/// Runs `briefing convert` as a user would.
struct ConvertCommandTests {
    /// A site folder with one article in `Content/articles/`.
    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("title: Test site\n", to: "Content/site.yml")
        try folder.write(sampleArticle, to: "Content/articles/harbour-bridge.txt")
        return folder
    }

    @Test
    func `convert writes one brief per article and says so`() throws {
        let site = try site()
        let run = try briefing(["convert", "Content/articles/harbour-bridge.txt"], in: site.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
        Wrote Content/briefs/harbour-bridge.md from Content/articles/harbour-bridge.txt
        Wrote 1 brief into Content/briefs.

        """)
        let brief = try String(contentsOfFile: site.path + "/Content/briefs/harbour-bridge.md", encoding: .utf8)
        #expect(brief.hasPrefix("---\ntitle: \"Harbour bridge approved after six-hour debate\"\nslug: harbour-bridge\n"))
    }

    @Test
    func `convert refuses to replace a brief without --force`() throws {
        let site = try site()
        let edited = "---\ntitle: Edited by hand\n---\n"
        try site.write(edited, to: "Content/briefs/harbour-bridge.md")

        let refused = try briefing(["convert", "Content/articles/harbour-bridge.txt"], in: site.url)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == """
        Content/briefs/harbour-bridge.md: error: this brief already exists, so the brief of 'Content/articles/harbour-bridge.txt' was not written over it. Pass --force to replace it, or move it away first.
        Wrote 0 of 1 brief into Content/briefs; 1 error.

        """)
        #expect(try String(contentsOfFile: site.path + "/Content/briefs/harbour-bridge.md", encoding: .utf8) == edited)

        let forced = try briefing(["convert", "--force", "Content/articles/harbour-bridge.txt"], in: site.url)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: site.path + "/Content/briefs/harbour-bridge.md", encoding: .utf8) != edited)
    }

    @Test func `convert lists every article it could not read and exits 1`() throws {
        let site = try site()
        let run = try briefing(["convert", "Content/articles/missing.txt", "Content/articles/gone.md"], in: site.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("Content/articles/missing.txt") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Content/articles/gone.md") == true)
        #expect(lines.last == "Wrote 0 of 2 briefs into Content/briefs; 2 errors.")
    }

    @Test func `convert without articles is a usage mistake`() throws {
        let site = try site()
        let run = try briefing(["convert"], in: site.url)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: Missing expected argument '<articles> ...'\n"))
    }

    @Test func `convert without a content folder stops at once with advice`() throws {
        let folder = try TemporaryFolder()
        let run = try briefing(["convert", "a.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr == "error: there is no content folder at 'Content'. Run the command from your site's folder, or pass --content FOLDER.\n")
    }
}
