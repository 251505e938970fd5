/// One tag and its briefs.
public struct TagPageView: Sendable, Hashable {
    public var name: String
    public var slug: String
    /// How many briefs have the tag, over all pages.
    public var count: Int
    /// `3 briefs`.
    public var countLabel: String
    /// This page's briefs, newest first.
    public var briefs: [BriefCard]
    /// The tags index.
    public var indexURL: String
}
