@testable import BriefWriting
import Testing

struct MarkdownEscaperTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let text: String
        let block: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "plain prose is left alone", text: "AT&T said 5 > 3, a #hashtag - and 1.5% more.", block: "AT&T said 5 > 3, a #hashtag - and 1.5% more."),
        Case(id: "ATX heading", text: "# Not a heading", block: "\\# Not a heading"),
        Case(id: "block quote", text: "> not a quote", block: "\\> not a quote"),
        Case(id: "callout marker", text: "> [!analyst] Fake Analyst", block: "\\> \\[!analyst\\] Fake Analyst"),
        Case(id: "bullet with a hyphen", text: "- not an item", block: "\\- not an item"),
        Case(id: "bullet with a plus", text: "+ not an item", block: "\\+ not an item"),
        Case(id: "bullet with a star", text: "* not an item", block: "\\* not an item"),
        Case(id: "thematic break", text: "---", block: "\\---"),
        Case(id: "setext underline", text: "===", block: "\\==="),
        Case(id: "ordered list with a dot", text: "1. not an item", block: "1\\. not an item"),
        Case(id: "ordered list with a parenthesis", text: "2024) was a year", block: "2024\\) was a year"),
        Case(id: "a number that is no list", text: "1.5 million people", block: "1.5 million people"),
        Case(id: "tilde fence", text: "~~~ code", block: "\\~~~ code"),
        Case(id: "backtick fence and code span", text: "```swift and `code`", block: "\\`\\`\\`swift and \\`code\\`"),
        Case(id: "raw HTML", text: "<script>alert(1)</script>", block: "\\<script>alert(1)\\</script>"),
        Case(id: "autolink", text: "see <https://example.org>", block: "see \\<https://example.org>"),
        Case(id: "script link", text: "[x](javascript:alert(1))", block: "\\[x\\](javascript:alert(1))"),
        Case(id: "image", text: "![x](https://example.org/x.png)", block: "!\\[x\\](https://example.org/x.png)"),
        Case(id: "emphasis", text: "*very* _much_ __so__", block: "\\*very\\* \\_much\\_ \\_\\_so\\_\\_"),
        Case(id: "entity references", text: "&amp; &#60; &#x3C; & &T;x", block: "\\&amp; \\&#60; \\&#x3C; & \\&T;x"),
        Case(id: "backslashes", text: "C:\\path\\ and a trailing \\", block: "C:\\\\path\\\\ and a trailing \\\\"),
        Case(id: "reference definition", text: "[a]: https://example.org", block: "\\[a\\]: https://example.org"),
        Case(id: "unicode is kept", text: "Zelenskyy’s “plan” – café, 東京", block: "Zelenskyy’s “plan” – café, 東京"),
    ]

    @Test(arguments: cases)
    func `article text becomes a paragraph that reads back as the same text`(_ example: Case) {
        #expect(MarkdownEscaper.block(example.text) == example.block)
    }

    @Test func `inline text escapes only what means something mid-line`() {
        #expect(MarkdownEscaper.inline("# 1. > - [a] *b*") == "# 1. > - \\[a\\] \\*b\\*")
    }

    @Test func `every hash of a heading is escaped so that none closes it`() {
        #expect(MarkdownEscaper.heading("Vote #2 ends #") == "Vote \\#2 ends \\#")
    }

    @Test func `a link destination keeps its parentheses inside the link`() {
        #expect(MarkdownEscaper.linkDestination("https://en.wikipedia.org/wiki/Kyiv_(city)") == "https://en.wikipedia.org/wiki/Kyiv_\\(city\\)")
    }
}
