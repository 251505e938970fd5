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
        "a\u{00A0} \u{00A0}b", "\u{3000}ideographic\u{3000}", "São Paulo  and\nBrasília", "\u{1680}ogham\u{205F}",
        "del\u{007F}ete", "c1\u{0080}\u{009F}controls", "\u{200A}hair\u{202F}narrow\u{200B}zero-width",
    ])
    func `collapsing gives what Foundation's trimming gave`(text: String) {
        #expect(text.collapsed == Self.reference(text))
    }

    @Test func `every space separator and control character collapses as Foundation says`() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + " b" + String(scalar)
            #expect(text.collapsed == Self.reference(text), "U+\(String(value, radix: 16))")
        }
    }
}
