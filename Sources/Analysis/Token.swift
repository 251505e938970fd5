/// A word, number, punctuation mark or quotation mark of a paragraph, with its place in the text.
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        case number
        /// `’s` or `'s` after a word.
        case possessive
        case punctuation
        /// A quotation mark; `opening` says which way it faces, nil for a straight `"` whose role depends on context.
        case quote(opening: Bool?)
    }

    var kind: Kind
    var text: String
    /// The range of the token in its paragraph's unicode scalars.
    var start: Int
    var end: Int

    var isWord: Bool { kind == .word }

    /// Starts with an uppercase letter ("Kyiv", "NATO", "U.S.").
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all uppercase ("NATO", "BBC"); "U.S." does not count.
    var isAcronym: Bool {
        guard kind == .word, text.unicodeScalars.count >= 2 else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "&" }
            && text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    var lowercased: String { text.lowercased() }
}
