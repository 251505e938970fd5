import BriefingCore
import Foundation
import Testing

/// Byte search finds what `range(of:)` finds in text from one source, and reports where.
struct ByteSearchTests {
    @Test(arguments: [
        ("Kyiv – Київ said the council", "Київ", true),
        ("<cite>Jane Doe</cite> and <cite>John</cite>", "<cite>John</cite>", true),
        ("aaab", "aab", true),
        ("abc", "abcd", false),
        ("", "a", false),
        ("abc", "", true),
    ])
    func `finds a needle wherever it starts`(text: String, needle: String, found: Bool) {
        #expect(text.containsBytes(of: needle) == found)
        if found, !needle.isEmpty {
            let range = text[...].firstRange(ofBytes: needle)
            #expect(range.map { String(text[$0]) } == needle)
            #expect(range?.lowerBound == text.range(of: needle)?.lowerBound)
        }
    }

    @Test func `searches only the substring it is given`() {
        let text = "one two one"
        let rest = text[text.index(text.startIndex, offsetBy: 4)...]
        #expect(rest.firstRange(ofBytes: "one")?.lowerBound == text.index(text.startIndex, offsetBy: 8))
    }
}
