/// Joins name groups into entities: "Putin" and "Vladimir Putin" are one person when one is the other's alias or
/// surname and nothing contradicts; two people who share only a surname stay apart, and so does a short name that
/// could be either of them.
struct EntityMerger: Sendable {
    /// The groups of each entity, in a fixed order: every result depends only on the groups, not on dictionary order.
    func clusters(of groups: [NameGroup]) -> [[Int]] {
        // Kind, then (people) more words (keys have single spaces between words), then in more briefs, with more mentions, then by key.
        let ranks = groups.map { group in
            (kind: group.kind.order, words: group.kind == .person && !group.key.isEmpty ? group.key.text.utf8.count(where: { $0 == UInt8(ascii: " ") }) + 1 : 0,
             briefs: group.briefs.count, mentions: group.mentions)
        }
        let order = groups.indices.sorted { lhs, rhs in
            let left = ranks[lhs], right = ranks[rhs]
            if left.kind != right.kind { return left.kind < right.kind }
            if left.words != right.words { return left.words > right.words }
            if left.briefs != right.briefs { return left.briefs > right.briefs }
            if left.mentions != right.mentions { return left.mentions > right.mentions }
            return groups[lhs].key < groups[rhs].key
        }
        var clusters: [[Int]] = []
        var clustersByForm: [NameKey: Set<Int>] = [:]
        for index in order {
            let group = groups[index]
            let forms = group.forms
            var seen = Set<Int>()
            for form in forms { seen.formUnion(clustersByForm[form] ?? []) }
            let candidates = seen.sorted().filter { cluster in
                clusters[cluster].allSatisfy { member in
                    groups[member].kind == group.kind && group.canJoin(groups[member])
                }
            }
            let cluster: Int
            if candidates.count == 1 {
                cluster = candidates[0]
                clusters[cluster].append(index)
            } else {
                cluster = clusters.count
                clusters.append([index])
            }
            for form in forms { clustersByForm[form, default: []].insert(cluster) }
        }
        return clusters
    }

    /// The group whose name names the entity: not an alias of another member, a full name for people, then the one
    /// in most briefs, with most mentions, the longest, the first by key.
    func canonical(of cluster: [Int], in groups: [NameGroup]) -> Int {
        let members = cluster.map { groups[$0] }
        func isAliasOfAnother(_ index: Int) -> Bool {
            members.contains { other in other.key != groups[index].key && groups[index].isAlias(of: other) }
        }
        return cluster.min { lhs, rhs in
            let left = groups[lhs], right = groups[rhs]
            let leftAlias = isAliasOfAnother(lhs), rightAlias = isAliasOfAnother(rhs)
            if leftAlias != rightAlias { return !leftAlias }
            let leftFull = !left.person.isSingleWord, rightFull = !right.person.isSingleWord
            if left.kind == .person, leftFull != rightFull { return leftFull }
            if left.briefs.count != right.briefs.count { return left.briefs.count > right.briefs.count }
            if left.mentions != right.mentions { return left.mentions > right.mentions }
            if left.key.text.count != right.key.text.count { return left.key.text.count > right.key.text.count }
            return left.key < right.key
        } ?? cluster[0]
    }
}
