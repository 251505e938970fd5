import BriefingCore

/// Tags for a brief: the places and organisations the story is most about, then its most-named people.
struct TagSelector {
    func tags(for entities: [AnalyzedEntity], limit: Int = 5) -> [String] {
        let ranked = entities.enumerated().sorted { ($0.element.mentions, -$0.offset) > ($1.element.mentions, -$1.offset) }.map(\.element)
        var tags = ranked.filter { $0.type != .person && $0.mentions >= 2 }.prefix(3).map(\.name)
        for entity in ranked where tags.count < limit && entity.mentions >= 2 && !tags.contains(entity.name) {
            tags.append(entity.name)
        }
        return tags
    }
}
