@testable import ContentLoading
import Testing

struct MarkdownInlineTests {
    @Test(arguments: [
        ("**bold** and __strong__ and *it* and _em_", "bold and strong and it and em"),
        ("a [link](https://example.org/a_(b)) here", "a link here"),
        ("a [reference link][ref] here", "a reference link here"),
        ("an image ![alt text](x.png) goes", "an image goes"),
        ("`code` and don`t", "code and don`t"),
        ("brackets [in Annapolis] stay", "brackets [in Annapolis] stay"),
        ("<https://example.org> and <b>tags</b> and 3 < 4", "https://example.org and tags and 3 < 4"),
        ("&ldquo;quoted&rdquo; &amp; &#8212; &#x2019; &unknown;", "\u{201C}quoted\u{201D} & \u{2014} \u{2019} &unknown;"),
        ("snake_case_word and ~~struck~~", "snake_case_word and struck"),
        ("escaped \\*stars\\* and \\[brackets\\]", "escaped *stars* and [brackets]"),
        ("[unclosed and ((( and ]]]", "[unclosed and ((( and ]]]"),
    ])
    func `inline markup becomes the text a reader sees`(markdown: String, text: String) {
        #expect(MarkdownInline.plainText(from: markdown) == text)
    }
}
