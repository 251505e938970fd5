/// One entity as one brief lists it, or the speaker of a quote whom the brief does not list.
struct EntityOccurrence: Sendable, Equatable {
    var kind: EntityKind
    /// The brief's position in the site's newest-first order.
    var brief: Int
    let name: String
    let aliases: [String]
    var roles: [String]
    var mentions: Int
    /// The keys of `name` and of `aliases`, made once.
    let key: NameKey
    let aliasKeys: [NameKey]

    init(kind: EntityKind, brief: Int, name: String, aliases: [String], roles: [String], mentions: Int) {
        self.kind = kind
        self.brief = brief
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        key = NameKey(name)
        aliasKeys = aliases.map(NameKey.init)
    }
}
