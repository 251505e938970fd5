extension String {
    /// The text on one line: line breaks, tabs and control characters become spaces, runs of spaces one space, and
    /// the ends are trimmed as a brief's reader trims them. Other spaces (no-break, thin) are kept.
    var collapsed: String {
        if isCollapsedASCII { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var lastWasSpace = false
        for scalar in unicodeScalars {
            if scalar == " " || Self.isBreak(scalar) {
                if !lastWasSpace { bytes.append(0x20) }
                lastWasSpace = true
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
                lastWasSpace = false
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpaceSeparator($0) }),
              let last = scalars.lastIndex(where: { !Self.isSpaceSeparator($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// The collapsed text, or nil when nothing is left.
    var collapsedOrNil: String? {
        let text = collapsed
        return text.isEmpty ? nil : text
    }

    /// Printable ASCII with no space at either end and no two spaces together: already collapsed, as most text is.
    private var isCollapsedASCII: Bool {
        var previous: UInt8 = 0x20
        for byte in utf8 {
            guard (0x20...0x7E).contains(byte), !(byte == 0x20 && previous == 0x20) else { return false }
            previous = byte
        }
        return previous != 0x20 || isEmpty
    }

    /// Line breaks (Foundation's `newlines`: U+000A–U+000D, U+0085, U+2028, U+2029) and control characters (Cc).
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// Space separators (Zs) and the zero-width space: what Foundation's `whitespacesAndNewlines` trims once breaks
    /// and tabs became spaces.
    private static func isSpaceSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
