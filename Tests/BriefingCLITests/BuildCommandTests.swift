import BriefingTestSupport
import Foundation
import Testing

/// Runs the built `briefing` executable, as a user would.
struct BuildCommandTests {
    func fixtureSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        return folder
    }

    /// The summary line with its timing replaced by `N.NN`.
    func withoutTiming(_ text: String) -> String {
        text.replacingOccurrences(of: #"in [0-9]+\.[0-9]+ s([.,])"#, with: "in N.NN s$1", options: .regularExpression)
    }

    @Test func `build with the default folders writes the site and prints one summary line`() throws {
        let site = try fixtureSite()
        let run = try briefing(["build"], in: site.url)
        #expect(run.status == 0)
        #expect(withoutTiming(run.stdout) == "Built 3 briefs and 1 page (29 files) into Output in N.NN s.\n")
        #expect(run.stderr == "", "no progress lines when standard error is not a terminal")
        #expect(try LinkAudit.problems(inSiteAt: site.url.appendingPathComponent("Output")) == [])
        #expect(FileManager.default.fileExists(atPath: site.path + "/Output/briefs/older-brief/brief.md"))
    }

    @Test func `a build with errors lists them all, exits 1 and keeps the previous output`() throws {
        let site = try fixtureSite()
        #expect(try briefing(["build"], in: site.url).status == 0)
        let index = try Data(contentsOf: site.url.appendingPathComponent("Output/index.html"))
        try site.write("---\ntitle: \"Unclosed\n---\n", to: "Content/briefs/unclosed.md")
        try site.write("---\ntitle: Fine\nslug: Not A Slug\n---\n", to: "Content/briefs/slug.md")

        let run = try briefing(["build", "--jobs", "3"], in: site.url)

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
        Content/briefs/slug.md:3:7: error: the slug 'Not A Slug' cannot be used in a URL. Use lowercase letters, digits and hyphens, such as 'not-a-slug'.
        Content/briefs/unclosed.md:2:17: error: this is not valid YAML: found unexpected end of stream. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.
        Build failed with 2 errors; the previous output was left as it was.

        """)
        #expect(try Data(contentsOf: site.url.appendingPathComponent("Output/index.html")) == index)
    }

    @Test func `keep-going builds the rest, lists what it left out and exits 1`() throws {
        let site = try fixtureSite()
        try site.write("---\ntitle: \"Unclosed\n---\n", to: "Content/briefs/unclosed.md")
        try FileManager.default.createSymbolicLink(atPath: site.path + "/Content/pages/passwd.md", withDestinationPath: "/etc/passwd")

        let run = try briefing(["build", "--keep-going"], in: site.url)

        #expect(run.status == 1)
        #expect(withoutTiming(run.stdout) == "Built 3 briefs and 1 page (29 files) into Output in N.NN s, leaving out what the 2 errors above name. Fix them and build again.\n")
        #expect(run.stderr == """
        Content/briefs/unclosed.md:2:17: error: this is not valid YAML: found unexpected end of stream. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.
        Content/pages/passwd.md: error: this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.

        """)
        #expect(try LinkAudit.problems(inSiteAt: site.url.appendingPathComponent("Output")) == [])
    }

    @Test func `a missing templates folder stops at once with advice`() throws {
        let site = try fixtureSite()
        let run = try briefing(["build", "--templates", "Theme"], in: site.url)
        #expect(run.status == 1)
        #expect(run.stderr == """
        error: there is no templates folder at 'Theme'. Pass --templates FOLDER, or copy the default theme's Templates/ folder.
        Build failed with 1 error; the previous output was left as it was.

        """)
    }

    @Test func `a usage mistake is reported by the argument parser`() throws {
        let run = try briefing(["build", "--jobs", "0"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --jobs must be at least 1, not 0.\n"))
    }
}
