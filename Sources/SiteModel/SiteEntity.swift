/// One person, organisation or place across every brief of the site, its spellings and aliases merged.
public struct SiteEntity: Sendable, Equatable {
    /// Unique among all entities of the site; the entity page is `entities/<slug>/index.html`.
    public var slug: String
    public var kind: EntityKind
    /// The name the entity is shown by.
    public var name: String
    /// Other names the briefs use for it, A–Z.
    public var otherNames: [String]
    /// The briefs that name it, newest first.
    public var appearances: [Appearance]
    /// Quotes whose speaker it is, newest brief first, then in the order of each brief.
    public var quotes: [BriefQuote]
    /// The entities named in most of the same briefs, most shared briefs first.
    public var related: [Related]

    /// Mentions over all briefs.
    public var mentions: Int { appearances.reduce(0) { $0 + $1.mentions } }

    /// The entity in one brief.
    public struct Appearance: Sendable, Equatable {
        public var briefSlug: String
        /// The roles the brief gives it (its sidebar role and its quotes' captions), in order, without repeats.
        public var roles: [String]
        public var mentions: Int
    }

    /// An entity named in the same briefs.
    public struct Related: Sendable, Equatable {
        public var slug: String
        /// How many briefs name both.
        public var sharedBriefs: Int
    }
}
