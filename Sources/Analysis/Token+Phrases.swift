extension Collection<Token> {
    /// The tokens' texts with a space between each two: `map(\.text).joined(separator: " ")` without the array.
    var spacedText: String { joinedWithSpaces { $0.text } }

    /// Their lowercase forms, the same way.
    var spacedLowercased: String { joinedWithSpaces { $0.lowercased } }

    @inline(__always)
    private func joinedWithSpaces(_ form: (Token) -> String) -> String {
        var phrase = ""
        var length = -1
        for token in self { length += form(token).utf8.count + 1 }
        // Longer phrases are stored out of line: room for all of it at once.
        if length > 15 { phrase.reserveCapacity(length) }
        var isFirst = true
        for token in self {
            if !isFirst { phrase.append(" ") }
            phrase.append(form(token))
            isFirst = false
        }
        return phrase
    }
}
