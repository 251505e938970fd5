import Foundation

/// The form of a name that spellings are compared in: case, accents, dots and hyphens do not count
/// (`"U.S."` and `"us"`, `"Zelenskyy"` and `"ZELENSKYY"`, `"Jean-Claude"` and `"Jean Claude"` are equal).
struct NameKey: Hashable, Comparable, Sendable {
    let text: String

    init(_ name: String) {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for character in folded {
            switch character {
            case ".":
                continue
            case "\u{2019}", "\u{2018}", "`":
                result.append("'")
            case _ where character.isWhitespace || character == "-" || character == "\u{2010}" || character == "\u{2013}":
                pendingSpace = !result.isEmpty
            default:
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        text = result
    }

    var isEmpty: Bool { text.isEmpty }
    var tokens: [Substring] { text.split(separator: " ") }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.text < rhs.text }
}
