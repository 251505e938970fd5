/// A news article as read from `Content/articles/`, whatever its format: the story and what is known about it.
public struct Article: Sendable, Equatable {
    public var title: String {
        didSet { slug = Self.slug(path: path, title: title) }
    }
    /// The summary line under the title, when the article has one.
    public var standfirst: String?
    public var byline: String?
    public var date: CalendarDate?
    /// The publisher named in the article ("Al Jazeera").
    public var source: String?
    /// The address of the original, when known.
    public var sourceURL: String?
    public var tags: [String]
    /// The story, section by section; the first section may have no heading.
    public var sections: [ArticleSection]
    /// Lines dropped as boilerplate (read-also links, share prompts, captions, the author's biography).
    public var boilerplate: [String]
    /// The file it was read from, relative to the project.
    public var path: String {
        didSet { slug = Self.slug(path: path, title: title) }
    }
    /// The slug of the article: its file name's, or its title's when the file name has no letters or digits. Made
    /// once (a large site asks for it many times a build).
    public private(set) var slug: String

    public init(
        title: String, standfirst: String? = nil, byline: String? = nil, date: CalendarDate? = nil,
        source: String? = nil, sourceURL: String? = nil, tags: [String] = [], sections: [ArticleSection],
        boilerplate: [String] = [], path: String
    ) {
        self.title = title
        self.standfirst = standfirst
        self.byline = byline
        self.date = date
        self.source = source
        self.sourceURL = sourceURL
        self.tags = tags
        self.sections = sections
        self.boilerplate = boilerplate
        self.path = path
        slug = Self.slug(path: path, title: title)
    }

    /// Every paragraph of the story, in order.
    public var paragraphs: [String] { sections.flatMap(\.paragraphs) }

    static func slug(path: String, title: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let base = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let fromName = Slug.make(from: base)
        return fromName.isEmpty ? Slug.make(from: title) : fromName
    }
}

/// A part of an article under one heading.
public struct ArticleSection: Sendable, Equatable {
    /// The section's heading; nil for the opening part of a story.
    public var heading: String?
    public var paragraphs: [String]

    public init(heading: String? = nil, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
