import BriefingCore
import Foundation
@testable import Preview
import SiteBuilding
import Testing

struct LiveReloadInjectionTests {
    @Test func `the script goes just before the closing body tag`() {
        let page = "<html><body><p>Hi</p></body></html>"
        let served = LiveReloadInjection.inject(into: page, failure: nil)
        #expect(served.hasPrefix("<html><body><p>Hi</p><script id=\"briefing-live-reload\">"))
        #expect(served.hasSuffix("</script>\n</body></html>"))
    }

    @Test func `a page without a body tag gets the script at its end`() {
        #expect(LiveReloadInjection.inject(into: "<p>fragment</p>", failure: nil).hasSuffix("</script>\n"))
    }

    @Test func `a failed build's errors show in an overlay, escaped, with their file and line`() {
        let failure = BuildFailure(errors: [
            BriefingError(.invalidTemplate("a section <b>never</b> closes."), at: SourceLocation(path: "Templates/brief.mustache", line: 12, column: 5)),
            BriefingError(.invalidContent("the article is empty."), at: SourceLocation(path: "Content/articles/a&b.txt")),
        ])
        let served = LiveReloadInjection.inject(into: "<body><main>page</main></body>", failure: failure)
        #expect(served.contains(#"<div id="briefing-error-overlay" role="alert""#))
        #expect(served.contains("<code style=\"color:#ffb4a9\">Templates/brief.mustache:12:5</code> a section &lt;b&gt;never&lt;/b&gt; closes."))
        #expect(served.contains("Content/articles/a&amp;b.txt"))
        let overlay = served.range(of: "briefing-error-overlay")!, script = served.range(of: "briefing-live-reload")!
        #expect(overlay.lowerBound < script.lowerBound)
    }
}
