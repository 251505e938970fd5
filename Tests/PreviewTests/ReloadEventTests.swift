@testable import Preview
import Testing

struct ReloadEventTests {
    @Test func `changed pages reload at their folder's address`() {
        let event = ReloadEvent(changedFiles: ["briefs/x/index.html", "index.html", "page/2/index.html", "404.html", "briefs/x/brief.md", "feed.xml"])
        #expect(event == .reload(["/", "/404.html", "/briefs/x/", "/page/2/"]))
    }

    @Test func `a changed asset or static file reloads every page`() {
        #expect(ReloadEvent(changedFiles: ["briefs/x/index.html", "assets/style.css"]) == .reloadAll)
        #expect(ReloadEvent(changedFiles: ["images/logo.png"]) == .reloadAll)
    }

    @Test func `the search index reloads the search page, and files no page shows reload nothing`() {
        #expect(ReloadEvent(changedFiles: ["search-index.json", "search-index.js"]) == .reload(["/search/"]))
        #expect(ReloadEvent(changedFiles: ["feed.xml", "sitemap.xml", "robots.txt"]) == nil)
        #expect(ReloadEvent(changedFiles: []) == nil)
    }

    @Test func `events are written as Server-Sent Events`() {
        #expect(ReloadEvent.reload(["/", "/briefs/x/"]).serverSentText == "event: reload\ndata: {\"pages\":[\"/\",\"/briefs/x/\"]}\n\n")
        #expect(ReloadEvent.ping.serverSentText == ": ping\n\n")
        #expect(ReloadEvent.reload(["/a\"b/"]).serverSentText.contains(#"["/a\"b/"]"#))
    }
}
