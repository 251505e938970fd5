import BriefingCore
import Foundation

/// Collects the entities and quotes of every brief, then merges them into the site's entities.
struct EntityIndexBuilder {
    var occurrences: [EntityOccurrence] = []
    /// Each quote with the occurrence of its speaker.
    var quotes: [(quote: BriefQuote, occurrence: Int)] = []

    /// Adds the sidebar entities of `brief` and the speakers of its quotes; a speaker the brief does not list
    /// becomes a person of the brief.
    mutating func add(_ brief: Brief, at position: Int) {
        let lists: [(EntityKind, [BriefEntity])] = [
            (.person, brief.entities.people), (.organization, brief.entities.organizations), (.place, brief.entities.places),
        ]
        let first = occurrences.count
        for (kind, list) in lists {
            for entity in list where !NameKey(entity.name).isEmpty {
                let role = entity.role?.trimmingSpaces
                occurrences.append(EntityOccurrence(
                    kind: kind, brief: position, name: entity.name.trimmingSpaces,
                    aliases: entity.aliases, roles: role.map { $0.isEmpty ? [] : [$0] } ?? [], mentions: entity.mentions
                ))
            }
        }
        let listed = occurrences.count
        for quote in BriefQuote.quotes(in: brief) {
            let speaker: Int
            if let found = self.speaker(quote.speaker, among: first..<occurrences.count) {
                speaker = found
            } else {
                speaker = occurrences.count
                occurrences.append(EntityOccurrence(kind: .person, brief: position, name: quote.speaker, aliases: [], roles: [], mentions: 0))
            }
            if occurrences[speaker].kind == .person, let role = quote.role, !occurrences[speaker].roles.contains(role) {
                occurrences[speaker].roles.append(role)
            }
            // A speaker the brief does not list is mentioned by their quotes' captions.
            if speaker >= listed { occurrences[speaker].mentions += 1 }
            quotes.append((quote, speaker))
        }
    }

    /// The occurrence among `range` that a quote's speaker names: a person by name or alias, else the one person whose
    /// name it can be short for ("Eastman" for "Cres Eastman"), else an organisation by name or alias.
    func speaker(_ name: String, among range: Range<Int>) -> Int? {
        let key = NameKey(name)
        func isNamed(_ occurrence: EntityOccurrence) -> Bool {
            occurrence.key == key || occurrence.aliasKeys.contains(key)
        }
        if let person = range.first(where: { occurrences[$0].kind == .person && isNamed(occurrences[$0]) }) {
            return person
        }
        let speaker = Self.group(of: EntityOccurrence(kind: .person, brief: 0, name: name, aliases: [], roles: [], mentions: 0))
        let people = range.filter { index in
            let group = Self.group(of: occurrences[index])
            return occurrences[index].kind == .person && !group.forms.isDisjoint(with: speaker.forms) && group.canJoin(speaker)
        }
        if people.count == 1 { return people[0] }
        return range.first { occurrences[$0].kind == .organization && isNamed(occurrences[$0]) }
    }

    static func group(of occurrence: EntityOccurrence) -> NameGroup {
        let group = NameGroup(kind: occurrence.kind, key: occurrence.key)
        group.add(occurrence, at: 0)
        return group
    }

    /// The merged entities, sorted by kind then A–Z, with unique slugs, related entities and quotes.
    func build(briefs: [Brief]) -> (entities: [SiteEntity], byName: [EntityKind: [NameKey: Int]], speakers: [String: [(quote: BriefQuote, entity: Int)]]) {
        var groups: [NameGroup] = []
        var groupIndex: [EntityKind: [NameKey: Int]] = [:]
        for (index, occurrence) in occurrences.enumerated() {
            let key = occurrence.key
            if let existing = groupIndex[occurrence.kind]?[key] {
                groups[existing].add(occurrence, at: index)
            } else {
                groupIndex[occurrence.kind, default: [:]][key] = groups.count
                let group = NameGroup(kind: occurrence.kind, key: key)
                group.add(occurrence, at: index)
                groups.append(group)
            }
        }

        let merger = EntityMerger()
        let clusters = merger.clusters(of: groups)
            .map { cluster in (cluster: cluster, canonical: merger.canonical(of: cluster, in: groups)) }
            .sorted { lhs, rhs in
                let left = groups[lhs.canonical], right = groups[rhs.canonical]
                return (left.kind.order, left.key) < (right.kind.order, right.key)
            }

        var clusterOfGroup = [Int](repeating: 0, count: groups.count)
        for (position, entry) in clusters.enumerated() {
            for group in entry.cluster { clusterOfGroup[group] = position }
        }
        var clusterOfOccurrence = [Int](repeating: 0, count: occurrences.count)
        for (index, group) in groups.enumerated() {
            for occurrence in group.occurrences { clusterOfOccurrence[occurrence] = clusterOfGroup[index] }
        }

        var slugs = Set<String>()
        var entities: [SiteEntity] = clusters.map { entry in
            let canonical = groups[entry.canonical]
            let name = canonical.spelling
            return SiteEntity(
                slug: Self.uniqueSlug(for: name, key: canonical.key, kind: canonical.kind, taken: &slugs),
                kind: canonical.kind,
                name: name,
                otherNames: Self.otherNames(of: entry.cluster.map { groups[$0] }, besides: canonical.key),
                appearances: appearances(of: entry.cluster.flatMap { groups[$0].occurrences }, briefs: briefs),
                quotes: [],
                related: []
            )
        }

        var speakers: [String: [(quote: BriefQuote, entity: Int)]] = [:]
        for (quote, occurrence) in quotes {
            let entity = clusterOfOccurrence[occurrence]
            entities[entity].quotes.append(quote)
            speakers[quote.briefSlug, default: []].append((quote, entity))
        }

        let related = Self.related(briefEntities: Self.entitiesPerBrief(occurrences, clusterOfOccurrence, briefCount: briefs.count), entities: entities)
        for index in entities.indices { entities[index].related = related[index] }

        var byName: [EntityKind: [NameKey: Int]] = [:]
        for (kind, keys) in groupIndex {
            byName[kind] = keys.mapValues { clusterOfGroup[$0] }
        }
        return (entities, byName, speakers)
    }

