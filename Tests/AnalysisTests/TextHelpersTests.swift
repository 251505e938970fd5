@testable import Analysis
import Testing

struct TextHelpersTests {
    @Test func `characterCount agrees with count on ASCII, accented and combined text`() {
        for text in ["", "A", "Kyiv", "Zürich", "e\u{301}", "\r\n", "a\r\nb", "🇺🇦"] {
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
    }

    @Test func `containsByte finds a byte anywhere in the text`() {
        #expect("Secretary-General".containsByte(0x2D))
        #expect(!"Secretary General".containsByte(0x2D))
        #expect("ex-minister of a quite long and therefore heap-stored phrase".containsByte(0x2D))
    }

    @Test func `spaced token texts are the texts joined by spaces`() {
        let tokens = Tokenizer.tokens(in: Array("Former Prime Minister of the Czech Republic said".unicodeScalars))
        #expect(tokens.spacedText == tokens.map(\.text).joined(separator: " "))
        #expect(tokens[1..<4].spacedLowercased == "prime minister of")
        #expect(tokens[0..<0].spacedText == "")
    }
}
