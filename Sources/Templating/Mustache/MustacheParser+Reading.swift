/// Reading text, names and delimiters byte by byte.
extension MustacheParser {
    enum TextStop: Equatable {
        /// At a line break of `length` bytes (`\n` or `\r\n`), not yet read.
        case lineBreak(length: Int)
        /// At the open delimiter of a tag, not yet read.
        case tag
        case end
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Letters, digits and `.-_?*`, plus `()` for transforms and `/` for partial names.
    static func isNameByte(_ byte: UInt8, partial: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        case UInt8(ascii: "/"):
            partial
        default:
            false
        }
    }

    mutating func readText(until openDelimiter: [UInt8]) -> TextStop {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                return .lineBreak(length: 1)
            case UInt8(ascii: "\r") where offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"):
                return .lineBreak(length: 2)
            case openDelimiter[0] where hasPrefix(openDelimiter, at: offset):
                return .tag
            default:
                offset += 1
            }
        }
        return .end
    }

    mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = offset
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
        return bytes[start..<offset]
    }

    mutating func skipWhitespace() {
        while offset < bytes.count, Self.isWhitespace(bytes[offset]) { offset += 1 }
    }

    /// A variable or section name up to `end`, with its transforms; returns the name as written, for matching the
    /// closing tag.
    /// - Parameter triple: `end` is `}` and the close delimiter, of a `{{{name}}}` tag.
    mutating func readName(until end: [UInt8], tagStart: Int, triple: Bool = false) throws(MustacheSyntaxError) -> (String, MustacheName) {
        let raw = try readWord(until: end, tagStart: tagStart, partial: false, triple: triple)
        guard let name = try MustacheName(parsing: raw, at: tagStart) else {
            throw MustacheSyntaxError(reason: .unpairedParentheses(tag: quote(from: tagStart)), offset: tagStart)
        }
        return (raw, name)
    }

    /// A partial's name (which may hold `/`), or the name in a closing tag.
    mutating func readPartialName(until end: [UInt8], tagStart: Int) throws(MustacheSyntaxError) -> String {
        try readWord(until: end, tagStart: tagStart, partial: true, triple: false)
    }

    private mutating func readWord(until end: [UInt8], tagStart: Int, partial: Bool, triple: Bool) throws(MustacheSyntaxError) -> String {
        skipWhitespace()
        let start = offset
        while offset < bytes.count, Self.isNameByte(bytes[offset], partial: partial) { offset += 1 }
        let word = String(decoding: bytes[start..<offset], as: UTF8.self)
        let nameEnd = offset
        skipWhitespace()
        let endText = String(decoding: end, as: UTF8.self)
        guard hasPrefix(end, at: offset) else {
            // Cut off by the end of the text or of its line: most likely the close delimiter was forgotten.
            if offset == bytes.count || bytes[nameEnd..<offset].contains(UInt8(ascii: "\n")) {
                throw MustacheSyntaxError(reason: .unclosedTag(tag: quote(from: tagStart), end: endText), offset: tagStart)
            }
            if triple, hasPrefix(Array(end.dropFirst()), at: offset) {
                throw MustacheSyntaxError(reason: .unclosedTag(tag: quote(from: tagStart, through: offset + end.count - 1), end: endText), offset: tagStart)
            }
            let found = quote(from: offset, through: offset + 1)
            throw MustacheSyntaxError(reason: .unexpectedInTag(tag: quote(from: tagStart, through: offset + 1), found: found, end: endText), offset: offset)
        }
        offset += end.count
        guard !word.isEmpty else { throw MustacheSyntaxError(reason: .emptyName(tag: quote(from: tagStart)), offset: tagStart) }
        return word
    }

    /// The template's text from `start` up to the parse position (or `end`), for quoting in an error: cut at the end
    /// of its line, and after 40 bytes with `…`.
    func quote(from start: Int, through end: Int? = nil) -> String {
        let end = min(end ?? offset, bytes.count)
        var stop = start
        while stop < end, stop - start < 40, bytes[stop] != UInt8(ascii: "\n"), bytes[stop] != UInt8(ascii: "\r") { stop += 1 }
        // Whole characters only: take in the rest of a character the limit cuts.
        while stop < bytes.count, stop > start, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        let cut = stop < end && bytes[stop] != UInt8(ascii: "\n") && bytes[stop] != UInt8(ascii: "\r")
        return String(decoding: bytes[start..<stop], as: UTF8.self) + (cut ? "…" : "")
    }

    /// `{{=<% %>=}}`, read after its `=`.
    mutating func readDelimiters(_ scope: inout Scope, tagStart: Int) throws(MustacheSyntaxError) {
        skipWhitespace()
        let openStart = offset
        while offset < bytes.count, !Self.isWhitespace(bytes[offset]) { offset += 1 }
        let open = Array(bytes[openStart..<offset])
        skipWhitespace()
        let closeStart = offset
        while offset < bytes.count, !Self.isWhitespace(bytes[offset]), bytes[offset] != UInt8(ascii: "=") { offset += 1 }
        let close = Array(bytes[closeStart..<offset])
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, offset < bytes.count, bytes[offset] == UInt8(ascii: "="),
              hasPrefix(scope.closeDelimiter, at: offset + 1)
        else {
            throw MustacheSyntaxError(reason: .invalidSetDelimiter(tag: quote(from: tagStart, through: find(scope.closeDelimiter, from: tagStart).map { $0 + scope.closeDelimiter.count })), offset: tagStart)
        }
        offset += 1 + scope.closeDelimiter.count
        scope.openDelimiter = open
        scope.closeDelimiter = close
    }

    /// A tag is standalone when only spaces and tabs surround it on its line; its line break is then read with it.
    mutating func isStandalone(_ scope: Scope) -> Bool {
        guard scope.atLineStart else { return false }
        guard offset < bytes.count else { return true }
        var end = offset
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        if hasPrefix([UInt8(ascii: "\n")], at: end) {
            offset = end + 1
        } else if hasPrefix(Array("\r\n".utf8), at: end) {
            offset = end + 2
        } else {
            return false
        }
        return true
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if hasPrefix(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }
}
