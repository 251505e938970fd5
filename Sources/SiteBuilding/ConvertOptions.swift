/// What `briefing convert` was asked to do.
public struct ConvertOptions: Sendable {
    /// The content folder: its `site.yml` is honoured, and briefs are written into its `briefs/`.
    public var contentFolder: String
    /// The article files to convert, as given.
    public var articles: [String]
    /// Whether existing briefs may be replaced.
    public var force: Bool

    public init(contentFolder: String = "Content", articles: [String], force: Bool = false) {
        self.contentFolder = contentFolder
        self.articles = articles
        self.force = force
    }
}
