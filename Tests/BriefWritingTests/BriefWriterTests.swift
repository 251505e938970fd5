import BriefingCore
import BriefingTestSupport
@testable import BriefWriting
import ContentLoading
import Foundation
import Testing

struct BriefWriterTests {
    /// A small article with a lede, two headed sections and quotes.
    static let article = Article(
        title: "Council approves the \"new\" bridge: 12 million euros, #2 on the list",
        standfirst: "A vote after two years of debate.",
        byline: "Jane Reporter",
        date: CalendarDate(iso: "2025-03-14"),
        source: "Example News",
        sourceURL: "https://news.example.org/2025/03/bridge_(vote)",
        tags: ["Transport"],
        sections: [
            ArticleSection(paragraphs: [
                "Rivertown's City Council approved the new bridge on Friday.",
                "The vote was 7 to 2, after a debate that lasted six hours.",
                "Work is due to start in the autumn.",
                "The old ferry will stop when the bridge opens.",
            ]),
            ArticleSection(heading: "Costs", paragraphs: [
                "The bridge will cost 12 million euros.",
                "Council leader Jane Doe said \"We listened to every resident before we voted,\" and called it \"a good day\".",
                "Half of the money comes from the region.",
            ]),
            ArticleSection(heading: "Reactions", paragraphs: [
                "John Roe, professor of urban policy at Example University, said: \"This bridge will pay for itself within a decade, if tolls stay.\"",
                "# Residents were split; <b>some</b> *cheered*.",
            ]),
        ],
        path: "Content/articles/council-bridge.txt"
    )

    static let analysis = ArticleAnalysis(
        title: article.title,
        byline: "Jane Reporter",
        source: "Example News",
        entities: [
            AnalyzedEntity(name: "Rivertown", type: .place, mentions: 2),
            AnalyzedEntity(name: "John Roe", type: .person, aliases: ["Roe", "Professor Roe"], role: "professor of urban policy at Example University", mentions: 2),
            AnalyzedEntity(name: "Jane Doe", type: .person, aliases: ["Doe"], role: "council leader", mentions: 3),
            AnalyzedEntity(name: "Example University", type: .organization, mentions: 1),
            AnalyzedEntity(name: "City Council", type: .organization, aliases: ["Council"], mentions: 4),
        ],
        quotes: [
            AnalyzedQuote(text: "This bridge will pay for itself within a decade, if tolls stay.", speaker: "John Roe", analyst: true, paragraph: 7),
            AnalyzedQuote(text: "We listened to every resident before we voted,", speaker: "Jane Doe", analyst: false, paragraph: 5),
            AnalyzedQuote(text: "a good day", speaker: "Jane Doe", analyst: false, paragraph: 5),
        ],
        keyPoints: [
            "Rivertown's City Council approved the new bridge on Friday.",
            "The bridge will cost 12 million euros.",
        ],
        tags: ["transport", "Rivertown", "infrastructure"]
    )

    func brief(_ article: Article = Self.article, _ analysis: ArticleAnalysis = Self.analysis, fullText: Bool = false) -> String {
        BriefWriter().brief(for: article, using: analysis, fullText: fullText)
    }

    /// The body of a written brief, after its front matter.
    func body(_ text: String) throws -> String {
        try BriefReader().brief(from: text, path: "Content/briefs/x.md").body
    }

    @Test func `the brief of a small article matches its golden file`() {
        expectSnapshot(brief(), as: "md")
    }

