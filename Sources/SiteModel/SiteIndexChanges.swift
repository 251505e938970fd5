import BriefingCore

/// What differs between the site index of the last build and the new one, as the pages that must be made again: a
/// rebuild after one article changed makes the pages that show it, not the whole site.
///
/// Everything a page shows comes from a brief or from how the index resolves names, quote speakers and tags, so a page
/// whose briefs and resolutions are unchanged is unchanged (given the same settings and templates, which the caller
/// compares). The work is proportional to the site's entities and tags plus what changed, not to the size of the
/// briefs.
public struct SiteIndexChanges: Sendable, Equatable {
    /// Slugs of briefs added, removed or changed.
    public private(set) var changedBriefs: Set<String> = []
    /// Slugs of the new index's briefs whose page, card or search entry must be made again: the changed ones, and those
    /// whose entities, quote speakers or tags now resolve to another slug or name.
    public private(set) var briefsToRedo: Set<String> = []
    /// Slugs of the new index's entities whose pages must be made again.
    public private(set) var entitiesToRedo: Set<String> = []
    /// Slugs of the new index's tags whose pages must be made again.
    public private(set) var tagsToRedo: Set<String> = []
    /// For entities whose pages are otherwise unchanged, the positions in their appearances of the briefs to redo: the
    /// pages listing those briefs (and the first, which names briefs by role) must be made again.
    public private(set) var entityBriefPositions: [String: Set<Int>] = [:]
    /// For tags whose pages are otherwise unchanged, the positions in their briefs of the briefs to redo.
    public private(set) var tagBriefPositions: [String: Set<Int>] = [:]
    /// Whether the list of all entities (names, slugs, kinds, brief counts) changed.
    public private(set) var entityListChanged = false
    /// Whether the list of all tags (names, slugs, brief counts) changed.
    public private(set) var tagListChanged = false
    /// Whether a brief was added or removed.
    public private(set) var briefListChanged = false

    /// Whether the site has the same pages as before: the same briefs, entities and tags, each listed on as many pages.
    public var keepsEveryPage: Bool { !briefListChanged && !entityListChanged && !tagListChanged }

    /// The changes from `old` to `new` when `new` is `old` with the briefs `replaced` (slugs) replaced by versions
    /// naming the same entities, quotes and tags (`SiteIndex.replacing`): nothing resolves differently and no list
    /// changes, so only those briefs, their entities and their tags are looked at. Equal to `init(from:to:)` then.
    public init(replacing replaced: Set<String>, from old: SiteIndex, to new: SiteIndex) {
        changedBriefs = replaced.filter { old.brief(slug: $0) != new.brief(slug: $0) }
        briefsToRedo = changedBriefs
        // Only the changed briefs' entities and tags can have been re-sorted (a brief that moved).
        for slug in changedBriefs {
            for index in [old, new] {
                guard let brief = index.brief(slug: slug) else { continue }
                for entity in index.entities(of: brief) where old.entity(slug: entity.slug) != new.entity(slug: entity.slug) {
                    entitiesToRedo.insert(entity.slug)
                }
            }
            for tag in (new.brief(slug: slug)?.tags ?? []).compactMap({ new.tag(named: $0) }) where old.tag(slug: tag.slug) != tag {
                tagsToRedo.insert(tag.slug)
            }
        }
        notePositions(from: old, to: new)
    }

