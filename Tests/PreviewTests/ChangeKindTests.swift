@testable import Preview
import SiteBuilding
import Testing

struct ChangeKindTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var kind: ChangeKind?
        var testDescription: String { path }
    }

    static let cases: [Case] = [
        Case(path: "Content/articles/ferry.txt", kind: .content),
        Case(path: "./Content/briefs/ferry.md", kind: .content),
        Case(path: "Content/site.yml", kind: .content),
        Case(path: "Content/pages/about.md", kind: .content),
        Case(path: "Content/static/images/logo.png", kind: .staticFile),
        Case(path: "Content/static", kind: .staticFile),
        Case(path: "Templates/brief.mustache", kind: .template),
        Case(path: "Templates/partials/sidebar.mustache", kind: .template),
        Case(path: "Templates/assets/style.css", kind: .template),
        Case(path: "Content/articles/.ferry.txt.swp", kind: nil),
        Case(path: "Content/articles/ferry.txt~", kind: nil),
        Case(path: "Content/articles/#ferry.txt#", kind: nil),
        Case(path: "Content/articles/4913", kind: nil),
        Case(path: "Content/.git/index", kind: nil),
        Case(path: "Templates/.DS_Store", kind: nil),
        Case(path: "Output/index.html", kind: nil),
        Case(path: "ContentExtra/articles/x.txt", kind: nil),
    ]

    @Test(arguments: cases)
    func `a changed path is classified by the folder it is in`(_ example: Case) {
        #expect(ChangeKind(path: example.path, contentFolder: "Content", templatesFolder: "Templates") == example.kind)
    }

    @Test func `absolute and relative spellings of a folder agree`() {
        #expect(ChangeKind(path: "/site/Content/articles/a.txt", contentFolder: "/site/Content/", templatesFolder: "/site/Templates") == .content)
        #expect(ChangeKind(path: "/site/Templates/page.mustache", contentFolder: "/site/Content", templatesFolder: "/site/./Templates") == .template)
    }

    @Test func `a burst of changes asks a rebuild to redo each part it touched`() {
        #expect([ChangeKind.content, .content].changes == .content)
        #expect([ChangeKind.staticFile, .template].changes == [.staticFiles, .templates])
        #expect([ChangeKind]().changes == [])
    }

    @Test func `only a file directly in the articles folder is named as a changed article`() {
        #expect(ChangeKind.articleName("Content/articles/ferry.txt", contentFolder: "Content") == "ferry.txt")
        #expect(ChangeKind.articleName("/site/Content/articles/a b.html", contentFolder: "/site/./Content/") == "a b.html")
        #expect(ChangeKind.articleName("Content/articles", contentFolder: "Content") == nil, "the folder itself (inotify's overflow names folders)")
        #expect(ChangeKind.articleName("Content/articles/old/ferry.txt", contentFolder: "Content") == nil)
        #expect(ChangeKind.articleName("Content/briefs/ferry.md", contentFolder: "Content") == nil)
        #expect(ChangeKind.articleName("Content/site.yml", contentFolder: "Content") == nil)
    }
}
