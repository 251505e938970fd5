import BriefingTestSupport
import Foundation
import Testing

/// Runs `briefing init` from a copy of the binary outside the repository, then builds and checks the new site.
struct InitCommandTests {
    @Test func `a site made by init from a lone copy of the binary builds and passes check`() throws {
        let place = try TemporaryFolder()
        let binary = place.url.appendingPathComponent("bin/briefing")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Project.product("briefing"), to: binary)

        let created = try briefing(["init", "news"], in: place.url, executable: binary)
        #expect(created.status == 0)
        #expect(created.stderr == "")
        #expect(created.stdout.hasPrefix("Created news/Content (site.yml, 1 example article, 1 page) and news/Templates (the default theme, "))
        #expect(created.stdout.hasSuffix(" files).\nNext: cd news && briefing build, then open Output/index.html in a browser.\n"))

        let built = try briefing(["build", "--content", "news/Content", "--templates", "news/Templates", "--output", "news/Output"], in: place.url, executable: binary)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasPrefix("Built 1 brief and 1 page ("))
        #expect(FileManager.default.fileExists(atPath: place.path + "/news/Output/briefs/harbour-bridge-approved/index.html"))

        let checked = try briefing(["check", "news/Output"], in: place.url, executable: binary)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.hasSuffix(" links checked, no problems\n"))
    }

    @Test func `init refuses a folder that holds files and suggests another`() throws {
        let place = try TemporaryFolder()
        try place.write("my notes\n", to: "news/notes.txt")

        let run = try briefing(["init", "news"], in: place.url)

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: 'news' is not empty, so no site was created in it; Briefing never writes among other files. Pass a new or empty folder, such as 'news-2'.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.path + "/news") == ["notes.txt"])
    }

    @Test func `init without a folder is a usage mistake`() throws {
        let run = try briefing(["init"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: Missing expected argument '<folder>'\n"))
    }
}
