/// Writes strings into YAML front matter so that any YAML reader gives back exactly the same string, whatever
/// characters it holds.
enum YAMLText {
    /// Punctuation allowed in a plain (unquoted) scalar besides letters, digits and spaces; none of it means
    /// anything to YAML after a letter.
    static let plainPunctuation: Set<Unicode.Scalar> = [".", "'", "\u{2019}", "-", "\u{2013}", "\u{2014}", "(", ")", "/"]
    /// Words YAML reads as booleans, null or numbers rather than text (YAML 1.1 and 1.2).
    static let keywords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf"]

    /// `text` double-quoted, with `"`, `\` and every character YAML cannot hold as it is escaped.
    static func quoted(_ text: String) -> String {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case "\\": result += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case "\n": result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case "\t": result += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case "\r": result += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            default:
                if scalar.isASCII, isPrintable(scalar) {
                    result.append(UInt8(scalar.value))
                } else if isPrintable(scalar) {
                    UTF8.encode(scalar) { result.append($0) }
                } else {
                    result += "\\u".utf8
                    result += hex(scalar.value).utf8
                }
            }
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    /// `text` plain when it can only be read back as this text (`Al Jazeera`, `Iryna Skubii`), else quoted.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A flow list: `[Ukraine, "security, guarantees"]`.
    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    /// Whether `text` starts with a letter, holds only letters, digits, single spaces and harmless punctuation, and is
    /// no YAML keyword.
    static func isPlainSafe(_ text: String) -> Bool {
        if let safe = isPlainSafeASCII(text) { return safe }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, !keywords.contains(text.lowercased()),
              !text.hasSuffix(" "), !text.contains("  ")
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .decimalNumber:
                return true
            default:
                return scalar == " " || plainPunctuation.contains(scalar)
            }
        }
    }

    /// `isPlainSafe` answered from the bytes of ASCII text, where each byte is a character; nil for other text.
    static func isPlainSafeASCII(_ text: String) -> Bool? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let first = bytes.first, isASCIILetter(first), !(bytes.count <= 5 && keywords.contains(text.lowercased())),
              bytes.last != UInt8(ascii: " ")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"):
                break
            case UInt8(ascii: " "):
                if previous == UInt8(ascii: " ") { return false }
            default:
                guard isASCIILetter(byte) else { return false }
            }
            previous = byte
        }
        return true
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// Whether YAML may hold `scalar` unescaped: its printable set, less the characters it treats as line breaks
    /// and the byte-order mark.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
