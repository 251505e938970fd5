/// The HTML of a Markdown document, with what templates need to know about it.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML fragment.
    public var html: String
    /// The headings in document order, with the ids they were given: a table of contents.
    public var headings: [Heading]

    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}

/// One heading of a rendered document.
public struct Heading: Sendable, Equatable {
    public var level: Int
    /// The `id` attribute, unique in the document.
    public var id: String
    /// The heading as plain text.
    public var text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
