/// A word, number, punctuation mark or quotation mark of a paragraph, with its place in the text.
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        case number
        /// `’s` or `'s` after a word.
        case possessive
        case punctuation
        /// A quotation mark; `opening` says which way it faces, nil for a straight `"` whose role depends on context.
        case quote(opening: Bool?)
    }

    var kind: Kind
    var text: String
    /// The range of the token in its paragraph's unicode scalars.
    var start: Int
    var end: Int
    /// The text in lowercase, computed once.
    let lowercased: String
    /// Starts with an uppercase letter ("Kyiv", "NATO", "U.S.").
    let isCapitalized: Bool
    /// ASCII without an uppercase letter, so that `lowercased` is `text` itself.
    let isPlainLowercase: Bool
    /// The lexicon's lists the lowercase form is on, and those the text is on as written (given names are matched
    /// as written); set by the text unit, empty until then.
    var classes: Lexicon.WordClasses = []
    var writtenClasses: Lexicon.WordClasses = []

    init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.isPlainLowercase = !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 })
        self.lowercased = isPlainLowercase ? text : text.lowercased()
        if kind == .word, let first = text.unicodeScalars.first {
            isCapitalized = Self.isUppercase(first)
        } else {
            isCapitalized = false
        }
    }

    /// A token of `bytes`, the UTF-8 of its text, whose first scalar is `first`: the same token as
    /// `init(kind:text:start:end:)` makes, without decoding the text again.
    init(kind: Kind, bytes: UnsafeBufferPointer<UInt8>, first: Unicode.Scalar, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        var hasUppercase = false
        var isASCII = true
        for byte in bytes {
            if byte >= 0x80 { isASCII = false } else if byte >= 0x41 && byte <= 0x5A { hasUppercase = true }
        }
        if isASCII {
            // ASCII needs no validation: copied straight into the string's storage.
            text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(from: bytes)
                return bytes.count
            }
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        isPlainLowercase = isASCII && !hasUppercase
        if isPlainLowercase {
            lowercased = text
        } else if isASCII {
            // What `lowercased()` does to ASCII: A–Z become a–z, nothing else changes.
            lowercased = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var length = 0
                for byte in bytes {
                    buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                    length += 1
                }
                return length
            }
        } else {
            lowercased = text.lowercased()
        }
        isCapitalized = kind == .word && !bytes.isEmpty && Self.isUppercase(first)
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : !Tokenizer.isGeneralPunctuation(scalar) && scalar.properties.isUppercase
    }

    var isWord: Bool { kind == .word }

    /// Two or more letters, all uppercase ("NATO", "BBC"); "U.S." does not count.
    var isAcronym: Bool {
        guard kind == .word else { return false }
        // ASCII, the common case, byte by byte: a byte is a scalar there.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.count >= 2 else { return false }
            var hasUppercase = false
            for byte in text.utf8 {
                if byte >= 0x41 && byte <= 0x5A {
                    hasUppercase = true
                } else if !(byte >= 0x30 && byte <= 0x39) && byte != 0x26 {
                    return false
                }
            }
            return hasUppercase
        }
        guard text.unicodeScalars.count >= 2 else { return false }
        var hasUppercase = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase {
                hasUppercase = true
            } else if !("0"..."9").contains(scalar) && scalar != "&" {
                return false
            }
        }
        return hasUppercase
    }
}
