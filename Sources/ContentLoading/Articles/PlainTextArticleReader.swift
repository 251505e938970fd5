import BriefingCore

/// Reads a plain-text article: a title line, maybe a standfirst, `By`/`SOURCE:`/date lines, and paragraphs,
/// either one a line or separated by blank lines and wrapped; short lines without final punctuation are headings.
struct PlainTextArticleReader {
    /// What the text of `path` holds.
    /// - Throws: `BriefingError` naming the line when there is no headline where the title belongs.
    func draft(from text: String, path: String) throws -> ArticleDraft {
        let lines = Self.collapsedLines(of: text)
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else {
            throw BriefingError(.emptyArticle, at: SourceLocation(path: path))
        }
        var draft = ArticleDraft(title: try Self.title(from: lines[titleIndex], location: SourceLocation(path: path, line: titleIndex + 1, column: 1)))

        var body: [Line] = []
        for line in lines[(titleIndex + 1)...] {
            body.append(classify(line, into: &draft))
        }
        draft.standfirst = Self.standfirst(in: &body)
        let groups = Self.isWrapped(body) ? Self.wrappedParagraphs(body) : body.compactMap { line -> [String]? in
            if case .text(let text) = line { return [text] }
            return nil
        }
        draft.blocks = Self.blocks(from: groups)
        return draft
    }

