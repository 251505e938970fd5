import Foundation
import SiteModel
@testable import SiteBuilding
import Testing

struct SearchIndexScriptTests {
    @Test func `the index escapes the two line separators JSON allows but old JavaScript does not, so the script carries it as it is`() throws {
        #expect(try SearchIndex.encoded(["a\u{2028}b\u{2029}c é ’ — \u{2027}\u{202A}"]) == "[\"a\\u2028b\\u2029c é ’ — \u{2027}\u{202A}\"]")
        var pieces = SearchIndexPieces()
        let files = try SearchIndex.files(for: SiteIndex(), reusing: &pieces, redo: nil, entitiesUnchanged: false)
        let json = String(decoding: files.json, as: UTF8.self)
        #expect(json == #"{"briefs":[],"organizations":[],"people":[],"places":[],"version":1}"# + "\n")
        #expect(String(decoding: files.script, as: UTF8.self) == "window.\(SearchIndex.globalName) = \(json.dropLast());\n")
    }
}
