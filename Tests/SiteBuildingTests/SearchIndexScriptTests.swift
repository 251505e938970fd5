@testable import SiteBuilding
import Testing

struct SearchIndexScriptTests {
    @Test func `the script escapes the two line separators JSON allows but old JavaScript does not`() {
        let script = SearchIndex.script(json: "[\"a\u{2028}b\u{2029}c é ’ — \u{2027}\u{202A}\"]")
        #expect(script == "window.\(SearchIndex.globalName) = [\"a\\u2028b\\u2029c é ’ — \u{2027}\u{202A}\"];\n")
    }
}
