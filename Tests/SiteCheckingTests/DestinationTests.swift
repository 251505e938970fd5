@testable import SiteChecking
import Testing

/// Where addresses lead from a page two folders deep, worked out from the text alone.
struct DestinationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let address: String
        let expected: Destination
        var testDescription: String { "'\(address)'" }
    }

    static let page = "briefs/a/index.html"

    static func inSite(_ components: [String], folder: Bool = false, _ fragment: String? = nil) -> Destination {
        .inSite(Destination.SitePath(components: components, namesFolder: folder, fragment: fragment))
    }

    static let cases: [Case] = [
        Case(address: "../b/index.html", expected: inSite(["briefs", "b", "index.html"])),
        Case(address: "brief.md", expected: inSite(["briefs", "a", "brief.md"])),
        Case(address: "#key-points", expected: inSite(["briefs", "a", "index.html"], "key-points")),
        Case(address: "?page=2", expected: inSite(["briefs", "a", "index.html"])),
        Case(address: "../../index.html?page=2#main", expected: inSite(["index.html"], "main")),
        Case(address: "../../images/logo%20wide.png", expected: inSite(["images", "logo wide.png"])),
        Case(address: "#caf%C3%A9", expected: inSite(["briefs", "a", "index.html"], "café")),
        Case(address: "../../", expected: inSite([], folder: true)),
        Case(address: "./", expected: inSite(["briefs", "a"], folder: true)),
        Case(address: "..", expected: inSite(["briefs"], folder: true)),
        Case(address: "../../../x.html", expected: .outsideSite),
        Case(address: "FILE:///etc/hosts", expected: .outsideSite),
        Case(address: "/about/", expected: .rootAbsolute(Destination.SitePath(components: ["about"], namesFolder: true, fragment: nil))),
        Case(address: "/../x.css", expected: .rootAbsolute(Destination.SitePath(components: ["x.css"], namesFolder: false, fragment: nil))),
        Case(address: "https://example.org/", expected: .external),
        Case(address: "mailto:desk@example.org", expected: .external),
        Case(address: "data:image/png;base64,AAAA", expected: .external),
        Case(address: "//cdn.example.org/x.js", expected: .external),
        Case(address: "100%.html", expected: .malformed),
    ]

    @Test(arguments: cases)
    func `an address resolves against the page's folder`(_ test: Case) {
        #expect(Destination(of: test.address, from: Self.page) == test.expected)
    }

    @Test func `srcset candidates are split at commas after each address`() {
        #expect(SourceSet.addresses(in: "small.jpg 480w, large.jpg 800w") == ["small.jpg", "large.jpg"])
        #expect(SourceSet.addresses(in: " a.png 1x,b.png 2x ,, c.png") == ["a.png", "b.png", "c.png"])
        #expect(SourceSet.addresses(in: "a.png,b.png 2x") == ["a.png,b.png"], "an address runs to the next whitespace")
        #expect(SourceSet.addresses(in: "image,with,commas.png 1x, d.png (max-width, 3x), e.png") == ["image,with,commas.png", "d.png", "e.png"])
    }

    @Test func `CSS addresses come from url() and @import, never from comments`() {
        let css = """
        @import "print.css" print;
        @import url(theme.css);
        /* background: url(old.png); */
        body { background: URL( 'paper.png' ) no-repeat, url("data:image/png;base64,AA") }
        """
        #expect(StylesheetAddresses.addresses(in: css) == ["print.css", "theme.css", "paper.png", "data:image/png;base64,AA"])
    }
}