    /// One appearance per brief, newest first: roles in order without repeats, mentions added up.
    func appearances(of indices: [Int], briefs: [Brief]) -> [SiteEntity.Appearance] {
        // Occurrences are numbered brief by brief, newest first: in number order, each brief's are together.
        var result: [SiteEntity.Appearance] = []
        var roleKeys: [NameKey] = []
        var lastBrief: Int?
        for index in indices.sorted() {
            let occurrence = occurrences[index]
            if occurrence.brief != lastBrief {
                result.append(SiteEntity.Appearance(briefSlug: briefs[occurrence.brief].slug, roles: [], mentions: 0))
                roleKeys.removeAll(keepingCapacity: true)
                lastBrief = occurrence.brief
            }
            for role in occurrence.roles {
                let key = NameKey(role)
                guard !roleKeys.contains(key) else { continue }
                roleKeys.append(key)
                result[result.count - 1].roles.append(role)
            }
            result[result.count - 1].mentions += occurrence.mentions
        }
        return result
    }

    /// The names of the merged groups and their aliases, except the entity's own, one spelling each, A–Z.
    static func otherNames(of groups: [NameGroup], besides key: NameKey) -> [String] {
        var spellings: [NameKey: [String: Int]] = [:]
        for group in groups {
            spellings[group.key, default: [:]].merge(group.spellings, uniquingKeysWith: +)
            for (alias, counts) in group.aliases { spellings[alias, default: [:]].merge(counts, uniquingKeysWith: +) }
        }
        spellings[key] = nil
        return spellings.keys.sorted().map { NameGroup.mostUsed(spellings[$0]!) }
    }

    /// The slug of an entity's name, made unique: a clash takes the kind (`washington-place`), then a number.
    static func uniqueSlug(for name: String, key: NameKey, kind: EntityKind, taken: inout Set<String>) -> String {
        var base = Slug.make(from: name)
        if base.isEmpty { base = kind.rawValue + "-" + StableHash.hex(key.text).prefix(10) }
        var candidates = [base, "\(base)-\(kind.rawValue)"]
        var number = 2
        while let candidate = candidates.first {
            candidates.removeFirst()
            if taken.insert(candidate).inserted { return candidate }
            if candidates.isEmpty {
                candidates.append("\(base)-\(kind.rawValue)-\(number)")
                number += 1
            }
        }
        return base
    }

    static func entitiesPerBrief(_ occurrences: [EntityOccurrence], _ clusterOfOccurrence: [Int], briefCount: Int) -> [[Int]] {
        var perBrief = [Set<Int>](repeating: [], count: briefCount)
        for (index, occurrence) in occurrences.enumerated() { perBrief[occurrence.brief].insert(clusterOfOccurrence[index]) }
        return perBrief.map { $0.sorted() }
    }

    /// For each entity, the entities named in most of the same briefs: most shared briefs first, then the one in
    /// more briefs, then in index order.
    static func related(briefEntities: [[Int]], entities: [SiteEntity]) -> [[SiteEntity.Related]] {
        var briefsOfEntity = [[Int]](repeating: [], count: entities.count)
        for (brief, members) in briefEntities.enumerated() {
            for member in members { briefsOfEntity[member].append(brief) }
        }
        let appearanceCounts = entities.map(\.appearances.count)
        var shared = [Int](repeating: 0, count: entities.count)
        var touched: [Int] = []
        var top: [Int] = []
        func ranksBefore(_ left: Int, _ right: Int) -> Bool {
            if shared[left] != shared[right] { return shared[left] > shared[right] }
            if appearanceCounts[left] != appearanceCounts[right] { return appearanceCounts[left] > appearanceCounts[right] }
            return left < right
        }
        return entities.indices.map { entity in
            for brief in briefsOfEntity[entity] {
                for other in briefEntities[brief] where other != entity {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            // The best few, kept in order as the counts are read: no sort of every entity met.
            top.removeAll(keepingCapacity: true)
            for other in touched {
                guard top.count < SiteIndex.relatedLimit || ranksBefore(other, top[top.count - 1]) else { continue }
                if top.count == SiteIndex.relatedLimit { top.removeLast() }
                let place = top.firstIndex { ranksBefore(other, $0) } ?? top.count
                top.insert(other, at: place)
            }
            let related = top.map { SiteEntity.Related(slug: entities[$0].slug, sharedBriefs: shared[$0]) }
            for other in touched { shared[other] = 0 }
            touched.removeAll(keepingCapacity: true)
            return related
        }
    }
}
