import BriefingCore
import Foundation

/// The site model: every brief, newest first, and what joins them — the people, organisations and places named
/// across briefs (aliases merged), their quotes, and the tags.
///
/// Built once per build from all briefs; pure and deterministic: the same briefs in any order give an equal index.
public struct SiteIndex: Sendable {
    /// Newest first; undated last; then by title and slug.
    public let briefs: [Brief]
    /// By kind (people, organisations, places), then A–Z.
    public internal(set) var entities: [SiteEntity]
    /// A–Z.
    public internal(set) var tags: [SiteTag]

    let briefPositions: [String: Int]
    let entityPositions: [String: Int]
    let entitiesByName: [EntityKind: [NameKey: Int]]
    let tagPositions: [String: Int]
    /// Each tag name as briefs spell it → its tag's position, so that looking a brief's tag up needs no slugging.
    let tagPositionsByName: [String: Int]
    /// Brief slug → for each of its quotes in order, the position of the speaker's entity.
    let speakers: [String: [(quote: BriefQuote, entity: Int)]]

    /// How many related entities an entity keeps.
    public static let relatedLimit = 8

    /// An index of no briefs.
    public init() {
        self.init(briefs: [])
    }

    /// Indexes `briefs`, in any order; `entries` gives each brief's entries (made afresh by default, or kept from
    /// an earlier build).
    public init(briefs unordered: [Brief], entries: (Brief) -> BriefEntries = BriefEntries.init(of:)) {
        let briefs = unordered.sorted(by: Self.newestFirst)
        self.briefs = briefs
        briefPositions = Dictionary(briefs.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })

        var builder = EntityIndexBuilder()
        for (position, brief) in briefs.enumerated() { builder.add(entries(brief), at: position) }
        let built = builder.build(briefs: briefs)
        entities = built.entities
        entityPositions = Dictionary(built.entities.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        entitiesByName = built.byName
        speakers = built.speakers

        tags = Self.tags(of: briefs)
        let tagPositions = Dictionary(tags.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.tagPositions = tagPositions
        var byName: [String: Int] = [:]
        for name in Set(briefs.flatMap(\.tags)) {
            byName[name] = tagPositions[Self.tagSlug(name.trimmingSpaces)]
        }
        tagPositionsByName = byName
    }

    /// `base` with other briefs (the same slugs, entities and tags).
    init(_ base: SiteIndex, briefs: [Brief], briefPositions: [String: Int]) {
        self.briefs = briefs
        self.briefPositions = briefPositions
        entities = base.entities
        tags = base.tags
        entityPositions = base.entityPositions
        entitiesByName = base.entitiesByName
        tagPositions = base.tagPositions
        tagPositionsByName = base.tagPositionsByName
        speakers = base.speakers
    }

    /// The brief with `slug`.
    public func brief(slug: String) -> Brief? {
        briefPositions[slug].map { briefs[$0] }
    }

    /// The entity whose page has `slug`.
    public func entity(slug: String) -> SiteEntity? {
        entityPositions[slug].map { entities[$0] }
    }

    /// Where the brief with `slug` is in `briefs`.
    public func position(ofBrief slug: String) -> Int? {
        briefPositions[slug]
    }

    /// The briefs with `slugs` that the index holds, in the index's order.
    public func briefs(slugs: some Sequence<String>) -> [Brief] {
        Set(slugs).compactMap { briefPositions[$0] }.sorted().map { briefs[$0] }
    }

    /// The entities with `slugs` that the index holds, in the index's order.
    public func entities(slugs: some Sequence<String>) -> [SiteEntity] {
        Set(slugs).compactMap { entityPositions[$0] }.sorted().map { entities[$0] }
    }

    /// The tags with `slugs` that the index holds, in the index's order.
    public func tags(slugs: some Sequence<String>) -> [SiteTag] {
        Set(slugs).compactMap { tagPositions[$0] }.sorted().map { tags[$0] }
    }

    /// The entity a brief's sidebar entry of `kind` named `name` belongs to.
    public func entity(named name: String, kind: EntityKind) -> SiteEntity? {
        entitiesByName[kind]?[NameKey(name)].map { entities[$0] }
    }

    /// The quotes of the brief with `slug`, in order, each with its speaker's entity.
    public func quotes(inBrief slug: String) -> [(quote: BriefQuote, entity: SiteEntity)] {
        (speakers[slug] ?? []).map { ($0.quote, entities[$0.entity]) }
    }

    /// The tag whose page has `slug`.
    public func tag(slug: String) -> SiteTag? {
        tagPositions[slug].map { tags[$0] }
    }

    /// The tag a brief's tag `name` belongs to.
    public func tag(named name: String) -> SiteTag? {
        if let position = tagPositionsByName[name] { return tags[position] }
        return tag(slug: Self.tagSlug(name))
    }

    /// The slug of a tag name: `"Security guarantees"` → `security-guarantees`; a name without ASCII letters or
    /// digits gets `tag-` and a hash of the name.
    public static func tagSlug(_ name: String) -> String {
        let slug = Slug.make(from: name)
        return slug.isEmpty ? "tag-" + StableHash.hex(NameKey(name).text).prefix(10) : slug
    }

    /// Newest first; undated briefs last; then by title and slug, so that the order never depends on the file system.
    public static func newestFirst(_ lhs: Brief, _ rhs: Brief) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?) where left != right: return left > right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.title, lhs.slug, lhs.path) < (rhs.title, rhs.slug, rhs.path)
        }
    }

    static func tags(of briefs: [Brief]) -> [SiteTag] {
        var spellings: [String: [String: Int]] = [:]
        var briefSlugs: [String: [String]] = [:]
        // A few hundred names are used tens of thousands of times: each is trimmed and slugged once.
        var slugs: [String: (trimmed: String, slug: String)] = [:]
        for brief in briefs {
            var seen = Set<String>()
            for name in brief.tags {
                let (trimmed, slug) = slugs[name] ?? {
                    let trimmed = name.trimmingSpaces
                    let made = (trimmed, trimmed.isEmpty ? "" : tagSlug(trimmed))
                    slugs[name] = made
                    return made
                }()
                guard !trimmed.isEmpty else { continue }
                spellings[slug, default: [:]][trimmed, default: 0] += 1
                if seen.insert(slug).inserted { briefSlugs[slug, default: []].append(brief.slug) }
            }
        }
        return spellings.keys
            .map { SiteTag(slug: $0, name: NameGroup.mostUsed(spellings[$0]!), briefSlugs: briefSlugs[$0] ?? []) }
            .sorted { (NameKey($0.name), $0.slug) < (NameKey($1.name), $1.slug) }
    }
}
