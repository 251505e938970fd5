import BriefingCore

extension BriefWriter {
    /// The key points as one bullet list, or nothing.
    func keyPointBlocks(_ analysis: ArticleAnalysis) -> [String] {
        let points = analysis.keyPoints.compactMap(\.collapsedOrNil)
        guard !points.isEmpty else { return [] }
        return [points.map { "- " + MarkdownEscaper.block($0) }.joined(separator: "\n")]
    }

    /// Each section under its heading (the opening one under `openingHeading`): all of its paragraphs with
    /// `fullText`, else the first `paragraphsPerSection` that hold no key point, so that the brief does not say the
    /// same sentence twice. Empty sections are left out.
    func storyBlocks(_ article: Article, keyPoints: [String], fullText: Bool) -> [String] {
        let points = keyPoints.compactMap(\.collapsedOrNil)
        var blocks: [String] = []
        for (index, section) in article.sections.enumerated() {
            var paragraphs = section.paragraphs.compactMap(\.collapsedOrNil)
            if !fullText {
                let fresh = paragraphs.filter { paragraph in !points.contains { paragraph.hasBytes(of: $0) } }
                paragraphs = Array(fresh.prefix(Self.paragraphsPerSection))
            }
            guard !paragraphs.isEmpty else { continue }
            if let heading = section.heading?.collapsedOrNil ?? (index == 0 ? Self.openingHeading : nil) {
                blocks.append("## " + MarkdownEscaper.heading(heading))
            }
            blocks += paragraphs.map(MarkdownEscaper.block)
        }
        return blocks
    }

    /// `## What analysts say` with one `[!analyst]` callout per attributed analyst quote, then `## Other voices` with
    /// a `[!quote]` callout for each other attributed quote of at least `minimumVoiceWords` words; in story order,
    /// each text once.
    func quoteBlocks(_ analysis: ArticleAnalysis) -> [String] {
        var seen: Set<String> = []
        var analysts: [String] = []
        var voices: [String] = []
        let quotes = analysis.quotes.enumerated().sorted { ($0.element.paragraph, $0.offset) < ($1.element.paragraph, $1.offset) }.map(\.element)
        for quote in quotes {
            guard let speaker = quote.speaker?.collapsedOrNil, let text = Self.quotation(quote.text), seen.insert(text).inserted else { continue }
            if quote.analyst {
                analysts.append(callout("analyst", speaker: speaker, text: text, analysis: analysis))
            } else if text.split(separator: " ").count >= Self.minimumVoiceWords {
                voices.append(callout("quote", speaker: speaker, text: text, analysis: analysis))
            }
        }
        var blocks: [String] = []
        if !analysts.isEmpty { blocks += ["## What analysts say"] + analysts }
        if !voices.isEmpty { blocks += ["## Other voices"] + voices }
        return blocks
    }

    /// `> [!kind] Speaker, role` and the quotation in typographic quotes.
    func callout(_ kind: String, speaker: String, text: String, analysis: ArticleAnalysis) -> String {
        let caption = [speaker, role(of: speaker, in: analysis)].compactMap { $0 }.map(MarkdownEscaper.inline).joined(separator: ", ")
        return "> [!\(kind)] \(caption)\n> \u{201C}\(MarkdownEscaper.inline(text))\u{201D}"
    }

    /// The words of a quote on one line, without quotation marks around them; a comma that handed over to the
    /// attribution ("…conditions," he said) ends a sentence with a full stop instead.
    static func quotation(_ text: String) -> String? {
        let marks = quotationMarks
        var words = Substring(text.collapsed)
        while let first = words.first, marks.contains(first) { words = words.dropFirst().drop(while: \.isWhitespace) }
        while let last = words.last, marks.contains(last) || last.isWhitespace { words = words.dropLast() }
        var endsWithComma = false
        while let last = words.last, last == "," || last.isWhitespace {
            endsWithComma = true
            words = words.dropLast()
        }
        guard !words.isEmpty else { return nil }
        if endsWithComma, words.first?.isUppercase == true { return words + "." }
        return String(words)
    }

    /// The marks a quotation may stand between.
    static let quotationMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}"]

    /// `Source: [Publisher](address)` when the address is known, else `Source: Publisher`, else nothing.
    func sourceBlocks(_ details: Brief) -> [String] {
        if let address = details.sourceURL {
            let name = MarkdownEscaper.inline(details.source ?? "the original article")
            return ["Source: [\(name)](\(MarkdownEscaper.linkDestination(address)))"]
        }
        guard let source = details.source else { return [] }
        return ["Source: " + MarkdownEscaper.inline(source)]
    }
}
