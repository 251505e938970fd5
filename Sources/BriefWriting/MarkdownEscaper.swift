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
    static func inline(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if inlineSpecials.contains(scalar) || (scalar == "&" && startsEntityReference(scalars, at: index)) {
                result.append("\\")
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` (one line) as a block of its own: a paragraph, a list item's text. Besides the inline escapes, a first
    /// character that would open a block, or a number that would start an ordered list, is escaped.
    static func block(_ text: String) -> String {
        var escaped = inline(text)
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if blockOpeners.contains(first) {
            escaped.insert("\\", at: escaped.startIndex)
        } else if let marker = orderedListMarker(in: escaped) {
            escaped.insert("\\", at: marker)
        }
        return escaped
    }

    /// `text` (one line) as the text of an ATX heading: every `#` is escaped, so that none closes the heading.
    static func heading(_ text: String) -> String {
        var result = ""
        for character in inline(text) {
            if character == "#" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `address` as a link destination: parentheses and backslashes escaped so that the link ends where it should.
    static func linkDestination(_ address: String) -> String {
        var result = ""
        for character in address {
            if character == "(" || character == ")" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether the `&` at `index` starts something Markdown would decode, such as `&amp;` or `&#60;`.
    static func startsEntityReference(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, scalars[next].isASCII, scalars[next].properties.isAlphabetic || ("0"..."9").contains(scalars[next]) || scalars[next] == "#" {
            next += 1
        }
        return next > index + 1 && next < scalars.count && scalars[next] == ";"
    }

    /// The position of the `.` or `)` of a leading ordered-list marker (`1. `, `2024) `), when the text starts with one.
    static func orderedListMarker(in text: String) -> String.Index? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count), digits.endIndex < text.endIndex, text[digits.endIndex] == "." || text[digits.endIndex] == ")" else {
            return nil
        }
        let after = text.index(after: digits.endIndex)
        return after == text.endIndex || text[after] == " " ? digits.endIndex : nil
    }
}
