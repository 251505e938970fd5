@testable import Analysis
import Testing

struct CollectionsOnceTests {
    @Test func `insertIfAbsent files a value only under a new key and makes it only then`() {
        var forms = ["bbc": "BBC"]
        var made = 0
        func form(_ text: String) -> String {
            made += 1
            return text
        }
        forms.insertIfAbsent(form("the BBC"), forKey: "bbc")
        forms.insertIfAbsent(form("NATO"), forKey: "nato")
        #expect(forms == ["bbc": "BBC", "nato": "NATO"])
        #expect(made == 1)
    }

    @Test func `raise keeps the larger value and counts a missing key as zero`() {
        var longest = ["kyiv": 2]
        longest.raise("kyiv", to: 1)
        longest.raise("nato", to: 3)
        #expect(longest == ["kyiv": 2, "nato": 3])
    }

    @Test func `appendIfAbsent appends an element once and says whether it did`() {
        var ids = [3]
        let appendedNew = ids.appendIfAbsent(5)
        let appendedAgain = ids.appendIfAbsent(3)
        #expect(appendedNew && !appendedAgain)
        #expect(ids == [3, 5])
    }

    @Test func `the tokenizer finds initialisms that its quick check lets through`() {
        let texts = Tokenizer.tokens(in: Array("U.N. A.I. A. and".unicodeScalars)).map(\.text)
        #expect(texts == ["U.N.", "A.I.", "A", ".", "and"])
    }
}
