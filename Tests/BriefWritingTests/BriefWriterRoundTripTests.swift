import BriefingCore
import BriefWriting
import ContentLoading
import Foundation
import Testing

/// Writing a brief and reading it back gives the same values, however awkward the text.
struct BriefWriterRoundTripTests {
    static let trickyTexts = [
        "Colon: here", "key: value, more", "say \"hi\"", "'single'", "# not a comment", "a #b", "trailing:",
        "Kyiv – Київ ✓ 🇺🇦", "yes", "No", "null", "~", "true", "1984", "2025-08-18", "0x1F", ".inf",
        "-dash", "- dash", "*star", "&amp", "!bang", "%percent", "@at", "`tick`", "|pipe", ">fold", "? question",
        "back\\slash", "C:\\new\\table", "[bracket]", "{brace}", "<b>bold</b>",
        "zero\u{200B}width", "e\u{301}cole", "mid\u{FEFF}bom", "non\u{00A0}breaking",
    ]

    @Test(arguments: trickyTexts)
    func `tricky text reads back unchanged in every field`(_ text: String) throws {
        let article = Article(
            title: text, byline: text, date: CalendarDate(iso: "2024-02-29"), source: text,
            sourceURL: "https://example.org/a?b=c&d=%20#frag", tags: [text, "plain"],
            sections: [ArticleSection(paragraphs: [text])], path: "Content/articles/tricky.txt"
        )
        let analysis = ArticleAnalysis(
            title: text,
            entities: [
                AnalyzedEntity(name: text, type: .person, aliases: [text + " alias"], role: text, mentions: 2),
                AnalyzedEntity(name: text, type: .organization, aliases: ["Org " + text], mentions: 1),
                AnalyzedEntity(name: text, type: .place, mentions: 3),
            ],
            keyPoints: [text]
        )
        let written = BriefWriter().brief(for: article, using: analysis, fullText: true)
        let read = try BriefReader().brief(from: written, path: article.path)
        #expect(BriefWriter().written(for: article, using: analysis, fullText: true).brief == read, "the writer's brief is the one read back")

        #expect(read.title == text)
        #expect(read.slug == "tricky")
        #expect(read.date == CalendarDate(iso: "2024-02-29"))
        #expect(read.byline == text)
        #expect(read.source == text)
        #expect(read.sourceURL == "https://example.org/a?b=c&d=%20#frag")
        #expect(read.tags == (text == "plain" ? [text] : [text, "plain"]))
        #expect(read.entities == BriefEntities(
            people: [BriefEntity(name: text, role: text, aliases: [text + " alias"], mentions: 2)],
            organizations: [BriefEntity(name: text, aliases: ["Org " + text], mentions: 1)],
            places: [BriefEntity(name: text, mentions: 3)]
        ))
        #expect(read.keyPoints.count == 1)
    }

    @Test func `text on several lines is written on one, as the reader would trim it`() throws {
        let article = Article(title: "  Two\nlines\t here ", byline: "\u{2028}Someone ", sections: [], path: "Content/articles/lines.txt")
        let read = try BriefReader().brief(from: BriefWriter().brief(for: article, using: ArticleAnalysis(title: ""), fullText: false), path: article.path)
        #expect(read.title == "Two lines here")
        #expect(read.byline == "Someone")
    }

    @Test func `a source address that is not a web address is written as null`() throws {
        let article = Article(title: "T", sourceURL: "javascript:alert(1)", sections: [], path: "Content/articles/t.txt")
        let read = try BriefReader().brief(from: BriefWriter().brief(for: article, using: ArticleAnalysis(title: "T"), fullText: false), path: article.path)
        #expect(read.sourceURL == nil)
    }
}
