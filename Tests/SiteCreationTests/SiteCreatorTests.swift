import BriefingCore
import BriefingTestSupport
import Foundation
import SiteCreation
import Testing

/// `SiteCreator` writes a complete new site, and never among other files.
struct SiteCreatorTests {
    @Test func `a new folder gets the starter content, the whole theme and a gitignore`() throws {
        let parent = try TemporaryFolder()
        let folder = parent.path + "/news"

        let summary = try SiteCreator(folder: folder).create()

        #expect(summary.contentFiles == ["Content/articles/harbour-bridge-approved.txt", "Content/pages/about.md", "Content/site.yml"])
        for file in summary.contentFiles + [".gitignore", "Templates/layout.mustache", "Templates/assets/style.css"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
        }
        #expect(summary.themeFiles >= 8, "layout, index, brief, page, 404, two partials and the stylesheet at least")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["news"], "no staging folder is left behind")
    }

    @Test func `an empty folder is filled`() throws {
        let folder = try TemporaryFolder()
        _ = try SiteCreator(folder: folder.path).create()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".gitignore", "Content", "Templates"])
    }

    @Test func `a folder that holds anything is refused and left as it was, with another name suggested`() throws {
        let parent = try TemporaryFolder()
        try parent.write("notes\n", to: "blog/notes.txt")
        try parent.write("", to: "blog-2/kept.txt")
        let folder = parent.path + "/blog"

        #expect(throws: BriefingError(.outputFailed("'\(folder)' is not empty, so no site was created in it; Briefing never writes among other files. Pass a new or empty folder, such as '\(folder)-3'."))) {
            try SiteCreator(folder: folder).create()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["blog", "blog-2"])
    }

    @Test func `the summary says what was created and what to do next`() {
        let summary = SiteCreationSummary(folder: "news/", contentFiles: ["Content/articles/a.txt", "Content/pages/about.md", "Content/site.yml"], themeFiles: 12)
        #expect(summary.lines == [
            "Created news/Content (site.yml, 1 example article, 1 page) and news/Templates (the default theme, 12 files).",
            "Next: cd news && briefing build, then open Output/index.html in a browser.",
        ])
    }
}
