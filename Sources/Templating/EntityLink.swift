/// A link to an entity's page.
public struct EntityLink: Sendable, Hashable {
    public var name: String
    public var url: String
    /// `person`, `organization` or `place`.
    public var kind: String
}
