extension String {
    /// The text with every run of whitespace (no-break spaces and line breaks included) turned into one space,
    /// zero-width characters removed, and no space at either end. Works on the UTF-8 bytes, in one pass.
    var collapsingWhitespace: String {
        var text = self
        return text.withUTF8 { bytes in
            guard Self.needsCollapsing(bytes) else { return self }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let (length, kind) = Self.whitespace(in: bytes, at: index)
                switch kind {
                case .space:
                    pendingSpace = !output.isEmpty
                case .invisible:
                    break
                case .other:
                    if pendingSpace { output.append(0x20) }
                    pendingSpace = false
                    for offset in 0..<length { output.append(bytes[index + offset]) }
                }
                index += length
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether the text has whitespace at either end, a run of it, or whitespace or invisible characters other
    /// than plain spaces.
    private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousWasSpace { return true }
                previousWasSpace = true
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
                return true
            default:
                previousWasSpace = false
            }
        }
        return false
    }

    private enum ByteKind: Equatable { case space, invisible, other }

    /// The length of the UTF-8 sequence at `index` and whether it is White_Space, an invisible format character
    /// (zero-width space, byte-order mark, soft hyphen), or anything else.
    private static func whitespace(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, ByteKind) {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09...0x0D: return (1, .space)
        case 0..<0x80: return (1, .other)
        case 0xC0..<0xE0:
            guard index + 1 < bytes.count else { return (1, .other) }
            let second = bytes[index + 1]
            if byte == 0xC2, second == 0x85 || second == 0xA0 { return (2, .space) }
            if byte == 0xC2, second == 0xAD { return (2, .invisible) }
            return (2, .other)
        case 0xE0..<0xF0:
            guard index + 2 < bytes.count else { return (1, .other) }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            switch (byte, second, third) {
            case (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF),
                 (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                return (3, .space)
            case (0xE2, 0x80, 0x8B), (0xEF, 0xBB, 0xBF):
                return (3, .invisible)
            default:
                return (3, .other)
            }
        case 0xF0...0xFF:
            return (Swift.min(4, bytes.count - index), .other)
        default:
            return (1, .other)
        }
    }

    /// The number of words, counting no further than `limit`. Reads the UTF-8 bytes, a whole sequence at a time.
    func wordCount(upTo limit: Int = .max) -> Int {
        var text = self
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        count += 1
                        if count >= limit { return count }
                    }
                    index += 1
                    continue
                }
                let (length, kind) = Self.whitespace(in: bytes, at: index)
                if kind == .space {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count >= limit { return count }
                }
                index += length
            }
            return count
        }
    }

    /// Lowercased, curly quotes and apostrophes made straight, whitespace collapsed: the form text rules compare.
    var foldedForMatching: String {
        if let folded = asciiFoldedForMatching { return folded }
        var text = collapsingWhitespace.lowercased()
        return text.withUTF8 { bytes in
            guard bytes.contains(0xE2) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0xE2, index + 2 < bytes.count {
                    switch (bytes[index + 1], bytes[index + 2]) {
                    case (0x80, 0x98), (0x80, 0x99), (0x80, 0x9B), (0x80, 0xB2):
                        output.append(UInt8(ascii: "'"))
                        index += 3
                        continue
                    case (0x80, 0x9C), (0x80, 0x9D), (0x80, 0x9F), (0x80, 0xB3):
                        output.append(UInt8(ascii: "\""))
                        index += 3
                        continue
                    default:
                        break
                    }
                }
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `foldedForMatching` in one pass over the bytes, for text that is ASCII apart from curly quotes and
    /// apostrophes (most text): nil for any other text, whose lowercasing and whitespace need Unicode's rules.
    private var asciiFoldedForMatching: String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            // Folding only shortens the text, so the result is written straight into a string of the input's size.
            var folds = true
            let folded = String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    var folded: UInt8
                    switch byte {
                    case 0x20, 0x09...0x0D:
                        pendingSpace = count > 0
                        index += 1
                        continue
                    case 0x41...0x5A:
                        folded = byte | 0x20
                        index += 1
                    case 0..<0x80:
                        folded = byte
                        index += 1
                    case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                        switch bytes[index + 2] {
                        case 0x98, 0x99, 0x9B, 0xB2: folded = UInt8(ascii: "'")
                        case 0x9C, 0x9D, 0x9F, 0xB3: folded = UInt8(ascii: "\"")
                        default:
                            folds = false
                            return 0
                        }
                        index += 3
                    default:
                        folds = false
                        return 0
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = folded
                    count += 1
                }
                return count
            }
            return folds ? folded : nil
        }
    }

    /// Whether some character of the text is a letter or a number, answered from the bytes when it can be: true at
    /// an ASCII letter or digit that starts a character, false for ASCII text without one, nil when only Unicode's
    /// rules can tell.
    var hasLetterOrDigitByBytes: Bool? {
        var text = self
        return text.withUTF8 { bytes -> Bool? in
            var onlyASCII = true
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
                    // A non-ASCII scalar before it (a prepended mark, say) could make it part of another character.
                    if index == 0 || bytes[index - 1] < 0x80 { return true }
                case 0x80...:
                    onlyASCII = false
                default:
                    break
                }
            }
            return onlyASCII ? false : nil
        }
    }

    /// The text without surrounding quotation marks or a final full stop.
    var trimmingPunctuation: String {
        var view = Substring(self)
        while let first = view.first, Self.enclosingMarks.contains(first) { view.removeFirst() }
        while let last = view.last, Self.enclosingMarks.contains(last) { view.removeLast() }
        return String(view).collapsingWhitespace
    }

    private static let enclosingMarks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", ".", ";", ","]
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, answered without a table lookup for the common cases.
    var isWhiteSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
