import BriefingTestSupport
import Foundation
import Testing

/// Runs `briefing publish` as a user would.
struct PublishCommandTests {
    func builtFixtureSite() throws -> TemporaryFolder {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Site/Content"), to: "Content")
        try site.copy(Project.templates, to: "Templates")
        #expect(try briefing(["build"], in: site.url).status == 0)
        return site
    }

    @Test func `publish checks the built site, then copies it to the folder`() throws {
        let site = try builtFixtureSite()

        let run = try briefing(["publish", "public"], in: site.url)

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(" links checked, no problems") == true)
        #expect(lines.last?.wholeMatch(of: /Published [0-9]+ files from Output to public\./) != nil, "\(run.stdout)")
        #expect(try Data(contentsOf: site.url.appendingPathComponent("public/index.html")) == Data(contentsOf: site.url.appendingPathComponent("Output/index.html")))
    }

    @Test func `publish refuses a site with problems and lists them`() throws {
        let site = try TemporaryFolder()
        try site.copy(Project.fixtures.appendingPathComponent("Invalid/broken-site"), to: "Built")

        let run = try briefing(["publish", "--output", "Built", "public"], in: site.url)

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
        Built/briefs/a/index.html: the page has no <title>, so browsers, bookmarks and search results show its address instead
        Built/briefs/a/index.html: link '#key-points': no element with id 'key-points'
        Built/briefs/a/index.html: asset '../../images/map.png': no file 'images/map.png' in the site
        Built/briefs/a/index.html: link '../../../notes.html': leads outside the site folder, so it breaks once the site is published; link to a file inside the site
        Built/index.html: asset '/assets/style.css': a link from the domain root breaks when the site is hosted under a sub-path; write 'assets/style.css'
        Built/index.html: link 'briefs/b/index.html': no file 'briefs/b/index.html' in the site
        error: 'Built' has 6 problems, so nothing was published to 'public'. Fix them and build again; 'briefing check Built' lists them.

        """)
        #expect(!FileManager.default.fileExists(atPath: site.path + "/public"))
    }

    @Test func `publish never replaces a folder it did not write`() throws {
        let site = try builtFixtureSite()
        try site.write("keep me\n", to: "www/notes.txt")

        let run = try briefing(["publish", "www"], in: site.url)

        #expect(run.status == 1)
        #expect(run.stderr == "error: 'www' holds files that Briefing did not publish, so it is not replaced. Publish to a new or empty folder, or to one an earlier 'briefing publish' wrote.\n")
        #expect(try String(contentsOfFile: site.path + "/www/notes.txt", encoding: .utf8) == "keep me\n")
    }
}
