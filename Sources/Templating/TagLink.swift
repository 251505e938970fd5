/// A link to a tag's page.
public struct TagLink: Sendable, Hashable {
    public var name: String
    public var url: String
}
