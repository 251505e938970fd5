import BriefingCore
import ContentLoading
import Testing

struct PageReaderTests {
    @Test func `a page takes its slug from the file name and its title from the front matter`() throws {
        let page = try PageReader().page(from: "---\ntitle: About us\n---\nText.\n", path: "Content/pages/about.md")
        #expect(page == Page(title: "About us", slug: "about", body: "Text.\n", bodyLine: 4, path: "Content/pages/about.md"))
    }

    @Test func `a page without front matter takes its title from its first heading`() throws {
        let page = try PageReader().page(from: "# Colophon\n\nMade here.\n", path: "pages/colophon.md")
        #expect(page.title == "Colophon")
    }

    @Test func `a page cannot take a slug the site uses`() {
        #expect(throws: BriefingError(.invalidContent("the page slug 'briefs' is used by the site itself. Rename the file or set another 'slug:'."), at: SourceLocation(path: "pages/briefs.md"))) {
            try PageReader().page(from: "Hi\n", path: "pages/briefs.md")
        }
    }
}
