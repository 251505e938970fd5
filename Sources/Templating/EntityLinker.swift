import BriefingCore
import Foundation

/// Links the first mention of each of a brief's entities in its rendered body to the entity's page.
///
/// Works on the renderer's HTML: only text between tags changes, never a tag or an attribute, and nothing inside a
/// link, heading, code, quote box or caption. A name matches only as whole words, in the escaped form the renderer
/// writes (and with a typographic apostrophe for a straight one).
struct EntityLinker {
    /// A name to find and where it links.
    struct Target {
        var name: String
        var url: String
    }

    /// Elements whose text is left alone.
    static let skippedElements: Set<String> = ["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "blockquote", "cite", "script", "style"]

    let targets: [Target]

    init(targets: [Target]) {
        // Longer names first, so that "United States Senate" wins over "United States" where both start.
        self.targets = targets.filter { $0.name.count >= 2 }.sorted { ($0.name.count, $1.name) > ($1.name.count, $0.name) }
    }

    /// A way a name may be written in the HTML: its words as UTF-8 bytes, and the target it links to.
    struct Spelling {
        var words: [[UInt8]]
        var target: Int

        init(_ text: String, target: Int) {
            words = text.split(separator: " ").map { Array($0.utf8) }
            self.target = target
        }
    }

    func linking(_ html: String) -> String {
        guard !targets.isEmpty else { return html }
        var spellings: [Spelling] = []
        for (index, target) in targets.enumerated() {
            let escaped = Self.escaped(target.name)
            spellings.append(Spelling(escaped, target: index))
            if escaped.contains("'") { spellings.append(Spelling(escaped.replacingCharacters("'", with: "\u{2019}"), target: index)) }
        }
        var linked = Set<Int>()
        var result = ""
        result.reserveCapacity(html.utf8.count + targets.count * 60)
        var skipped: [String] = []
        var rest = html[...]
        while !rest.isEmpty {
            if rest.utf8.first == UInt8(ascii: "<"), let end = rest.utf8.firstIndex(of: UInt8(ascii: ">")) {
                let tag = rest[...end]
                result += tag
                let name = Self.elementName(tag)
                if Self.skippedElements.contains(name) {
                    if tag.hasPrefix("</") {
                        if let last = skipped.lastIndex(of: name) { skipped.remove(at: last) }
                    } else if !tag.hasSuffix("/>") {
                        skipped.append(name)
                    }
                }
                rest = rest[rest.index(after: end)...]
                continue
            }
            let textEnd = rest.utf8.dropFirst().firstIndex(of: UInt8(ascii: "<")) ?? rest.endIndex
            let text = rest[..<textEnd]
            result += skipped.isEmpty && linked.count < targets.count ? link(text, spellings: spellings, linked: &linked) : String(text)
            rest = rest[textEnd...]
        }
        return result
    }

    /// `text` with the earliest unlinked name linked, then the next, until none is left.
    func link(_ text: Substring, spellings: [Spelling], linked: inout Set<Int>) -> String {
        var result = ""
        var rest = text
        while true {
            var best: (range: Range<Substring.Index>, target: Int)?
            for spelling in spellings where !linked.contains(spelling.target) {
                guard let range = Self.wholeWord(spelling.words, in: rest) else { continue }
                if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, spelling.target) }
            }
            guard let (range, target) = best else { break }
            result += rest[..<range.lowerBound]
            result += "<a class=\"entity-link\" href=\"\(Self.escaped(targets[target].url))\">\(rest[range])</a>"
            linked.insert(target)
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// The first place the name whose words are `words` occurs in `text` with no letter or digit touching it; the spaces of the name match any
    /// run of ASCII whitespace, as a wrapped line of Markdown keeps its line break. Compares UTF-8 bytes: a brief
    /// page runs this for every name in every stretch of text.
    static func wholeWord(_ words: [[UInt8]], in text: Substring) -> Range<Substring.Index>? {
        guard let first = words.first, let lead = first.first else { return nil }
        let bytes = text.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        /// Whether `word` is at `index`; the index after it if so.
        func match(_ word: [UInt8], at index: String.Index) -> String.Index? {
            var position = index
            for byte in word {
                guard position < bytes.endIndex, bytes[position] == byte else { return nil }
                position = bytes.index(after: position)
            }
            return position
        }
        var candidate = bytes.startIndex
        while let start = bytes[candidate...].firstIndex(of: lead) {
            candidate = bytes.index(after: start)
            guard var end = match(first, at: start) else { continue }
            var matched = true
            for word in words.dropFirst() {
                var gapEnd = end
                while gapEnd < bytes.endIndex, isSpace(bytes[gapEnd]) { gapEnd = bytes.index(after: gapEnd) }
                guard gapEnd > end, let wordEnd = match(word, at: gapEnd) else { matched = false; break }
                end = wordEnd
            }
            guard matched, !touchesWord(before: start, in: text), !touchesWord(after: end, in: text) else { continue }
            return start..<end
        }
        return nil
    }

    /// Whether the scalar just before `index` is a letter or digit.
    static func touchesWord(before index: String.Index, in text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard index > scalars.startIndex else { return false }
        return isWordScalar(scalars[scalars.index(before: index)])
    }

    /// Whether the scalar at `index` is a letter or digit.
    static func touchesWord(after index: String.Index, in text: Substring) -> Bool {
        let scalars = text.unicodeScalars
        guard index < scalars.endIndex else { return false }
        return isWordScalar(scalars[index])
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `a` for `<a href=…>` and `</a>`.
    static func elementName(_ tag: Substring) -> String {
        tag.dropFirst().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// Text as the Markdown renderer escapes it (libcmark leaves `'` as it is).
    static func escaped(_ text: String) -> String {
        HTML.escaped(text, escapingApostrophe: false)
    }
}

private extension String {
    func replacingCharacters(_ old: Character, with new: Character) -> String {
        String(map { $0 == old ? new : $0 })
    }
}
