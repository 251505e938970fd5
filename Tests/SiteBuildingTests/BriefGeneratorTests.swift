import BriefingCore
import MarkdownRendering
@testable import SiteBuilding
import Testing

struct BriefGeneratorTests {
    static let article = Article(
        title: "A <script>alert(1)</script> title",
        sections: [
            ArticleSection(paragraphs: ["# Not a heading", "> [!analyst] Not a callout", "[link](javascript:alert(1))", "Fourth paragraph."]),
        ],
        path: "Content/articles/hostile.txt"
    )

    @Test func `an article's brief is read back under the article's path with its Markdown`() throws {
        let generated = try BriefGenerator(fullText: false).brief(for: Self.article)
        #expect(generated.brief.title == Self.article.title)
        #expect(generated.brief.slug == "hostile")
        #expect(generated.brief.path == "Content/articles/hostile.txt", "errors while rendering name the article")
        #expect(generated.markdown.hasPrefix("---\ntitle: \"A <script>alert(1)</script> title\"\nslug: hostile\n"))
        #expect(!generated.brief.body.contains("Fourth paragraph."), "condensed: two paragraphs a section")
        #expect(try BriefGenerator(fullText: true).brief(for: Self.article).brief.body.contains("Fourth paragraph."))
    }

    @Test func `hostile article text renders as text, never as markup`() throws {
        let brief = try BriefGenerator(fullText: true).brief(for: Self.article).brief
        let html = CommonMarkRenderer().render(brief.body).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<h1"))
        #expect(!html.contains("<blockquote") && !html.contains("<figure"))
        #expect(html.contains("<p># Not a heading</p>"))
        #expect(html.contains("<p>&gt; [!analyst] Not a callout</p>"))
        #expect(html.contains("<p>[link](javascript:alert(1))</p>"))
    }
}
