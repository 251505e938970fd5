@testable import BriefWriting
import Foundation
import Testing

struct CollapsingTests {
    /// The Foundation version `collapsed` replaced, as the reference.
    static func reference(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isBreak = CharacterSet.newlines.contains(scalar) || scalar.properties.generalCategory == .control
            let character: Unicode.Scalar = isBreak ? " " : scalar
            if character == " ", result.last == " " { continue }
            result.append(character)
        }
        return String(result).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [
        "", " ", "plain text", "  two  spaces  ", "line\nbreak\r\nand\ttab", "\u{00A0}no-break\u{00A0}", "thin\u{2009}space",
        "sep\u{2028}arated\u{2029}", "ctl\u{0007}bell", "trailing \n", "\u{0085}next line", "é accents  ", "emoji 👍🏽 ok",
        "a\u{00A0} \u{00A0}b", "\u{3000}ideographic\u{3000}",
    ])
    func `collapsing gives what Foundation's trimming gave`(text: String) {
        #expect(text.collapsed == Self.reference(text))
    }
}
