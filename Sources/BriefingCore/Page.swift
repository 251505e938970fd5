/// A plain Markdown page of the site (`Content/pages/about.md`).
public struct Page: Sendable, Equatable {
    public var title: String
    public var slug: String
    public var body: String
    public var bodyLine: Int
    public var path: String

    public init(title: String, slug: String, body: String, bodyLine: Int = 1, path: String) {
        self.title = title
        self.slug = slug
        self.body = body
        self.bodyLine = bodyLine
        self.path = path
    }
}
