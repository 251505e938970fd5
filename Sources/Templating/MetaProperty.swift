/// An Open Graph `<meta property="og:title" content="…">` tag.
public struct MetaProperty: Sendable, Hashable {
    public var property: String
    public var content: String

    public init(property: String, content: String) {
        self.property = property
        self.content = content
    }
}
