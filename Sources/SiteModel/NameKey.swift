import Foundation

/// The form of a name that spellings are compared in: case, accents, dots and hyphens do not count
/// (`"U.S."` and `"us"`, `"Zelenskyy"` and `"ZELENSKYY"`, `"Jean-Claude"` and `"Jean Claude"` are equal).
struct NameKey: Hashable, Comparable, Sendable {
    let text: String

    init(_ name: String) {
        text = name.utf8.allSatisfy({ $0 < 0x80 }) ? Self.asciiKey(name) : Self.foldedKey(name)
    }

    /// The key of any name, through Foundation's Unicode folding.
    static func foldedKey(_ name: String) -> String {
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
        return result
    }

    /// The same key as the general path gives, for an ASCII name, without Foundation's Unicode folding (names are
    /// keyed hundreds of thousands of times in a large site).
    static func asciiKey(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "."):
                continue
            case UInt8(ascii: "`"):
                bytes.append(UInt8(ascii: "'"))
            case UInt8(ascii: " "), UInt8(ascii: "-"), 0x09...0x0D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var isEmpty: Bool { text.isEmpty }
    var tokens: [Substring] { text.split(separator: " ") }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.text < rhs.text }
}
