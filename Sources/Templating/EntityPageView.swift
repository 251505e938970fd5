/// One person, organisation or place across the site's briefs.
public struct EntityPageView: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// `person`, `organization` or `place`.
    public var kind: String
    /// `Person`, `Organisation` or `Place`.
    public var kindTitle: String
    /// Other names the briefs use, A–Z.
    public var otherNames: [String]
    /// `Named in 3 briefs · 12 mentions`.
    public var summary: String
    /// Each role given, with the briefs that give it; on the first page only.
    public var roles: [Role]
    /// This page's briefs, newest first.
    public var briefs: [BriefItem]
    /// Quotes whose speaker it is, from this page's briefs.
    public var quotes: [Quote]
    /// The entities it appears with most; on the first page only.
    public var related: [Related]
    /// Its section of the entities index.
    public var indexURL: String
    /// Whether this is the first page, which carries roles and related entities.
    public var isFirstPage: Bool

    /// A role and where it was given.
    public struct Role: Sendable, Hashable {
        /// How many of the briefs giving a role are linked from it.
        public static let briefsShown = 3

        public var role: String
        /// The newest briefs that give it, `briefsShown` at most.
        public var briefs: [BriefLink]
        /// How many briefs give it.
        public var briefCount: Int
        /// `and 4 other briefs`, when not all are linked.
        public var moreLabel: String?
    }

    /// A brief named in a role's list.
    public struct BriefLink: Sendable, Hashable {
        public var title: String
        public var url: String
        public var date: String?
        public var dateDisplay: String?
    }

    /// A brief that names the entity.
    public struct BriefItem: Sendable, Hashable {
        public var title: String
        public var url: String
        public var date: String?
        public var dateDisplay: String?
        public var source: String?
        public var mentions: Int
        /// `3 mentions`.
        public var mentionsLabel: String
        /// The roles the brief gives, joined with `; `.
        public var role: String?
    }

    /// A quote, shown as a quote box.
    public struct Quote: Sendable, Hashable {
        /// `analyst` or `quote`.
        public var kind: String
        /// The quotation (HTML).
        public var textHTML: String
        public var role: String?
        public var briefTitle: String
        public var briefURL: String
        public var dateDisplay: String?
    }

    /// An entity named in the same briefs.
    public struct Related: Sendable, Hashable {
        public var name: String
        public var url: String
        public var kind: String
        public var kindTitle: String
        public var sharedBriefs: Int
        /// `2 briefs together`.
        public var sharedLabel: String
    }
}
