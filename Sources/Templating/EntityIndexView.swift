/// Every entity of the site, by kind, A–Z.
public struct EntityIndexView: Sendable, Hashable {
    /// People, Organisations, Places; only kinds that have entities.
    public var groups: [Group]
    /// How many entities in all.
    public var count: Int

    /// One kind of entity.
    public struct Group: Sendable, Hashable {
        public var title: String
        /// `people`, `organizations` or `places`: the section's id.
        public var kind: String
        public var count: Int
        /// The entities by first letter.
        public var letters: [Letter]
    }

    /// The entities whose names start with one letter (`#` for digits and signs).
    public struct Letter: Sendable, Hashable {
        public var letter: String
        public var items: [Item]
    }

    /// One entity in the index.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var url: String
        public var briefCount: Int
        /// `3 briefs`.
        public var briefLabel: String
    }
}