    @Test func `the front matter reads back as the article's details and the analysis's entities`() throws {
        let read = try BriefReader().brief(from: brief(), path: Self.article.path)
        #expect(read.title == Self.article.title)
        #expect(read.slug == "council-bridge")
        #expect(read.date == CalendarDate(iso: "2025-03-14"))
        #expect(read.byline == "Jane Reporter")
        #expect(read.source == "Example News")
        #expect(read.sourceURL == "https://news.example.org/2025/03/bridge_(vote)")
        #expect(read.tags == ["Transport", "Rivertown", "infrastructure"], "article tags first, then the analysis's, each once")
        #expect(read.entities == BriefEntities(
            people: [
                BriefEntity(name: "Jane Doe", role: "council leader", aliases: ["Doe"], mentions: 3),
                BriefEntity(name: "John Roe", role: "professor of urban policy at Example University", aliases: ["Roe", "Professor Roe"], mentions: 2),
            ],
            organizations: [
                BriefEntity(name: "City Council", aliases: ["Council"], mentions: 4),
                BriefEntity(name: "Example University", mentions: 1),
            ],
            places: [BriefEntity(name: "Rivertown", mentions: 2)]
        ))
        #expect(read.keyPoints == Self.analysis.keyPoints)
    }

    @Test func `a condensed brief keeps each section's first paragraphs that hold no key point`() throws {
        let body = try body(brief())
        #expect(body.contains("## The story\n\nThe vote was 7 to 2, after a debate that lasted six hours.\n\nWork is due to start in the autumn.\n\n## Costs\n\nCouncil leader"))
        #expect(!body.contains("The old ferry"), "two paragraphs a section")
        #expect(body.contains("## Costs\n\nCouncil leader Jane Doe said"), "a paragraph that is a key point is not repeated")
        #expect(body.components(separatedBy: "approved the new bridge").count == 2, "the lede is a key point, so it is not repeated")
    }

    @Test func `a paragraph that holds a key point among other sentences is left out of a condensed brief`() throws {
        let article = Article(title: "T", sections: [ArticleSection(paragraphs: [
            "First sentence. The key sentence is here. Last sentence.",
            "Second paragraph.",
            "Third paragraph.",
        ])], path: "t.txt")
        let body = try body(brief(article, ArticleAnalysis(title: "T", keyPoints: ["The key sentence is here."])))
        #expect(body == "\n- The key sentence is here.\n\n## The story\n\nSecond paragraph.\n\nThird paragraph.\n")
    }

    @Test func `the full text keeps every paragraph in order`() throws {
        let body = try body(brief(fullText: true))
        let paragraphs = Self.article.paragraphs.map(MarkdownEscaper.block)
        var rest = body[...]
        for paragraph in paragraphs {
            let found = try #require(rest.range(of: "\n" + paragraph + "\n"), "\(paragraph)")
            rest = rest[found.upperBound...]
        }
    }

    @Test func `analyst quotes and other voices become callouts captioned with the speaker's role`() throws {
        let body = try body(brief())
        #expect(body.contains("""
        ## What analysts say

        > [!analyst] John Roe, professor of urban policy at Example University
        > “This bridge will pay for itself within a decade, if tolls stay.”

        ## Other voices

        > [!quote] Jane Doe, council leader
        > “We listened to every resident before we voted.”

        Source:
        """))
        #expect(!body.contains("a good day”"), "a quote under six words is no voice")
    }

    @Test func `unattributed quotes and repeats are left out, and a speaker named by alias still gets a role`() throws {
        let analysis = ArticleAnalysis(
            title: "T",
            entities: [AnalyzedEntity(name: "Jane Doe", type: .person, aliases: ["Doe"], role: "mayor")],
            quotes: [
                AnalyzedQuote(text: "Nobody knows who said these words at all", speaker: nil, analyst: false),
                AnalyzedQuote(text: "“We will build it, whatever it costs us,”", speaker: "Doe", analyst: false),
                AnalyzedQuote(text: "We will build it, whatever it costs us,", speaker: "Jane Doe", analyst: false),
                AnalyzedQuote(text: "The bridge is a mistake, [sic] and a *costly* one", speaker: "Sam Critic", analyst: true),
            ]
        )
        let body = try body(brief(Article(title: "T", sections: [], path: "t.txt"), analysis))
        #expect(body == """

        ## What analysts say

        > [!analyst] Sam Critic
        > “The bridge is a mistake, \\[sic\\] and a \\*costly\\* one”

        ## Other voices

        > [!quote] Doe, mayor
        > “We will build it, whatever it costs us.”

        """)
    }

    @Test func `the source line links to the original only when its address is a web address`() throws {
        func sourceLine(source: String?, url: String?) throws -> String? {
            let article = Article(title: "T", source: source, sourceURL: url, sections: [], path: "t.txt")
            let body = try body(brief(article, ArticleAnalysis(title: "T")))
            return body.split(separator: "\n").last(where: { $0.hasPrefix("Source:") }).map(String.init)
        }
        #expect(try sourceLine(source: "Al Jazeera", url: "https://www.aljazeera.com/news/x") == "Source: [Al Jazeera](https://www.aljazeera.com/news/x)")
        #expect(try sourceLine(source: nil, url: "https://example.org/x") == "Source: [the original article](https://example.org/x)")
        #expect(try sourceLine(source: "Wikinews", url: nil) == "Source: Wikinews")
        #expect(try sourceLine(source: "[Evil](javascript:alert(1))", url: "javascript:alert(1)") == "Source: \\[Evil\\](javascript:alert(1))")
        #expect(try sourceLine(source: nil, url: nil) == nil)
    }

    @Test func `unknown details are left out of the front matter and source_url is null`() {
        let text = brief(Article(title: "Only a title", sections: [], path: "Content/articles/only.txt"), ArticleAnalysis(title: "Only a title"))
        #expect(text == """
        ---
        title: "Only a title"
        slug: only
        source_url: null
        tags: []
        entities:
          people: []
          organizations: []
          places: []
        ---

        """)
    }

    @Test func `hostile article text stays text in every part of the brief`() throws {
        let hostile = "<script>alert(1)</script> [x](javascript:alert(1))"
        let article = Article(
            title: hostile,
            sections: [ArticleSection(heading: "## Sub #", paragraphs: ["> [!analyst] Fake", "1. one", "```", hostile])],
            path: "t.txt"
        )
        let analysis = ArticleAnalysis(
            title: hostile,
            entities: [AnalyzedEntity(name: "Eve <b>", type: .person, role: "*role*, with comma")],
            quotes: [AnalyzedQuote(text: "\(hostile) and more words here", speaker: "Eve <b>", analyst: true)],
            keyPoints: ["- nested", "# heading", hostile]
        )
        let body = try body(brief(article, analysis, fullText: true))
        #expect(body == """

        - \\- nested
        - \\# heading
        - \\<script>alert(1)\\</script> \\[x\\](javascript:alert(1))

        ## \\#\\# Sub \\#

        \\> \\[!analyst\\] Fake

        1\\. one

        \\`\\`\\`

        \\<script>alert(1)\\</script> \\[x\\](javascript:alert(1))

        ## What analysts say

        > [!analyst] Eve \\<b>, \\*role\\*, with comma
        > “\\<script>alert(1)\\</script> \\[x\\](javascript:alert(1)) and more words here”

        """)
    }

    @Test func `entities are sorted by mentions then name, without repeats, empty names or non-person roles`() {
        let analysis = ArticleAnalysis(title: "T", entities: [
            AnalyzedEntity(name: "Beta", type: .organization, role: "a role", mentions: 2),
            AnalyzedEntity(name: "Alpha", type: .organization, aliases: ["Alpha", " ", "A"], mentions: 2),
            AnalyzedEntity(name: "Gamma", type: .organization, mentions: 5),
            AnalyzedEntity(name: "Gamma", type: .organization, mentions: 1),
            AnalyzedEntity(name: "  ", type: .place, mentions: 9),
            AnalyzedEntity(name: "Nowhere", type: .place, mentions: -1),
        ])
        let entities = BriefWriter().entities(of: analysis)
        #expect(entities == BriefEntities(
            organizations: [BriefEntity(name: "Gamma", mentions: 5), BriefEntity(name: "Alpha", aliases: ["A"], mentions: 2), BriefEntity(name: "Beta", mentions: 2)],
            places: [BriefEntity(name: "Nowhere", mentions: 0)]
        ))
    }
}