    /// The changes from `old` to `new`.
    public init(from old: SiteIndex, to new: SiteIndex) {
        for brief in new.briefs where old.brief(slug: brief.slug) != brief { changedBriefs.insert(brief.slug) }
        for brief in old.briefs where new.briefPositions[brief.slug] == nil { changedBriefs.insert(brief.slug) }
        briefsToRedo = changedBriefs.filter { new.briefPositions[$0] != nil }
        briefListChanged = changedBriefs.contains { old.briefPositions[$0] == nil || new.briefPositions[$0] == nil }

        // Names whose entity is now another, or is shown by another name: every brief naming them shows the change.
        func resolutionDiffers(_ left: SiteEntity?, _ right: SiteEntity?) -> Bool {
            left?.slug != right?.slug || left?.name != right?.name || left?.kind != right?.kind
        }
        func redoBriefs(of entity: SiteEntity?) {
            for appearance in entity?.appearances ?? [] where new.briefPositions[appearance.briefSlug] != nil {
                briefsToRedo.insert(appearance.briefSlug)
            }
        }
        for kind in EntityKind.allCases {
            let oldNames = old.entitiesByName[kind] ?? [:], newNames = new.entitiesByName[kind] ?? [:]
            for (key, position) in newNames {
                let before = oldNames[key].map { old.entities[$0] }, after = new.entities[position]
                guard resolutionDiffers(before, after) else { continue }
                redoBriefs(of: before)
                redoBriefs(of: after)
            }
            for (key, position) in oldNames where newNames[key] == nil {
                redoBriefs(of: old.entities[position])
            }
        }
        // Entities gone, or shown by another name or kind: pages naming them as related show the change.
        let renamedEntities = Set(old.entities.lazy.filter { resolutionDiffers($0, new.entity(slug: $0.slug)) }.map(\.slug))

        // Tags shown by another name, new or gone: every brief with them shows the change.
        for tag in new.tags {
            let before = old.tag(slug: tag.slug)
            if before != tag { tagsToRedo.insert(tag.slug) }
            if before?.name != tag.name {
                for slug in tag.briefSlugs + (before?.briefSlugs ?? []) where new.briefPositions[slug] != nil { briefsToRedo.insert(slug) }
            }
        }
        for tag in old.tags where new.tag(slug: tag.slug) == nil {
            for slug in tag.briefSlugs where new.briefPositions[slug] != nil { briefsToRedo.insert(slug) }
        }

        // Entity pages list their briefs' titles, dates and sources, and name their related entities.
        for entity in new.entities {
            if old.entity(slug: entity.slug) != entity || entity.related.contains(where: { renamedEntities.contains($0.slug) }) {
                entitiesToRedo.insert(entity.slug)
            }
        }
        notePositions(from: old, to: new)

        entityListChanged = old.entities.count != new.entities.count || zip(old.entities, new.entities).contains { left, right in
            left.slug != right.slug || left.name != right.name || left.kind != right.kind || left.appearances.count != right.appearances.count
        }
        tagListChanged = old.tags.count != new.tags.count || zip(old.tags, new.tags).contains { left, right in
            left.slug != right.slug || left.name != right.name || left.briefSlugs.count != right.briefSlugs.count
        }
    }
}

extension SiteIndexChanges {
    /// Of the entities and tags not redone whole, the positions of the changed briefs in their lists: the pages
    /// listing them (and an entity's first page) are made again. An entity or tag that no longer lists a brief it
    /// listed is redone whole.
    private mutating func notePositions(from old: SiteIndex, to new: SiteIndex) {
        // Entity pages list their briefs' titles, dates and sources.
        for slug in changedBriefs {
            for index in [old, new] {
                guard let brief = index.brief(slug: slug) else { continue }
                for entity in index.entities(of: brief) {
                    guard let current = new.entity(slug: entity.slug), !entitiesToRedo.contains(entity.slug) else { continue }
                    if let position = current.appearances.firstIndex(where: { $0.briefSlug == slug }) {
                        entityBriefPositions[entity.slug, default: []].insert(position)
                    } else {
                        entitiesToRedo.insert(entity.slug)
                    }
                }
            }
        }
        for slug in entitiesToRedo { entityBriefPositions[slug] = nil }
        // Tag pages show their briefs' cards.
        for slug in briefsToRedo {
            guard let brief = new.brief(slug: slug) else { continue }
            for tag in brief.tags.compactMap({ new.tag(named: $0) }) where !tagsToRedo.contains(tag.slug) {
                if let position = tag.briefSlugs.firstIndex(of: slug) {
                    tagBriefPositions[tag.slug, default: []].insert(position)
                } else {
                    tagsToRedo.insert(tag.slug)
                }
            }
        }
        for slug in tagsToRedo { tagBriefPositions[slug] = nil }
    }
}

extension SiteIndex {
    /// The entities a brief's sidebar names and whose quotes it carries.
    func entities(of brief: Brief) -> [SiteEntity] {
        let listed: [(EntityKind, [BriefEntity])] = [
            (.person, brief.entities.people), (.organization, brief.entities.organizations), (.place, brief.entities.places),
        ]
        var found = listed.flatMap { kind, list in list.compactMap { entity(named: $0.name, kind: kind) } }
        found += quotes(inBrief: brief.slug).map(\.entity)
        return found
    }
}
