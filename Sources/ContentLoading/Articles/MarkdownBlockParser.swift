/// Cuts the body of a Markdown article into headings, paragraphs, list items and quotation paragraphs, with
/// inline markup already turned into plain text. It reads what news articles use, not all of CommonMark:
/// code blocks become paragraphs, tables become one paragraph a row, raw HTML tags are dropped.
struct MarkdownBlockParser {
    struct Block: Equatable {
        enum Kind: Equatable {
            case heading(level: Int)
            case paragraph
            case listItem
            case quote(group: Int)
        }

        var kind: Kind
        var text: String
        /// How many source lines the block took, so that a one-line paragraph can be read as `By Name`.
        var lineCount: Int
    }

    private var blocks: [Block] = []
    private var lines: [String] = []
    private var kind: Block.Kind = .paragraph
    private var quoteGroup: Int?
    private var quoteGroups = 0
    private var fence: String?
    private var inComment = false

    /// The blocks of `body`.
    static func blocks(in body: String) -> [Block] {
        var parser = MarkdownBlockParser()
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            parser.read(String(line))
        }
        parser.flush()
        return parser.blocks
    }

    private mutating func read(_ rawLine: String) {
        if let marker = fence {
            if rawLine.trimmingLeadingSpaces.hasPrefix(marker) { fence = nil; flush() } else { lines.append(rawLine) }
            return
        }
        if inComment {
            if rawLine.contains("-->") { inComment = false }
            return
        }
        let line = rawLine.trimmingLeadingSpaces
        if line.allSatisfy(\.isWhitespace) {
            flush()
            quoteGroup = nil
            return
        }
        if line.hasPrefix("<!--") {
            flush()
            inComment = !line.contains("-->")
            return
        }
        if line.hasPrefix("```") || line.hasPrefix("~~~") {
            flush()
            fence = String(line.prefix(3))
            return
        }
        if line.hasPrefix(">") {
            if quoteGroup == nil {
                flush()
                quoteGroups += 1
                quoteGroup = quoteGroups
            }
            var content = Substring(line)
            while content.first == ">" { content = content.dropFirst().drop(while: { $0 == " " }) }
            if content.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                if case .quote = kind {} else { flush() }
                kind = .quote(group: quoteGroup!)
                lines.append(String(content))
            }
            return
        }
        if quoteGroup != nil, case .quote = kind, !lines.isEmpty, Self.atxHeading(line) == nil, Self.listItem(line) == nil {
            lines.append(line)  // a lazy continuation of the quotation
            return
        }
        quoteGroup = nil
        if let (level, text) = Self.atxHeading(line) {
            flush()
            append(.heading(level: level), text, lineCount: 1)
            return
        }
        if Self.isUnderline(line, of: "="), kind == .paragraph, lines.count == 1 {
            let text = lines.removeLast()
            append(.heading(level: 1), text, lineCount: 2)
            return
        }
        if Self.isUnderline(line, of: "-"), kind == .paragraph, lines.count == 1 {
            let text = lines.removeLast()
            append(.heading(level: 2), text, lineCount: 2)
            return
        }
        if Self.isThematicBreak(line) || Self.isTableDivider(line) || Self.isLinkDefinition(line) {
            flush()
            return
        }
        if let item = Self.listItem(line) {
            flush()
            kind = .listItem
            lines.append(item)
            return
        }
        if line.hasPrefix("|") {
            flush()
            let cells = line.split(separator: "|").map { String($0).collapsingWhitespace }.filter { !$0.isEmpty }
            append(.paragraph, cells.joined(separator: "; "), lineCount: 1)
            return
        }
        if kind != .paragraph && kind != .listItem { flush() }
        lines.append(line)
    }

    private mutating func flush() {
        guard !lines.isEmpty else {
            kind = .paragraph
            return
        }
        append(kind, lines.joined(separator: " "), lineCount: lines.count)
        lines = []
        kind = .paragraph
    }

    private mutating func append(_ kind: Block.Kind, _ markdown: String, lineCount: Int) {
        let text = MarkdownInline.plainText(from: markdown)
        if !text.isEmpty { blocks.append(Block(kind: kind, text: text, lineCount: lineCount)) }
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = Substring(rest.collapsingWhitespaceSubstring)
        while text.last == "#" { text.removeLast() }
        return (hashes, String(text).collapsingWhitespace)
    }

    static func listItem(_ line: String) -> String? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return String(line.dropFirst(2))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else { return nil }
        return String(rest.dropFirst(2))
    }

    static func isUnderline(_ line: String, of character: Character) -> Bool {
        guard line.first == character, line.utf8.count <= 200 else { return false }
        let trimmed = line.collapsingWhitespace
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == character }
    }

    static func isThematicBreak(_ line: String) -> Bool {
        guard let first = line.first, "-*_".contains(first), line.utf8.count <= 200 else { return false }
        let marks = line.filter { !$0.isWhitespace }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isTableDivider(_ line: String) -> Bool {
        line.utf8.allSatisfy { "|-: \t".utf8.contains($0) } && line.utf8.contains(UInt8(ascii: "-")) && line.utf8.contains(UInt8(ascii: "|"))
    }

    /// `[id]: https://…`, a reference link's target.
    static func isLinkDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[close...].hasPrefix("]:")
    }
}

private extension String {
    var trimmingLeadingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }
}

private extension Substring {
    var collapsingWhitespaceSubstring: String {
        String(self).collapsingWhitespace
    }
}
