import BriefingCore
import BriefingTestSupport
import Foundation
import SiteChecking
import Testing

/// The checker on small hand-written sites, one problem each.
struct SiteCheckerTests {
    /// A page with a title and `body`.
    static func page(_ body: String, title: String = "A page") -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>\(title)</title><link rel="stylesheet" href="STYLE"></head>
        <body>
        <main id="main">
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A two-level site: index.html, briefs/a/index.html (with the given body), assets/style.css.
    func site(brief body: String, title: String = "Brief A") throws -> TemporaryFolder {
        let site = try TemporaryFolder()
        try site.write(Self.page(#"<a href="briefs/a/index.html">A</a>"#).replacingOccurrences(of: "STYLE", with: "assets/style.css"), to: "index.html")
        try site.write(Self.page(body, title: title).replacingOccurrences(of: "STYLE", with: "../../assets/style.css"), to: "briefs/a/index.html")
        try site.write("body { color: black; }\n", to: "assets/style.css")
        return site
    }

    func lines(_ site: TemporaryFolder) throws -> [String] {
        try SiteChecker().check(siteAt: site.path).problems.map(\.description)
    }

    @Test func `a site whose links all resolve has no problems`() throws {
        let site = try site(brief: """
        <nav><a href="../../index.html">Home</a> <a href="#key-points">Key points</a> <a href="#top">Top</a></nav>
        <h2 id="key-points">Key points</h2>
        <a href="../../index.html?page=2#main">Home</a>
        <img src="../../images/logo%20wide.png" srcset="../../images/logo%20wide.png 1x, ../../images/logo@2x.png 2x" alt="">
        <a href="https://example.org/">Elsewhere</a> <a href="mailto:desk@example.org">Mail</a> <a href="//cdn.example.org/x.js">CDN</a>
        <img src="data:image/png;base64,AAAA" alt="">
        """)
        try site.write("png", to: "images/logo wide.png")
        try site.write("png", to: "images/logo@2x.png")
        let report = try SiteChecker().check(siteAt: site.path)
        #expect(report.problems == [])
        #expect(report.pages == 2)
        #expect(report.links == 10, "2 stylesheets, the index's link, 4 links, an image and its 2 srcset candidates")
        #expect(report.summary == "2 pages, 10 links checked, no problems")
    }

    @Test func `a link to a missing page names the file it looked for`() throws {
        let site = try site(brief: #"<a href="../b/index.html">B</a>"#)
        #expect(try lines(site) == ["briefs/a/index.html: link '../b/index.html': no file 'briefs/b/index.html' in the site"])
    }

    @Test func `a link to a missing anchor names the id`() throws {
        let site = try site(brief: ##"<h2 id="quotes">Quotes</h2> <a href="#key-points">Key points</a> <a href="../../index.html#latest">Latest</a>"##)
        #expect(try lines(site) == [
            "briefs/a/index.html: link '#key-points': no element with id 'key-points'",
            "briefs/a/index.html: link '../../index.html#latest': no element with id 'latest'",
        ])
    }

    @Test func `a missing asset is reported from src, srcset, link href and CSS url()`() throws {
        let site = try site(brief: """
        <img src="../../images/photo.jpg" srcset="../../images/photo-small.jpg 480w, ../../images/photo.jpg 800w" alt="">
        <script src="../../assets/search.js"></script>
        <div style="background: url('../../images/texture.png')"></div>
        """)
        try site.write("@import 'print.css';\nbody { background: url(../images/paper.png) } /* url(ignored.png) */\n", to: "assets/style.css")
        #expect(try lines(site) == [
            "assets/style.css: asset 'print.css': no file 'assets/print.css' in the site",
            "assets/style.css: asset '../images/paper.png': no file 'images/paper.png' in the site",
            "briefs/a/index.html: asset '../../images/photo.jpg': no file 'images/photo.jpg' in the site",
            "briefs/a/index.html: asset '../../images/photo-small.jpg': no file 'images/photo-small.jpg' in the site",
            "briefs/a/index.html: asset '../../assets/search.js': no file 'assets/search.js' in the site",
            "briefs/a/index.html: asset '../../images/texture.png': no file 'images/texture.png' in the site",
        ])
    }

