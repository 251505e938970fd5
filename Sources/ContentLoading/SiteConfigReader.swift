import BriefingCore

/// Reads `site.yml`.
public struct SiteConfigReader: Sendable {
    static let keys = ["title", "description", "base_url", "language", "author", "full_text", "page_size"]

    public init() {}

    /// The settings in `text`, read from `path`; absent keys take their defaults.
    /// - Throws: `BriefingError` (`invalidSiteConfig`) naming the line of a malformed or mistyped setting.
    public func config(from text: String, path: String) throws -> SiteConfig {
        do {
            let fields = try FrontMatter(parsing: TextNormalizer.normalized(text), path: path, firstLine: 1)
            try fields.rejectUnknownKeys(Self.keys, in: "site.yml")
            let defaults = SiteConfig()
            var baseURL = try fields.text("base_url")
            if let url = baseURL {
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    throw BriefingError(.invalidFrontMatter("'base_url' is '\(url)', but it should be an absolute URL such as https://example.org/briefing/."), at: fields.location(of: fields.node("base_url")!))
                }
                if !url.hasSuffix("/") { baseURL = url + "/" }
            }
            return SiteConfig(
                title: try fields.text("title") ?? defaults.title,
                description: try fields.text("description"),
                baseURL: baseURL,
                language: try fields.text("language") ?? defaults.language,
                author: try fields.text("author"),
                fullText: try fields.bool("full_text") ?? defaults.fullText,
                pageSize: try fields.integer("page_size", atLeast: 1) ?? defaults.pageSize
            )
        } catch let error as BriefingError {
            guard case .invalidFrontMatter(let message) = error.problem else { throw error }
            var siteError = error
            siteError.problem = .invalidSiteConfig(message)
            throw siteError
        }
    }
}
