@testable import Analysis
import Testing

struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let unit = TextUnit(kind: .paragraph(0), text: text, lexicon: Lexicon())
        return unit.sentences.map { unit.text(of: $0) }
    }

    @Test func `abbreviations and initials do not end sentences`() {
        #expect(sentences("Mr. Smith met Dr. Jones on Jan. 5. President George W. Bush spoke. It ended.") == [
            "Mr. Smith met Dr. Jones on Jan. 5.", "President George W. Bush spoke.", "It ended.",
        ])
    }

    @Test func `a closing quotation mark stays with its sentence`() {
        #expect(sentences("He said: “It is over.” Then he left.") == ["He said: “It is over.”", "Then he left."])
    }

    @Test func `initialisms inside a sentence do not split it`() {
        #expect(sentences("The U.S. military said U.K. forces left.") == ["The U.S. military said U.K. forces left."])
    }
}
