import BriefingCore

/// Reads an article file of any supported format (`.txt`, `.md`, `.html`/`.htm`) into an `Article`.
public struct ArticleReader: Sendable {
    /// The file extensions read as articles.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public init() {}

    /// The article at `path`, with warnings about what was repaired (a Windows-1252 file read as such, say).
    /// - Throws: `BriefingError` naming the file (and line where there is one) when it cannot be read as an article.
    public func article(at path: String) throws -> (article: Article, warnings: [BriefingError]) {
        throw BriefingError(.unreadableFile("articles cannot be read yet."), at: SourceLocation(path: path))
    }
}
