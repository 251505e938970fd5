import Foundation

/// The form under which names are compared: lowercase, straight apostrophes, hyphens as spaces, single spaces.
enum MentionKey {
    static func of(_ text: String) -> String {
        // Plain ASCII, the common case, is keyed byte by byte (one pass over the bytes tells an initialism first);
        // anything else needs Unicode lowercasing first.
        var contiguous = text
        if let key = contiguous.withUTF8({ isInitialism($0) ? nil : asciiKey($0, of: text) }) { return key }
        // "U.N." and "UN" name the same body.
        if isInitialism(text.utf8) { return String(text.filter { $0 != "." }).lowercased() }
        if let key = letterKey(text) { return key }
        let source = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2011}", with: "-")
            .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{00A0}", with: " ")
        var normalized = MentionKeyBuilder()
        for byte in source.utf8 { normalized.append(byte) }
        return String(decoding: normalized.bytes, as: UTF8.self)
    }

    /// The key of ASCII `bytes` (the UTF-8 of `text`): `text` itself when it is already one, nil when a byte is not
    /// ASCII.
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>, of text: String) -> String? {
        var isKey = true
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (byte >= 0x41 && byte <= 0x5A) || byte == 0x09 || byte == 0x0A || byte == 0x2D || (byte == 0x20 && previous == 0x20) {
                isKey = false
            }
            previous = byte
        }
        if isKey && previous != 0x20 || bytes.isEmpty { return text }
        // MentionKeyBuilder's rules, written straight into the key's storage: a key is never longer than its text.
        return String(unsafeUninitializedCapacity: bytes.count) { key in
            var length = 0
            var pendingSpace = false
            for byte in bytes { MentionKeyBuilder.write(byte, into: key, length: &length, pendingSpace: &pendingSpace) }
            return length
        }
    }

    /// The key of a text whose scalars beyond ASCII are all cased letters or the marks a key straightens (’, ‐, ‑,
    /// –, no-break space), nil for any other text. Each such scalar is a character of its own, so lowercasing it
    /// alone, as `lowercased()` does, and replacing the marks one by one give the key that Foundation's search and
    /// replace would.
    static func letterKey(_ text: String) -> String? {
        var normalized = MentionKeyBuilder()
        normalized.bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                normalized.append(UInt8(scalar.value))
                continue
            }
            switch scalar {
            case "\u{2019}": normalized.append(0x27)
            case "\u{2010}", "\u{2011}", "\u{2013}": normalized.append(0x2D)
            case "\u{00A0}": normalized.append(0x20)
            default:
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
                    for byte in scalar.properties.lowercaseMapping.utf8 { normalized.append(byte) }
                default:
                    return nil
                }
            }
        }
        return String(decoding: normalized.bytes, as: UTF8.self)
    }

    /// "U.S.", "U.N.", "D.C.": single capital letters, each followed by a period.
    static func isInitialism(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isInitialism($0) } ?? isInitialism(text.utf8)
    }

    static func isInitialism<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bool {
        guard utf8.count >= 4, utf8.count % 2 == 0 else { return false }
        var index = 0
        for byte in utf8 {
            if index % 2 == 0 { guard byte >= 0x41 && byte <= 0x5A else { return false } } else { guard byte == 0x2E else { return false } }
            index += 1
        }
        return true
    }

    static func of(_ tokens: ArraySlice<Token>) -> String {
        of(tokens.spacedText)
    }
}
