/// One entity as one brief lists it, or the speaker of a quote whom the brief does not list.
struct EntityOccurrence: Sendable {
    var kind: EntityKind
    /// The brief's position in the site's newest-first order.
    var brief: Int
    var name: String
    var aliases: [String]
    var roles: [String]
    var mentions: Int

    var key: NameKey { NameKey(name) }
}
