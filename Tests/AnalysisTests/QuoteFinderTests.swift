@testable import Analysis
import BriefingCore
import Testing

struct QuoteFinderTests {
    func quotes(_ paragraphs: [String]) -> [QuoteSpan] {
        let article = Article(title: "T", sections: [ArticleSection(paragraphs: paragraphs)], path: "a.txt")
        return QuoteFinder.quotes(in: TextUnit.units(of: article, lexicon: Lexicon()))
    }

    @Test func `curly and straight quotations are found with their words as printed`() {
        let found = quotes(["“Again, this was a very good step,” Trump said. He called it \"a real breakthrough\" and left."])
        #expect(found.map(\.text) == ["Again, this was a very good step,", "a real breakthrough"])
        #expect(found.map(\.wordCount) == [7, 3])
    }

    @Test func `single quotes count only when they close, and apostrophes never close them`() {
        let found = quotes(["Reports of a 'streamlined' process; it's the 'legacy backlog' of the nation's courts."])
        #expect(found.map(\.text) == ["streamlined", "legacy backlog"])
    }

    @Test func `a quotation left open continues in the next paragraph that opens with a quotation mark`() {
        let found = quotes(["She said: “First part of it.", "“Second part of it.”"])
        #expect(found.map(\.text) == ["First part of it.", "Second part of it."])
        #expect(found.map(\.continuesPrevious) == [false, true])
    }

    @Test func `a quotation never closed ends with its paragraph, in linear time`() {
        let long = "“" + String(repeating: "word ", count: 20_000)
        let found = quotes([long, "Next paragraph."])
        #expect(found.count == 1)
        #expect(found[0].wordCount == 20_000)
        #expect(found[0].close == nil)
    }
}
