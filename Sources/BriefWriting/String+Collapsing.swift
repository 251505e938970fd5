extension String {
    /// The text on one line: line breaks, tabs and control characters become spaces, runs of spaces one space, and
    /// the ends are trimmed as a brief's reader trims them. Other spaces (no-break, thin) are kept.
    var collapsed: String {
        if isCollapsedASCII { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let character: Unicode.Scalar = Self.isBreak(scalar) ? " " : scalar
            if character == " ", result.last == " " { continue }
            result.append(character)
        }
        var scalars = Substring.UnicodeScalarView(result)
        while let first = scalars.first, Self.isTrimmed(first) { scalars.removeFirst() }
        while let last = scalars.last, Self.isTrimmed(last) { scalars.removeLast() }
        return String(scalars)
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

    /// Line breaks (Foundation's `newlines`) and control characters.
    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
            || scalar.properties.generalCategory == .control
    }

    /// What Foundation's `whitespacesAndNewlines` trims once breaks and tabs have become spaces: space separators.
    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .spaceSeparator
    }
}
