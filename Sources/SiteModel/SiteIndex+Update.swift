import BriefingCore

extension SiteIndex {
    /// This index with some briefs replaced by new versions that name the same entities, roles, mentions and quotes
    /// and carry the same tags (their `BriefEntries` and tags are equal) under the same slug: what editing a brief's
    /// wording, title or date does. Merging entities depends only on what is named, so the entities stay as they are;
    /// only the order of briefs, and with it the order of the affected entities' appearances and quotes and of the
    /// affected tags' briefs, can move. Equal to indexing all the briefs afresh, in a fraction of the time.
    ///
    /// - Returns: nil when a replacement has another slug, or names or tags anything differently: index afresh then.
    public func replacing(_ replacements: [(old: Brief, oldEntries: BriefEntries, new: Brief, newEntries: BriefEntries)]) -> SiteIndex? {
        var briefs = self.briefs
        var moved: [Brief] = []
        for (old, oldEntries, new, newEntries) in replacements {
            guard old.slug == new.slug, old.tags == new.tags, let position = briefPositions[old.slug], briefs[position] == old,
                  oldEntries == newEntries else { return nil }
            // A brief replaced alone that keeps its place among its neighbours (a new title on a busy day often does)
            // stays put.
            let keepsPlace = (old.date, old.title, old.path) == (new.date, new.title, new.path)
                || (replacements.count == 1 && (position == 0 || Self.newestFirst(briefs[position - 1], new))
                    && (position == briefs.count - 1 || Self.newestFirst(new, briefs[position + 1])))
            if keepsPlace {
                briefs[position] = new
            } else {
                moved.append(new)
            }
        }
        guard !moved.isEmpty else { return SiteIndex(self, briefs: briefs, briefPositions: briefPositions) }

        // Take the moved briefs out, then put each back where the newest-first order puts it.
        let movedSlugs = Set(moved.map(\.slug))
        briefs.removeAll { movedSlugs.contains($0.slug) }
        for brief in moved {
            var low = 0, high = briefs.count
            while low < high {
                let middle = (low + high) / 2
                if Self.newestFirst(briefs[middle], brief) { low = middle + 1 } else { high = middle }
            }
            briefs.insert(brief, at: low)
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(briefs.count)
        for (position, brief) in briefs.enumerated() where positions[brief.slug] == nil { positions[brief.slug] = position }
        var updated = SiteIndex(self, briefs: briefs, briefPositions: positions)

        // Appearances and quotes are newest brief first (a quote's order within its brief kept); tags list newest first.
        func order(_ slug: String) -> Int { positions[slug] ?? Int.max }
        var entityPositions = Set<Int>()
        var tagPositions = Set<Int>()
        for brief in moved {
            for (kind, list) in [(EntityKind.person, brief.entities.people), (.organization, brief.entities.organizations), (.place, brief.entities.places)] {
                for entity in list { if let position = entitiesByName[kind]?[NameKey(entity.name)] { entityPositions.insert(position) } }
            }
            for (_, position) in speakers[brief.slug] ?? [] { entityPositions.insert(position) }
            for name in brief.tags { if let position = tagPositionsByName[name] { tagPositions.insert(position) } }
        }
        var entities = self.entities
        for position in entityPositions {
            entities[position].appearances.sort { order($0.briefSlug) < order($1.briefSlug) }
            entities[position].quotes = entities[position].quotes.enumerated()
                .sorted { (order($0.element.briefSlug), $0.offset) < (order($1.element.briefSlug), $1.offset) }
                .map(\.element)
        }
        var tags = self.tags
        for position in tagPositions { tags[position].briefSlugs.sort { order($0) < order($1) } }
        updated.entities = entities
        updated.tags = tags
        return updated
    }
}
