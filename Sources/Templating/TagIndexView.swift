/// Every tag of the site, A–Z.
public struct TagIndexView: Sendable, Hashable {
    public var tags: [Item]

    /// One tag in the index.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var url: String
        public var count: Int
        /// `3 briefs`.
        public var countLabel: String
    }
}
