/// A person's name split into given names and surname, to tell whether two spellings can be the same person.
struct PersonName: Sendable {
    /// Tokens after the surname that do not tell people apart.
    static let suffixes: Set<Substring> = ["jr", "sr", "ii", "iii", "iv"]

    let given: [Substring]
    let surname: Substring?

    init(_ key: NameKey) {
        var tokens = key.tokens
        while tokens.count > 1, let last = tokens.last, Self.suffixes.contains(last) { tokens.removeLast() }
        if tokens.count > 1 {
            surname = tokens.last
            given = Array(tokens.dropLast())
        } else {
            surname = nil
            given = tokens
        }
    }

    /// Whether the name is a single word ("Putin"), which may be anyone's surname or alias.
    var isSingleWord: Bool { surname == nil }

    /// Whether two names can belong to one person: a single word conflicts with nothing; full names need the same
    /// surname and given names that agree position by position, an initial agreeing with the name it starts
    /// ("George W. Bush" and "George Bush" agree; "George W. Bush" and "George H. W. Bush", or "Jane Doe" and
    /// "John Doe", do not).
    func isCompatible(with other: PersonName) -> Bool {
        guard let surname, let otherSurname = other.surname else { return true }
        guard surname == otherSurname else { return false }
        guard let first = given.first, let otherFirst = other.given.first else { return true }
        guard Self.agree(first, otherFirst) else { return false }
        return zip(given.dropFirst(), other.given.dropFirst()).allSatisfy { Self.agree($0, $1) }
    }

    static func agree(_ lhs: Substring, _ rhs: Substring) -> Bool {
        if lhs == rhs { return true }
        if lhs.count == 1 { return rhs.hasPrefix(lhs) }
        if rhs.count == 1 { return lhs.hasPrefix(rhs) }
        return false
    }
}
