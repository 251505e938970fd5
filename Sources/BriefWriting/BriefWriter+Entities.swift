import BriefingCore

extension BriefWriter {
    /// The entity sidebar: each group sorted by mentions, most first, then by name. Entities without a name and
    /// repeats of a name are left out; roles are kept for people only.
    func entities(of analysis: ArticleAnalysis) -> BriefEntities {
        func group(_ type: EntityType) -> [BriefEntity] {
            var seen: Set<String> = []
            var entities: [BriefEntity] = []
            for entity in analysis.entities where entity.type == type {
                guard let name = entity.name.collapsedOrNil, seen.insert(name).inserted else { continue }
                var aliases: [String] = []
                for alias in entity.aliases.compactMap(\.collapsedOrNil) where alias != name && !aliases.contains(alias) {
                    aliases.append(alias)
                }
                entities.append(BriefEntity(
                    name: name,
                    role: type == .person ? entity.role?.collapsedOrNil : nil,
                    aliases: aliases,
                    mentions: max(0, entity.mentions)
                ))
            }
            return entities.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
        }
        return BriefEntities(people: group(.person), organizations: group(.organization), places: group(.place))
    }

    /// The role of the entity called `speaker` (by name, else by alias), as its callout caption gives it.
    func role(of speaker: String, in analysis: ArticleAnalysis) -> String? {
        let entity = analysis.entities.first { $0.name.collapsed == speaker }
            ?? analysis.entities.first { $0.aliases.contains { $0.collapsed == speaker } }
        return entity?.role?.collapsedOrNil
    }
}
