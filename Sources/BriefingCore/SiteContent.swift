/// Everything a build publishes, read from the content folder.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var briefs: [Brief]
    /// Articles of `Content/articles/` that have no hand-kept brief of their slug.
    public var articles: [Article]
    public var pages: [Page]
    /// Files of `Content/static/`, copied as they are.
    public var staticFiles: [StaticFile]

    public init(config: SiteConfig, briefs: [Brief], articles: [Article] = [], pages: [Page], staticFiles: [StaticFile]) {
        self.config = config
        self.briefs = briefs
        self.articles = articles
        self.pages = pages
        self.staticFiles = staticFiles
    }
}

/// A file copied into the output as it is.
public struct StaticFile: Sendable, Equatable {
    /// The file on disk.
    public var sourcePath: String
    /// Where it goes, relative to the output folder.
    public var outputPath: String

    public init(sourcePath: String, outputPath: String) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
    }
}
