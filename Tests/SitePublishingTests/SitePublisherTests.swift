import BriefingCore
import BriefingTestSupport
import Foundation
import SiteChecking
import SitePublishing
import Testing

/// Records the commands it is asked to run and answers each with the next prepared result.
final class RecordingRunner: CommandRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [[String]] = []
    private var results: [CommandResult]

    init(results: [CommandResult]) {
        self.results = results
    }

    var calls: [[String]] { lock.withLock { recorded } }

    func run(_ arguments: [String]) throws -> CommandResult {
        lock.withLock {
            recorded.append(arguments)
            return results.isEmpty ? CommandResult(status: 0) : results.removeFirst()
        }
    }
}

/// `SitePublisher` checks first, then replaces a folder whole or runs rsync, never over files it did not publish.
struct SitePublisherTests {
    /// A folder holding a small built site in `Output/`, passing check.
    func builtSite(version: String = "one") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Self.page(title: "Home \(version)", body: #"<a href="about/index.html">About</a>"#), to: "Output/index.html")
        try folder.write(Self.page(title: "About", body: #"<a href="../index.html">Home</a>"#), to: "Output/about/index.html")
        try folder.write("", to: "Output/.briefing-output")
        try folder.write("the build record, never published", to: "Output/.briefing-cache")
        return folder
    }

    static func page(title: String, body: String) -> String {
        "<!DOCTYPE html><html><head><title>\(title)</title></head><body>\(body)</body></html>\n"
    }

    func options(_ site: TemporaryFolder, to destination: String) -> PublishOptions {
        PublishOptions(outputFolder: site.path + "/Output", destination: destination)
    }

    @Test func `publishing to a new folder copies the site with its marker, not the build record`() throws {
        let site = try builtSite()
        let destination = site.path + "/public/briefing"

        let summary = try SitePublisher(options: options(site, to: destination)).publish()

        #expect(summary.line == "Published 2 files from \(site.path)/Output to \(destination).")
        #expect(summary.check.summary == "2 pages, 2 links checked, no problems")
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination).sorted() == [".briefing-output", "about", "index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/public") == ["briefing"], "no staging folder is left behind")
    }

    @Test func `publishing again swaps the new site in whole, dropping files it no longer has`() throws {
        let site = try builtSite()
        let destination = site.path + "/public"
        _ = try SitePublisher(options: options(site, to: destination)).publish()
        try site.write(Self.page(title: "Home two", body: ""), to: "Output/index.html")
        try FileManager.default.removeItem(atPath: site.path + "/Output/about")

        _ = try SitePublisher(options: options(site, to: destination)).publish()

        #expect(try String(contentsOfFile: destination + "/index.html", encoding: .utf8).contains("Home two"))
        #expect(!FileManager.default.fileExists(atPath: destination + "/about"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["Output", "public"])
    }

    @Test func `an empty folder is published into`() throws {
        let site = try builtSite()
        try FileManager.default.createDirectory(atPath: site.path + "/public", withIntermediateDirectories: false)
        _ = try SitePublisher(options: options(site, to: site.path + "/public")).publish()
        #expect(FileManager.default.fileExists(atPath: site.path + "/public/index.html"))
    }

