import BriefingCore

/// Writes the Markdown brief of an article from its analysis (DESIGN.md, "The brief"). Pure: no file I/O.
///
/// The brief is YAML front matter (title, slug, date, byline, source, source URL, tags, entities), then the key
/// points as a bullet list, the story's sections, `## What analysts say` with `> [!analyst]` callouts, `## Other
/// voices` with `> [!quote]` callouts, and a source line. Everything taken from the article is put on one line and
/// escaped, so that it reads back as the same text and never becomes YAML or Markdown structure or raw HTML.
public struct BriefWriter: Sendable {
    /// The heading given to a story's opening section, which has none of its own.
    static let openingHeading = "The story"
    /// How many paragraphs of each section a condensed brief keeps.
    static let paragraphsPerSection = 2
    /// Quotes of fewer words are left out of "Other voices".
    static let minimumVoiceWords = 6

    public init() {}

    /// The Markdown brief of `article`, using what `analysis` found in it.
    ///
    /// With `fullText`, the brief carries every paragraph of the story; otherwise each section keeps its first
    /// paragraphs that hold no key point. The text reads back through `BriefReader` with the same title, slug,
    /// date, byline, source, source URL, tags and entities.
    public func brief(for article: Article, using analysis: ArticleAnalysis, fullText: Bool) -> String {
        written(for: article, using: analysis, fullText: fullText).markdown
    }

    /// The Markdown brief of `article`, as `brief(for:using:fullText:)` writes it, with the `Brief` it reads back
    /// as, so that a build need not parse what it just wrote.
    public func written(for article: Article, using analysis: ArticleAnalysis, fullText: Bool) -> WrittenBrief {
        var details = self.details(of: article, using: analysis)
        let blocks = keyPointBlocks(analysis)
            + storyBlocks(article, keyPoints: analysis.keyPoints, fullText: fullText)
            + quoteBlocks(analysis)
            + sourceBlocks(details)
        let frontMatter = frontMatter(details)
        // The body is what follows the closing `---` line, as the reader splits it.
        let body = blocks.isEmpty ? "" : "\n" + blocks.joined(separator: "\n\n") + "\n"
        details.body = body
        details.bodyLine = frontMatter.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        let vouched = !details.title.isEmpty && Slug.isValid(details.slug)
        return WrittenBrief(markdown: frontMatter + body, brief: vouched ? details : nil)
    }
}

/// A brief as Markdown, and as the `Brief` that Markdown reads back as (the same title, slug, date, byline, source,
/// address, tags, entities and body, which tests check on every corpus article); nil when only reading it back can
/// tell (a title or slug the reader would refuse).
public struct WrittenBrief: Sendable {
    public var markdown: String
    public var brief: Brief?
}
