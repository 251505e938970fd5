/// The settings of a site, from `Content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// The absolute URL the site is published at, used only where absolute URLs are required.
    public var baseURL: String?
    public var language: String
    public var author: String?
    /// Whether generated briefs carry the whole cleaned story rather than a condensed one.
    public var fullText: Bool
    /// How many items a listing page shows.
    public var pageSize: Int

    public init(
        title: String = "Briefing", description: String? = nil, baseURL: String? = nil, language: String = "en",
        author: String? = nil, fullText: Bool = false, pageSize: Int = 20
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.author = author
        self.fullText = fullText
        self.pageSize = pageSize
    }
}
