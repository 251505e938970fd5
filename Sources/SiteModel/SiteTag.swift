/// One tag across every brief; spellings that make the same slug are one tag.
public struct SiteTag: Sendable, Equatable {
    /// Unique among tags; the tag page is `tags/<slug>/index.html`.
    public var slug: String
    /// The spelling used most.
    public var name: String
    /// The briefs with the tag, newest first.
    public var briefSlugs: [String]
}
