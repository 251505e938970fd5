@testable import Analysis
import Testing

struct TokenizerTests {
    func texts(_ text: String) -> [String] {
        Tokenizer.tokens(in: Array(text.unicodeScalars)).map(\.text)
    }

    @Test func `possessives split off, hyphens and inner apostrophes stay inside words`() {
        #expect(texts("Russia’s Secretary-General didn't go.") == ["Russia", "’s", "Secretary-General", "didn't", "go", "."])
    }

    @Test func `initialisms keep their periods`() {
        #expect(texts("The U.S. and U.K. said") == ["The", "U.S.", "and", "U.K.", "said"])
    }

    @Test func `numbers keep decimal points and thousands separators`() {
        #expect(texts("45,756 migrants, 3.5 per cent.") == ["45,756", "migrants", ",", "3.5", "per", "cent", "."])
    }

    @Test func `quotation marks know which way they face`() {
        let tokens = Tokenizer.tokens(in: Array("“Yes,” he said. 'No way' it's".unicodeScalars))
        let quotes = tokens.compactMap { token -> Bool?? in
            if case .quote(let opening) = token.kind { return opening }
            return nil
        }
        #expect(quotes == [true, false, true, false])
    }
}
