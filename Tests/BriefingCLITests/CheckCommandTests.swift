import BriefingTestSupport
import Foundation
import Testing

/// Runs `briefing check` on built sites, as a user would.
struct CheckCommandTests {
    @Test func `check passes a freshly built fixture site and says how much it checked`() throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        #expect(try briefing(["build"], in: site.url).status == 0)

        let run = try briefing(["check"], in: site.url)

        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.wholeMatch(of: /[0-9]+ pages, [0-9]+ links checked, no problems\n/) != nil, "got \(run.stdout)")
    }

    @Test func `check lists every problem of a broken site with its page and exits 1`() throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Invalid/broken-site"), to: "Public")

        let run = try briefing(["check", "Public"], in: site.url)

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
        Public/briefs/a/index.html: the page has no <title>, so browsers, bookmarks and search results show its address instead
        Public/briefs/a/index.html: link '#key-points': no element with id 'key-points'
        Public/briefs/a/index.html: asset '../../images/map.png': no file 'images/map.png' in the site
        Public/briefs/a/index.html: link '../../../notes.html': leads outside the site folder, so it breaks once the site is published; link to a file inside the site
        Public/index.html: asset '/assets/style.css': a link from the domain root breaks when the site is hosted under a sub-path; write 'assets/style.css'
        Public/index.html: link 'briefs/b/index.html': no file 'briefs/b/index.html' in the site
        Found 6 problems (2 pages, 8 links checked).

        """)
    }

    @Test func `check without a built site stops with advice`() throws {
        let folder = try TemporaryFolder()
        let run = try briefing(["check"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr == "error: there is no site at 'Output' to check. Build it first with 'briefing build', or name the site's folder: briefing check FOLDER.\n")
    }
}
