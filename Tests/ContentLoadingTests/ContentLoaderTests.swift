import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct ContentLoaderTests {
    @Test func `every broken file is reported and the good ones are still read`() throws {
        let folder = try TemporaryFolder()
        try folder.write("title: Test site\n", to: "Content/site.yml")
        try folder.write("---\ntitle: Good\n---\nBody\n", to: "Content/briefs/a-good.md")
        try folder.write("---\ntitle: [\n---\n", to: "Content/briefs/b-broken.md")
        try folder.write("---\ntitle: Good\nslug: a-good\n---\nAgain\n", to: "Content/briefs/c-same-slug.md")
        try folder.write("body {}", to: "Content/static/css/extra.css")
        let content = folder.path + "/Content"

        let (site, errors) = try ContentLoader().content(in: content)

        #expect(site.config.title == "Test site")
        #expect(site.briefs.map(\.slug) == ["a-good"])
        #expect(site.staticFiles == [StaticFile(sourcePath: content + "/static/css/extra.css", outputPath: "css/extra.css")])
        #expect(errors.map(\.description) == [
            "\(content)/briefs/b-broken.md:3:1: error: this is not valid YAML: did not find expected node content. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.",
            "\(content)/briefs/c-same-slug.md: error: this brief has the slug 'a-good', like \(content)/briefs/a-good.md. Give one of them another 'slug:'.",
        ])
    }

    @Test func `links out of the content folder are refused, links inside it are followed`() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret", to: "outside.txt")
        try folder.write("inside", to: "Content/static/real.txt")
        let content = folder.path + "/Content"
        try FileManager.default.createSymbolicLink(atPath: content + "/static/leak.txt", withDestinationPath: folder.path + "/outside.txt")
        try FileManager.default.createSymbolicLink(atPath: content + "/static/alias.txt", withDestinationPath: "real.txt")
        try FileManager.default.createSymbolicLink(atPath: content + "/static/loop", withDestinationPath: "loop")

        let (site, errors) = try ContentLoader().content(in: content)

        #expect(site.staticFiles.map(\.outputPath) == ["alias.txt", "real.txt"])
        #expect(errors.map(\.description) == [
            "\(content)/static/leak.txt: error: this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.",
            "\(content)/static/loop: error: this link leads back to itself through other links, so it leads nowhere. Remove it or point it at a file in the content folder.",
        ])
    }

    @Test func `articles, briefs and pages are never read through a link out of the content folder, a loop or a pipe`() throws {
        let folder = try TemporaryFolder()
        try folder.write("Secret title\n\nSecret text outside the site.\n", to: "outside/secret.txt")
        try folder.write("---\ntitle: Secret page\n---\nSecret.\n", to: "outside/page.md")
        try folder.write("Inside title\n\nThe story, told inside the site.\n", to: "Content/articles/real.txt")
        let content = folder.path + "/Content"
        let link = FileManager.default.createSymbolicLink(atPath:withDestinationPath:)
        try link(content + "/articles/passwd.txt", "/etc/passwd")
        try link(content + "/articles/secret.txt", folder.path + "/outside/secret.txt")
        try link(content + "/articles/alias.txt", "real.txt")
        try link(content + "/articles/loop.txt", "loop.txt")
        try link(content + "/articles/folder.txt", content)
        try link(content + "/pages", folder.path + "/outside")
        try FileManager.default.createDirectory(atPath: content + "/briefs", withIntermediateDirectories: true)
        try link(content + "/briefs/gone.md", content + "/briefs/nothing-here.md")
        #expect(mkfifo(content + "/articles/pipe.txt", 0o644) == 0)

        let (site, errors) = try ContentLoader().content(in: content)

        #expect(site.articles.map(\.path) == [content + "/articles/alias.txt", content + "/articles/real.txt"])
        #expect(site.pages.isEmpty)
        #expect(errors.map(\.description) == [
            "\(content)/briefs/gone.md: error: this link leads nowhere. Remove it or point it at a file in the content folder.",
            "\(content)/articles/folder.txt: error: this is a link to a folder, and folder links are not followed. Copy the folder instead.",
            "\(content)/articles/loop.txt: error: this link leads back to itself through other links, so it leads nowhere. Remove it or point it at a file in the content folder.",
            "\(content)/articles/passwd.txt: error: this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.",
            "\(content)/articles/pipe.txt: error: this is neither a file nor a folder (a pipe, socket or device). Remove it from the content folder.",
            "\(content)/articles/secret.txt: error: this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.",
            "\(content)/pages: error: this link leads outside the content folder, so it is not published. Copy the file into the content folder instead.",
        ])
    }

    @Test func `a missing content folder stops everything with advice`() {
        #expect(throws: BriefingError(.invalidProject("there is no content folder at '/nonexistent/Content'. Run the command from your site's folder, or pass --content FOLDER."))) {
            try ContentLoader().content(in: "/nonexistent/Content")
        }
    }

    @Test func `told which articles changed, the loader reads those and takes the others from its cache`() throws {
        let folder = try TemporaryFolder()
        for name in ["a", "b", "c"] { try folder.write("Title \(name)\nBy A. Reporter\nThe text of \(name).\n", to: "Content/articles/\(name).txt") }
        let content = folder.path + "/Content"
        var cache = ArticleReadCache()
        _ = try ContentLoader().content(in: content, articleCache: &cache)

        // a changes unannounced; b changes; c goes; d comes; a folder that is no article appears.
        try folder.write("Title a, edited\nThe text of a.\n", to: "Content/articles/a.txt")
        try folder.write("Title b, edited\nThe text of b.\n", to: "Content/articles/b.txt")
        try FileManager.default.removeItem(atPath: content + "/articles/c.txt")
        try folder.write("Title d\nThe text of d.\n", to: "Content/articles/d.txt")
        try folder.write("x", to: "Content/articles/e.txt/inside.txt")
        let (site, errors) = try ContentLoader().content(in: content, articleCache: &cache, changedArticles: ["b.txt", "c.txt", "d.txt", "e.txt"])

        #expect(errors.isEmpty)
        #expect(site.articles.map(\.title) == ["Title a", "Title b, edited", "Title d"])
        // Without the list, every file is looked at again.
        let (again, _) = try ContentLoader().content(in: content, articleCache: &cache)
        #expect(again.articles.map(\.title) == ["Title a, edited", "Title b, edited", "Title d"])
    }
}