    /// Each line of `text`, whitespace collapsed. A line feed is always a character of its own, so the text is cut
    /// at its bytes, without walking characters.
    static func collapsedLines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            while true {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).collapsingWhitespace)
                guard end < bytes.count else { return lines }
                start = end + 1
            }
        }
    }

    enum Line: Equatable {
        case blank
        case metadata
        case text(String)
    }

    func classify(_ line: String, into draft: inout ArticleDraft) -> Line {
        guard !line.isEmpty else { return .blank }
        guard let metadata = MetadataLine(line) else { return .text(line) }
        if draft.record(metadata) || draft.knows(metadata) { return .metadata }
        let unlabelled = !line.prefix(24).contains(":") || MetadataLine.isWebAddress(line)
        switch metadata {
        case .date where unlabelled, .sourceURL where unlabelled:
            // A second date or address on its own line belongs to the story (a timeline's heading, say).
            return .text(line)
        default:
            draft.boilerplate.append(line)
            return .metadata
        }
    }

    /// A line between the title and the byline or date lines is the standfirst.
    static func standfirst(in body: inout [Line]) -> String? {
        let filled = body.indices.filter { body[$0] != .blank }.prefix(2)
        guard filled.count == 2, case .text(let text) = body[filled[filled.startIndex]], body[filled[filled.startIndex + 1]] == .metadata else { return nil }
        body[filled[filled.startIndex]] = .metadata
        return text
    }

    /// Whether paragraphs are separated by blank lines and wrapped: some paragraphs span several lines, and
    /// hardly any line is longer than a wrapped line would be.
    static func isWrapped(_ body: [Line]) -> Bool {
        var textLines = 0, longLines = 0
        var adjacentTextLines = false, blankBetweenText = false
        var previous: Line = .metadata
        var sawText = false
        for line in body {
            if case .text(let text) = line {
                textLines += 1
                if text.utf8.count > 100 { longLines += 1 }
                if case .text = previous { adjacentTextLines = true }
                if previous == .blank && sawText { blankBetweenText = true }
                sawText = true
            }
            previous = line
        }
        return adjacentTextLines && blankBetweenText && longLines * 10 < textLines
    }

    /// Runs of lines between blank and metadata lines; a short line that ends a sentence ends its paragraph
    /// even without a blank line after it, and list items stand alone.
    static func wrappedParagraphs(_ body: [Line]) -> [[String]] {
        var width = 0
        for case .text(let text) in body { width = max(width, text.utf8.count) }
        var paragraphs: [[String]] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current) }
            current = []
        }
        for line in body {
            guard case .text(let text) = line else {
                flush()
                continue
            }
            if listMarker(of: text) != nil { flush() }
            if let last = current.last, endsSentence(last), last.utf8.count * 10 < width * 6, text.first?.isUppercase == true || text.first == "\"" || text.first == "\u{201C}" {
                flush()
            }
            current.append(text)
        }
        flush()
        return paragraphs
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        return ".!?\"\u{201D}".contains(last)
    }

    /// Each group of lines is one block: joined with spaces (a word broken by a hyphen at a line's end is joined
    /// back), a heading when it is one short line that reads like one.
    static func blocks(from groups: [[String]]) -> [ArticleBlock] {
        var blocks: [ArticleBlock] = []
        for group in groups {
            var text = ""
            for line in group {
                if let last = text.last, last == "-", text.dropLast().last?.isLetter == true, line.first?.isLowercase == true {
                    text += line
                } else {
                    text += text.isEmpty ? line : " " + line
                }
            }
            if let (_, rest) = markdownHeading(text) {
                blocks.append(ArticleBlock(.heading, rest))
            } else if let item = listMarker(of: text) {
                blocks.append(ArticleBlock(.listItem, String(text.dropFirst(item)).collapsingWhitespace))
            } else if group.count == 1, looksLikeHeading(text) {
                blocks.append(ArticleBlock(.heading, text))
            } else {
                blocks.append(ArticleBlock(.paragraph, text))
            }
        }
        return blocks
    }

    /// `## Heading`, as people type in plain text too.
    static func markdownHeading(_ text: String) -> (Int, String)? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), text.dropFirst(hashes).first == " " else { return nil }
        let rest = String(text.dropFirst(hashes)).trimmingCharacters(in: "# ").collapsingWhitespace
        return rest.isEmpty ? nil : (hashes, rest)
    }

    /// The length of a bullet (`• `, `- `, `* `) at the start of `text`.
    static func listMarker(of text: String) -> Int? {
        guard let first = text.unicodeScalars.first, "•-*\u{2013}\u{25AA}\u{25CF}".unicodeScalars.contains(first) else { return nil }
        for marker in ["• ", "- ", "* ", "\u{2013} ", "\u{25AA} ", "\u{25CF} "] where text.hasPrefix(marker) && text.count > marker.count {
            return marker.count
        }
        return nil
    }

    /// A short line without final punctuation, starting with a capital or a digit: "Security Guarantees Take
    /// Centre Stage", "Reactions", "Group F — Sweden 1 – 0 Korea Republic".
    static func looksLikeHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 180, text.count <= 90, (1...12).contains(text.wordCount(upTo: 13)) else { return false }
        var end = Substring(text)
        while let last = end.last, "\"'\u{201D}\u{2019}".contains(last) { end.removeLast() }
        guard let last = end.last, !".,;:!?\u{2026}".contains(last) else { return false }
        var start = Substring(text)
        while let first = start.first, "\"'\u{201C}\u{2018}(".contains(first) { start.removeFirst() }
        guard let first = start.first else { return false }
        return first.isUppercase || first.isNumber
    }

    /// The title on `line`, without a `Title:` label or Markdown `#` marks.
    static func title(from line: String, location: SourceLocation) throws -> String {
        if let metadata = MetadataLine(line) {
            switch metadata {
            case .byline, .date, .sourceURL:
                throw BriefingError(.metadataInsteadOfTitle(line), at: location)
            case .source, .tags:
                break
            }
        }
        var title = line
        for label in ["title:", "headline:"] where title.lowercased().hasPrefix(label) {
            title = String(title.dropFirst(label.count)).collapsingWhitespace
        }
        if let (_, heading) = markdownHeading(title) { title = heading }
        guard title.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw BriefingError(.noWordsInTitle(line), at: location)
        }
        return title
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view.removeFirst() }
        while let last = view.last, set.contains(last) { view.removeLast() }
        return String(view)
    }
}

extension BriefingError.Problem {
    static func metadataInsteadOfTitle(_ line: String) -> Self {
        .invalidContent("the first line, '\(line)', is not a headline, so the article has no title. Put the title on a line of its own above it.")
    }

    static func noWordsInTitle(_ line: String) -> Self {
        .invalidContent("the title line '\(line)' has no words, so the article has no headline. Write the title on this line.")
    }
}
