/// Escapes text taken from an article so that Markdown reads it back as the same text: never as emphasis, code,
/// links, raw HTML, entity references, headings, lists, quotes or code fences.
///
/// Only what Markdown could misread is escaped, so that a brief stays pleasant to read and edit: `AT&T`, `5 > 3`,
/// a `#hashtag` or `snake-case` mid-line are left alone.
enum MarkdownEscaper {
    /// Characters that mean something wherever they stand in a line.
    static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<"]
    /// Characters that open a block (heading, quote, list, thematic break, setext underline, fence) at a line's start.
    static let blockOpeners: Set<Unicode.Scalar> = ["#", ">", "-", "+", "=", "~"]

    /// `text` (one line) for use inside a line: in a heading, a link's text, a callout caption or a quotation.
    /// Every special character is ASCII, so the UTF-8 bytes are escaped as they are, without decoding scalars.
    static func inline(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { isInlineSpecial($0) || $0 == UInt8(ascii: "&") }) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for index in first..<bytes.count {
                let byte = bytes[index]
                if isInlineSpecial(byte) || (byte == UInt8(ascii: "&") && startsEntityReference(bytes, at: index)) {
                    result.append(UInt8(ascii: "\\"))
                }
                result.append(byte)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether `byte` is one of `inlineSpecials`.
    static func isInlineSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"): true
        default: false
        }
    }

    /// `text` (one line) as a block of its own: a paragraph, a list item's text. Besides the inline escapes, a first
    /// character that would open a block, or a number that would start an ordered list, is escaped.
    static func block(_ text: String) -> String {
        var escaped = inline(text)
        guard let first = escaped.utf8.first else { return escaped }
        if first < 0x80, blockOpeners.contains(Unicode.Scalar(first)) {
            escaped.insert("\\", at: escaped.startIndex)
        } else if let marker = orderedListMarker(in: escaped) {
            escaped.insert("\\", at: marker)
        }
        return escaped
    }

    /// `text` (one line) as the text of an ATX heading: every `#` is escaped, so that none closes the heading.
    static func heading(_ text: String) -> String {
        let escaped = inline(text)
        if let result = escapingASCII(escaped, where: { $0 == UInt8(ascii: "#") }) { return result }
        var result = ""
        for character in escaped {
            if character == "#" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `address` as a link destination: parentheses and backslashes escaped so that the link ends where it should.
    static func linkDestination(_ address: String) -> String {
        let isSpecial = { (byte: UInt8) in byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") }
        if let result = escapingASCII(address, where: isSpecial) { return result }
        var result = ""
        for character in address {
            if character == "(" || character == ")" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `text` with a backslash before each byte `isSpecial` picks, or nil when such a byte stands next to a non-ASCII
    /// byte: a combining mark after it, or a prepended one before it, would make it part of a larger character, which
    /// the character-by-character rule leaves alone.
    static func escapingASCII(_ text: String, where isSpecial: (UInt8) -> Bool) -> String? {
        var contiguous = text
        return contiguous.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: isSpecial) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for index in first..<bytes.count {
                let byte = bytes[index]
                if isSpecial(byte) {
                    guard index == 0 || bytes[index - 1] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
                    result.append(UInt8(ascii: "\\"))
                }
                result.append(byte)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether the `&` at `index` starts something Markdown would decode, such as `&amp;` or `&#60;`.
    static func startsEntityReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var next = index + 1
        while next < bytes.count {
            switch bytes[next] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"):
                next += 1
                continue
            default:
                break
            }
            break
        }
        return next > index + 1 && next < bytes.count && bytes[next] == UInt8(ascii: ";")
    }

    /// The position of the `.` or `)` of a leading ordered-list marker (`1. `, `2024) `), when the text starts with one.
    static func orderedListMarker(in text: String) -> String.Index? {
        // Where the first bytes are ASCII other than a carriage return, each byte is a character of its own.
        let window = text.utf8.prefix(12)
        if !window.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            let digits = window.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            let bytes = Array(window)
            guard (1...9).contains(digits), digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")") else {
                return nil
            }
            guard digits + 1 == text.utf8.count || bytes[digits + 1] == UInt8(ascii: " ") else { return nil }
            return text.utf8.index(text.utf8.startIndex, offsetBy: digits)
        }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count), digits.endIndex < text.endIndex, text[digits.endIndex] == "." || text[digits.endIndex] == ")" else {
            return nil
        }
        let after = text.index(after: digits.endIndex)
        return after == text.endIndex || text[after] == " " ? digits.endIndex : nil
    }
}
