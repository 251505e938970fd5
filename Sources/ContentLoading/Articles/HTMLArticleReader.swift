import BriefingCore

/// Reads a saved web page: finds the article among the page's navigation, scripts, share bars and footers,
/// and its title, author, date and publisher in meta tags or markup.
struct HTMLArticleReader {
    /// What the page at `path` holds.
    /// - Throws: `BriefingError` naming the file when the page has no title or cannot be parsed.
    func draft(from html: String, path: String) throws -> ArticleDraft {
        guard let document = HTMLDocument(parsing: html) else {
            throw BriefingError(.unparsableHTML, at: SourceLocation(path: path))
        }
        let extractor = HTMLTextExtractor(document)
        let root = extractor.storyRoot()
        let metadata = HTMLMetadata(document, root: root)
        guard let title = metadata.title, !title.isEmpty else {
            throw BriefingError(.pageWithoutTitle, at: SourceLocation(path: path))
        }
        let (blocks, chrome) = extractor.blocks(under: root)
        var draft = ArticleDraft(title: title)
        draft.byline = metadata.byline
        draft.date = metadata.date
        draft.source = metadata.source
        draft.sourceURL = metadata.sourceURL
        draft.tags = metadata.tags
        draft.blocks = blocks
        draft.boilerplate = chrome
        if let standfirst = metadata.standfirst, !Self.repeats(standfirst, of: blocks, or: title) {
            draft.standfirst = standfirst
        }
        return draft
    }

    /// Whether a page's description is only the story's first paragraph (or its headline) again.
    static func repeats(_ standfirst: String, of blocks: [ArticleBlock], or title: String) -> Bool {
        let folded = standfirst.foldedForMatching.trimmingPunctuation
        if folded == title.foldedForMatching.trimmingPunctuation { return true }
        guard let first = blocks.first(where: { !$0.isHeading })?.text.foldedForMatching else { return false }
        let shorter = min(first.count, folded.count, 120)
        return shorter >= 20 && first.prefix(shorter) == folded.prefix(shorter)
    }
}

extension BriefingError.Problem {
    static let unparsableHTML = Self.unreadableFile(
        "the page could not be read as HTML. Save the page again from the browser (as \"Web page, HTML only\"), or paste its text into a .txt file."
    )

    static let pageWithoutTitle = Self.invalidContent(
        "the page has no title: it has no og:title, <h1> or <title>. Add a <title> element with the headline."
    )
}