    @Test func `a root-absolute link is reported with the relative address to write instead`() throws {
        let site = try site(brief: #"<a href="/about/">About</a> <a href="/index.html#main">Home</a> <link rel="icon" href="/favicon.ico">"#)
        try site.write(Self.page("About").replacingOccurrences(of: "STYLE", with: "../assets/style.css"), to: "about/index.html")
        #expect(try lines(site) == [
            "briefs/a/index.html: link '/about/': a link from the domain root breaks when the site is hosted under a sub-path; write '../../about/index.html'",
            "briefs/a/index.html: link '/index.html#main': a link from the domain root breaks when the site is hosted under a sub-path; write '../../index.html#main'",
            "briefs/a/index.html: asset '/favicon.ico': a link from the domain root breaks when the site is hosted under a sub-path; write '../../favicon.ico'",
        ])
    }

    @Test func `a page without a title, or with an empty one, is reported`() throws {
        let site = try site(brief: "<p>Text</p>", title: " \n ")
        try site.write("<!DOCTYPE html><html><head></head><body><p>No title</p></body></html>", to: "untitled.html")
        #expect(try lines(site) == [
            "briefs/a/index.html: the page's <title> is empty, so browsers, bookmarks and search results show its address instead",
            "untitled.html: the page has no <title>, so browsers, bookmarks and search results show its address instead",
        ])
    }

    @Test func `a link that leaves the site folder is reported`() throws {
        let site = try site(brief: #"<a href="../../../elsewhere/index.html">Out</a> <a href="file:///etc/hosts">Hosts</a>"#)
        #expect(try lines(site) == [
            "briefs/a/index.html: link '../../../elsewhere/index.html': leads outside the site folder, so it breaks once the site is published; link to a file inside the site",
            "briefs/a/index.html: link 'file:///etc/hosts': leads outside the site folder, so it breaks once the site is published; link to a file inside the site",
        ])
    }

    @Test func `a symbolic link out of the site folder is reported`() throws {
        let site = try site(brief: #"<img src="../../shared/logo.png" alt="">"#)
        let elsewhere = try TemporaryFolder()
        try elsewhere.write("png", to: "logo.png")
        try FileManager.default.createSymbolicLink(at: site.url.appendingPathComponent("shared"), withDestinationURL: elsewhere.url)
        #expect(try lines(site) == [
            "briefs/a/index.html: asset '../../shared/logo.png': leads outside the site folder, so it breaks once the site is published; link to a file inside the site",
        ])
    }

    @Test func `a link to a folder is reported with the address of its index page`() throws {
        let site = try site(brief: #"<a href="../../">Home</a> <a href="../a#top">This</a> <a href="../missing/">Missing</a>"#)
        #expect(try lines(site) == [
            "briefs/a/index.html: link '../../': a link to a folder opens a file listing when the site is read from disk; write '../../index.html'",
            "briefs/a/index.html: link '../a#top': a link to a folder opens a file listing when the site is read from disk; write '../a/index.html#top'",
            "briefs/a/index.html: link '../missing/': no file 'briefs/missing/index.html' in the site",
        ])
    }

    @Test func `a site without a home page is reported`() throws {
        let site = try TemporaryFolder()
        try site.write(Self.page("Hello").replacingOccurrences(of: #"<link rel="stylesheet" href="STYLE">"#, with: ""), to: "hello.html")
        let report = try SiteChecker().check(siteAt: site.path + "/")
        #expect(report.lines == ["\(site.path): there is no index.html, so the site has no home page"])
        #expect(report.summary == "Found 1 problem (1 page, 0 links checked).")
    }

    @Test func `a problem repeated on one page is reported once and each line starts with the folder as given`() throws {
        let site = try site(brief: #"<a href="../b/index.html">B</a> <a href="../b/index.html">B again</a>"#)
        let report = try SiteChecker().check(siteAt: site.path)
        #expect(report.lines == ["\(site.path)/briefs/a/index.html: link '../b/index.html': no file 'briefs/b/index.html' in the site"])
        #expect(report.summary == "Found 1 problem (2 pages, 5 links checked).")
    }

    @Test func `a missing site folder is an error with advice`() throws {
        #expect(throws: BriefingError(.invalidProject("there is no site at 'Nowhere' to check. Build it first with 'briefing build', or name the site's folder: briefing check FOLDER."))) {
            try SiteChecker().check(siteAt: "Nowhere")
        }
    }
}
