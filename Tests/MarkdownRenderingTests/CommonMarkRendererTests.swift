import BriefingTestSupport
import Foundation
import MarkdownRendering
import Testing

struct CommonMarkRendererTests {
    let renderer = CommonMarkRenderer()

    @Test func `an analyst callout becomes a quote box with the speaker in its caption`() {
        let html = renderer.render("""
        > [!analyst] Yurii Poita, Center for Army, Conversion and Disarmament Studies
        > If the Russian leadership does not feel "significant pressure", Russia will ignore calls for peace.
        """).html
        #expect(html == """
        <figure class="quote-box analyst">
        <blockquote>
        <p>If the Russian leadership does not feel “significant pressure”, Russia will ignore calls for peace.</p>
        </blockquote>
        <figcaption><cite>Yurii Poita</cite>, Center for Army, Conversion and Disarmament Studies</figcaption>
        </figure>

        """)
    }

    @Test func `callouts of every kind, and blockquotes that are not callouts`() {
        expectSnapshot(renderer.render("""
        > [!quote] Marco Rubio, Secretary of State
        > “Obviously, land … is going to be part of that conversation,”
        >
        > A second paragraph of the same quote.

        > [!NOTE]
        > This brief was condensed from the original.

        > [!note] *Editor's* note
        >
        > Marker alone on its line.

        > [!warning] Not a kind we know
        > stays a blockquote.

        > A plain blockquote with a [link](https://example.org).

        > [!analyst] <script>alert(1)</script> & Co, "role"
        > Caption text is escaped.
        """).html, as: "html")
    }

    @Test func `headings get stable unique ids and make a table of contents`() {
        let rendered = renderer.render("""
        # Security Guarantees Take *Centre* Stage
        ## What analysts say
        ## What analysts say
        ### `Code` & “quotes”
        ## Main
        ## !!!
        """)
        expectSnapshot(rendered.html, as: "html")
        #expect(rendered.headings == [
            Heading(level: 1, id: "security-guarantees-take-centre-stage", text: "Security Guarantees Take Centre Stage"),
            Heading(level: 2, id: "what-analysts-say", text: "What analysts say"),
            Heading(level: 2, id: "what-analysts-say-2", text: "What analysts say"),
            Heading(level: 3, id: "code-quotes", text: "Code & “quotes”"),
            Heading(level: 2, id: "main-2", text: "Main"),
            Heading(level: 2, id: "section", text: "!!!"),
        ])
    }

    @Test func `raw html and script links never pass, and text is escaped`() {
        let html = renderer.render("""
        <script>alert("x")</script>

        Inline <img src=x onerror=alert(1)> and [click](javascript:alert(1)) and [data](data:text/html,hi) & <b>bold</b> 5 < 6.

        <iframe src="https://evil.example"></iframe>
        """).html
        expectSnapshot(html, as: "html")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("javascript:"))
    }

    @Test func `smart punctuation turns quotes and dashes typographic`() {
        #expect(renderer.render("\"Yes\" -- it's done --- really...").html == "<p>“Yes” – it’s done — really…</p>\n")
    }

    @Test func `sixty thousand nested blockquotes render without overflowing the stack`() {
        let html = renderer.render(String(repeating: ">", count: 60_000) + " deep\n").html
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 60_000)
        #expect(html.contains("<p>deep</p>"))
    }

    @Test func `deeply nested brackets, emphasis and lists stay linear and render`() {
        #expect(renderer.render(String(repeating: "[", count: 60_000) + "x" + String(repeating: "]", count: 60_000)).html.hasPrefix("<p>[[["))
        #expect(renderer.render(String(repeating: "*", count: 60_000) + "x" + String(repeating: "*", count: 60_000)).html.contains("x"))
        let nestedList = (0..<5_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(renderer.render(nestedList).html.components(separatedBy: "<ul>").count - 1 == 5_000)
    }

    @Test func `the example brief renders to its golden html`() throws {
        let file = Project.content.appendingPathComponent("briefs/ukraine-summit-security-guarantees.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
        let html = renderer.render(body).html
        expectSnapshot(html, as: "html")
        #expect(html.contains("<figure class=\"quote-box analyst\">"))
    }
}
