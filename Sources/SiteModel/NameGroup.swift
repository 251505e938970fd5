/// Every occurrence of one name (compared as a `NameKey`) of one kind, across all briefs: the unit that merging
/// joins into entities. A class: merging sorts and compares groups many times, and a copy of one would copy its tables.
final class NameGroup {
    let kind: EntityKind
    let key: NameKey
    let person: PersonName
    /// Spelling → how many occurrences use it.
    var spellings: [String: Int] = [:]
    /// Alias → its spellings and how often each is used.
    var aliases: [NameKey: [String: Int]] = [:]
    var briefs: Set<Int> = []
    var mentions = 0
    var occurrences: [Int] = []

    init(kind: EntityKind, key: NameKey) {
        self.kind = kind
        self.key = key
        person = PersonName(key)
    }

    func add(_ occurrence: EntityOccurrence, at index: Int) {
        spellings[occurrence.name, default: 0] += 1
        for (alias, aliasKey) in zip(occurrence.aliases, occurrence.aliasKeys) {
            if !aliasKey.isEmpty, aliasKey != key { aliases[aliasKey, default: [:]][alias, default: 0] += 1 }
        }
        briefs.insert(occurrence.brief)
        mentions += occurrence.mentions
        occurrences.append(index)
    }

    /// The keys this group may be matched by: its name, its aliases and, for a person's full name, the surname.
    var forms: Set<NameKey> {
        var forms = Set(aliases.keys)
        forms.insert(key)
        if kind == .person, let surname = person.surname { forms.insert(NameKey(String(surname))) }
        return forms
    }

    /// The spelling used most, the smallest one on a tie.
    var spelling: String { Self.mostUsed(spellings) }

    /// Whether one of the two names is an alias the other was explicitly given.
    func isAlias(of other: NameGroup) -> Bool {
        other.aliases[key] != nil
    }

    /// Whether the two groups can be one entity: an explicit alias always can; people need full names that agree.
    func canJoin(_ other: NameGroup) -> Bool {
        guard kind == other.kind else { return false }
        if kind != .person || isAlias(of: other) || other.isAlias(of: self) { return true }
        return person.isCompatible(with: other.person)
    }

    /// The spelling used most; on a tie one with lowercase letters ("Zürich" over "ZURICH"), then with more
    /// accents ("Zürich" over "Zurich"), then the first in code-point order.
    static func mostUsed(_ counts: [String: Int]) -> String {
        func rank(_ spelling: String, _ count: Int) -> (Int, Int, Int) {
            (count, spelling.contains(where: \.isLowercase) ? 1 : 0, spelling.unicodeScalars.filter { !$0.isASCII }.count)
        }
        return counts.min { lhs, rhs in
            let left = rank(lhs.key, lhs.value), right = rank(rhs.key, rhs.value)
            return left != right ? left > right : lhs.key < rhs.key
        }?.key ?? ""
    }
}
