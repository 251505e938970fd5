extension Collection<Token> {
    /// The tokens' texts with a space between each two: `map(\.text).joined(separator: " ")` without the array.
    var spacedText: String { joinedWithSpaces { $0.text } }

    /// Their lowercase forms, the same way.
    var spacedLowercased: String { joinedWithSpaces { $0.lowercased } }

    /// The forms' UTF-8 bytes and the spaces between them, copied once into the phrase's own storage.
    @inline(__always)
    private func joinedWithSpaces(_ form: (Token) -> String) -> String {
        var length = -1
        for token in self { length += form(token).utf8.count + 1 }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { phrase in
            var offset = 0
            var isFirst = true
            for token in self {
                if !isFirst {
                    phrase[offset] = 0x20
                    offset += 1
                }
                isFirst = false
                var text = form(token)
                text.withUTF8 { bytes in
                    for byte in bytes {
                        phrase[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }
}