    @Test func `a folder that Briefing did not publish is refused and left as it was`() throws {
        let site = try builtSite()
        try site.write("my files\n", to: "home/notes.txt")
        let destination = site.path + "/home"

        #expect(throws: PublishFailure(error: BriefingError(.outputFailed("'\(destination)' holds files that Briefing did not publish, so it is not replaced. Publish to a new or empty folder, or to one an earlier 'briefing publish' wrote.")))) {
            try SitePublisher(options: options(site, to: destination)).publish()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination) == ["notes.txt"])
    }

    @Test func `a site with problems is not published, and the problems are listed`() throws {
        let site = try builtSite()
        try site.write(Self.page(title: "About", body: #"<a href="../missing.html">Gone</a>"#), to: "Output/about/index.html")
        let destination = site.path + "/public"
        let runner = RecordingRunner(results: [])

        do {
            _ = try SitePublisher(options: options(site, to: destination), runner: runner).publish()
            Issue.record("published a site with a broken link")
        } catch let failure as PublishFailure {
            #expect(failure.description == """
            \(site.path)/Output/about/index.html: link '../missing.html': no file 'missing.html' in the site
            error: '\(site.path)/Output' has 1 problem, so nothing was published to '\(destination)'. Fix it and build again; 'briefing check \(site.path)/Output' lists them.
            """)
        }
        #expect(!FileManager.default.fileExists(atPath: destination))
        #expect(runner.calls == [])
    }

    @Test func `an output folder inside the destination, or the other way round, is refused`() throws {
        let site = try builtSite()
        #expect(throws: PublishFailure.self) { try SitePublisher(options: options(site, to: site.path + "/Output/copy")).publish() }
        #expect(throws: PublishFailure.self) { try SitePublisher(options: options(site, to: site.path)).publish() }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Output/copy"))
    }

    @Test func `a missing output folder says to build first`() throws {
        let folder = try TemporaryFolder()
        #expect(throws: PublishFailure(error: BriefingError(.invalidProject("there is no built site at '\(folder.path)/Output' to publish. Run 'briefing build' first, or pass --output FOLDER.")))) {
            try SitePublisher(options: PublishOptions(outputFolder: folder.path + "/Output", destination: folder.path + "/public")).publish()
        }
    }

    @Test func `an rsync destination is listed, then synced with only the changed files, deleting what is gone`() throws {
        let site = try builtSite()
        let runner = RecordingRunner(results: [
            CommandResult(status: 0, output: """
            drwxr-xr-x          4,096 2025/11/29 10:00:00 .
            -rw-r--r--              0 2025/11/29 10:00:00 .briefing-output
            -rw-r--r--          1,204 2025/11/29 10:00:00 index.html

            """),
            CommandResult(status: 0),
        ])

        let summary = try SitePublisher(options: options(site, to: "deploy@example.org:/var/www/briefing"), runner: runner).publish()

        #expect(runner.calls == [
            ["rsync", "--list-only", "deploy@example.org:/var/www/briefing/"],
            ["rsync", "-a", "--delete", "--checksum", "--exclude=/.briefing-cache", site.path + "/Output/", "deploy@example.org:/var/www/briefing/"],
        ])
        #expect(summary.line == "Published 2 files from \(site.path)/Output to deploy@example.org:/var/www/briefing with rsync.")
    }

    @Test func `a new rsync folder is created by the sync`() throws {
        let site = try builtSite()
        let runner = RecordingRunner(results: [
            CommandResult(status: 23, errors: "rsync: [sender] change_dir \"/var/www/new\" failed: No such file or directory (2)\n"),
            CommandResult(status: 0),
        ])
        _ = try SitePublisher(options: options(site, to: "example.org:/var/www/new/"), runner: runner).publish()
        #expect(runner.calls.last == ["rsync", "-a", "--delete", "--checksum", "--exclude=/.briefing-cache", site.path + "/Output/", "example.org:/var/www/new/"])
    }

    @Test func `an rsync folder that Briefing did not publish is never synced with --delete`() throws {
        let site = try builtSite()
        let runner = RecordingRunner(results: [
            CommandResult(status: 0, output: """
            drwxr-xr-x          4,096 2025/11/29 10:00:00 .
            -rw-r--r--            220 2025/11/29 10:00:00 .bashrc
            drwxr-xr-x          4,096 2025/11/29 10:00:00 my documents

            """),
        ])
        #expect(throws: PublishFailure(error: BriefingError(.outputFailed("'example.org:www' holds files that Briefing did not publish, so rsync --delete was not run on it. Publish to a new or empty folder, or to one an earlier 'briefing publish' wrote.")))) {
            try SitePublisher(options: options(site, to: "example.org:www"), runner: runner).publish()
        }
        #expect(runner.calls == [["rsync", "--list-only", "example.org:www/"]])
    }

    @Test func `an rsync destination without a folder is refused before rsync runs`() throws {
        let site = try builtSite()
        let runner = RecordingRunner(results: [])
        #expect(throws: PublishFailure(error: BriefingError(.outputFailed("'example.org:' names no folder on the host, and rsync would publish into the whole home folder there. Name the folder, such as 'example.org:/var/www/briefing' or 'example.org:public_html/briefing'.")))) {
            try SitePublisher(options: options(site, to: "example.org:"), runner: runner).publish()
        }
        #expect(runner.calls == [])
    }

    @Test func `a missing rsync or a failed transfer is reported with rsync's own words`() throws {
        let site = try builtSite()
        #expect(throws: PublishFailure(error: BriefingError(.outputFailed("rsync is not installed, so nothing was published to 'host:site'. Install it (on Debian: apt-get install rsync), or publish to a folder.")))) {
            try SitePublisher(options: options(site, to: "host:site"), runner: RecordingRunner(results: [CommandResult(status: 127)])).publish()
        }
        let failing = RecordingRunner(results: [
            CommandResult(status: 0, output: ""),
            CommandResult(status: 12, errors: "rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12)\n"),
        ])
        #expect(throws: PublishFailure(error: BriefingError(.outputFailed("rsync to 'host:site' failed with status 12; the copy may be incomplete; run the command again once the cause is fixed."), underlying: "rsync: connection unexpectedly closed (0 bytes received so far) [sender]"))) {
            try SitePublisher(options: options(site, to: "host:site"), runner: failing).publish()
        }
    }

    @Test(arguments: [
        ("host:path", PublishDestination.rsync("host:path")),
        ("user@host:/var/www", .rsync("user@host:/var/www")),
        ("rsync://host/module/site", .rsync("rsync://host/module/site")),
        ("/srv/www/briefing", .folder("/srv/www/briefing")),
        ("public", .folder("public")),
        ("./odd:name", .folder("./odd:name")),
    ])
    func `a destination with a colon before any slash is an rsync destination`(text: String, expected: PublishDestination) {
        #expect(PublishDestination(text) == expected)
    }
}
