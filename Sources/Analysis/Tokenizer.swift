/// Splits a paragraph into tokens in one pass, linear in its length.
enum Tokenizer {
    /// The tokens of `scalars`; `text` makes token strings from the paragraph's UTF-8 bytes, whose offsets per
    /// scalar are given.
    static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var utf8: [UInt8] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            offsets.append(utf8.count)
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        offsets.append(utf8.count)
        return tokens(in: scalars, utf8: utf8, offsets: offsets)
    }

    static func tokens(in scalars: [Unicode.Scalar], utf8: [UInt8], offsets: [Int]) -> [Token] {
        scalars.withUnsafeBufferPointer { scalars in
            utf8.withUnsafeBufferPointer { utf8 in
                offsets.withUnsafeBufferPointer { offsets in tokens(in: scalars, utf8: utf8, offsets: offsets) }
            }
        }
    }

    /// The same, over the paragraph's buffers: no bounds checks, and token bytes are passed without retaining an
    /// array for each.
    static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, utf8: UnsafeBufferPointer<UInt8>,
                       offsets: UnsafeBufferPointer<Int>) -> [Token] {
        @inline(__always)
        func token(_ kind: Token.Kind, _ range: Range<Int>) -> Token {
            Token(kind: kind, bytes: UnsafeBufferPointer(rebasing: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]]),
                  first: scalars[range.lowerBound], start: range.lowerBound, end: range.upperBound)
        }
        var tokens: [Token] = []
        // Room for short words and punctuation too, so that the array is seldom moved while it fills.
        tokens.reserveCapacity(scalars.count / 3 + 1)
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" || scalar == "\t" || (!scalar.isASCII && !isGeneralPunctuation(scalar) && scalar.properties.isWhitespace) {
                index += 1
                continue
            }
            // An initialism has a period after its first letter: most tokens need no closer look.
            if index + 1 < count, scalars[index + 1] == ".", let end = initialismEnd(in: scalars, from: index) {
                tokens.append(token(.word, index..<end))
                index = end
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                index = wordEnd(in: scalars, from: index)
                let isNumber = scalars[start..<index].allSatisfy { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
                // A number's final period or comma ends the sentence or the clause, not the number.
                if isNumber, scalars[index - 1] == "." || scalars[index - 1] == "," { index -= 1 }
                let kind: Token.Kind = isNumber ? .number : start == index ? .punctuation : .word
                tokens.append(token(kind, start..<index))
                if index + 1 < count, isApostrophe(scalars[index]), scalars[index + 1] == "s" || scalars[index + 1] == "S",
                   index + 2 >= count || !isWordScalar(scalars[index + 2]) {
                    tokens.append(token(.possessive, index..<(index + 2)))
                    index += 2
                }
                continue
            }
            if let facing = quoteFacing(scalars, at: index) {
                tokens.append(token(.quote(opening: facing), index..<(index + 1)))
                index += 1
                continue
            }
            tokens.append(token(.punctuation, index..<(index + 1)))
            index += 1
        }
        return tokens
    }

    /// Dashes, curly quotation marks, ellipses and the like (U+2010–U+2027, U+2030–U+205E): no letter, mark,
    /// space or case among them, so they need no look-up of their properties.
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x2010 && scalar.value <= 0x2027) || (scalar.value >= 0x2030 && scalar.value <= 0x205E)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if isGeneralPunctuation(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// The end of the word starting at `start`: letters and digits, joined by inner hyphens, apostrophes
    /// (not a final `’s`), periods of abbreviations like `U.S.` and decimal points or thousands separators.
    static func wordEnd(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var index = start
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                index += 1
                continue
            }
            let hasNext = index + 1 < count
            let next = hasNext ? scalars[index + 1] : " "
            if (scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"), hasNext, isWordScalar(next) {
                index += 1
                continue
            }
            if isApostrophe(scalar), hasNext, isWordScalar(next) {
                let isPossessive = (next == "s" || next == "S") && (index + 2 >= count || !isWordScalar(scalars[index + 2]))
                if isPossessive { break }
                index += 1
                continue
            }
            if scalar == "." || scalar == ",", hasNext, ("0"..."9").contains(next), index > start, ("0"..."9").contains(scalars[index - 1]) {
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// The end of an initialism with periods (`U.S.`, `D.C.`, `U.K.`) starting at `start`, or nil.
    static func initialismEnd(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index + 1 < scalars.count, scalars[index + 1] == ".", isUppercase(scalars[index]) {
            index += 2
        }
        guard index - start >= 4 else { return nil }
        if index < scalars.count, isWordScalar(scalars[index]) { return nil }
        return index
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : !isGeneralPunctuation(scalar) && scalar.properties.isUppercase
    }

    /// Whether the scalar at `index` is a quotation mark, and which way it faces: nil for a straight `"`.
    static func quoteFacing(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool?? {
        switch scalars[index] {
        case "\u{201C}", "\u{00AB}", "\u{201E}": return .some(true)
        case "\u{201D}", "\u{00BB}": return .some(false)
        case "\"":
            // A straight quotation mark faces the word it touches.
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            let spaceBefore = before.properties.isWhitespace || "([{—–".unicodeScalars.contains(before)
            let spaceAfter = after.properties.isWhitespace || ".,;:!?)]}—–".unicodeScalars.contains(after)
            if spaceBefore && !spaceAfter { return .some(true) }
            if !spaceBefore && spaceAfter { return .some(false) }
            return .some(nil)
        case "\u{2018}": return .some(true)
        case "\u{2019}", "'":
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            if !isWordScalar(before) && isWordScalar(after) { return .some(true) }
            if isWordScalar(before) && !isWordScalar(after) || (".,!?;:".unicodeScalars.contains(before) && !isWordScalar(after)) { return .some(false) }
            return nil
        default:
            return nil
        }
    }
}
