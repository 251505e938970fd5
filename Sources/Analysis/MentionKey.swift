/// The form under which names are compared: lowercase, straight apostrophes, hyphens as spaces, single spaces.
enum MentionKey {
    static func of(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{00A0}":
                pendingSpace = !result.isEmpty
            default:
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
            }
        }
        return result
    }

    static func of(_ tokens: ArraySlice<Token>) -> String {
        of(tokens.map(\.text).joined(separator: " "))
    }
}
