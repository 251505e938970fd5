/// A news article as read from `Content/articles/`, whatever its format: the story and what is known about it.
///
/// Its fields live in one shared, immutable box, as a `Brief`'s do: a build passes tens of thousands of articles from
/// the cache to the loader to the brief step, and a copy then costs one reference instead of one for every field.
public struct Article: Sendable, Equatable {
    struct Fields: Sendable, Equatable {
        var title: String
        var standfirst: String?
        var byline: String?
        var date: CalendarDate?
        var source: String?
        var sourceURL: String?
        var tags: [String]
        var sections: [ArticleSection]
        var boilerplate: [String]
        var path: String
        var slug: String
    }

    final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let storage: Storage

    public var title: String { storage.fields.title }
    /// The summary line under the title, when the article has one.
    public var standfirst: String? { storage.fields.standfirst }
    public var byline: String? { storage.fields.byline }
    public var date: CalendarDate? { storage.fields.date }
    /// The publisher named in the article ("Al Jazeera").
    public var source: String? { storage.fields.source }
    /// The address of the original, when known.
    public var sourceURL: String? { storage.fields.sourceURL }
    public var tags: [String] { storage.fields.tags }
    /// The story, section by section; the first section may have no heading.
    public var sections: [ArticleSection] { storage.fields.sections }
    /// Lines dropped as boilerplate (read-also links, share prompts, captions, the author's biography).
    public var boilerplate: [String] { storage.fields.boilerplate }
    /// The file it was read from, relative to the project.
    public var path: String { storage.fields.path }
    /// The slug of the article: the one given (a Markdown article's `slug:`), else its file name's, or its title's when
    /// the file name has no letters or digits; empty when none has any. Made once (a large site asks for it many times
    /// a build).
    public var slug: String { storage.fields.slug }

    public init(
        title: String, standfirst: String? = nil, byline: String? = nil, date: CalendarDate? = nil,
        source: String? = nil, sourceURL: String? = nil, tags: [String] = [], sections: [ArticleSection],
        boilerplate: [String] = [], path: String, slug: String? = nil
    ) {
        storage = Storage(Fields(
            title: title, standfirst: standfirst, byline: byline, date: date, source: source, sourceURL: sourceURL, tags: tags,
            sections: sections, boilerplate: boilerplate, path: path, slug: slug ?? Self.slug(path: path, title: title)
        ))
    }

    public static func == (left: Article, right: Article) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
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
