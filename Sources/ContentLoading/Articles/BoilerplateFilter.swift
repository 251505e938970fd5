/// Sets aside the parts of an article's text that are not story: read-also links, prompts, captions, credits,
/// lists of sources or related links under their own heading, pull quotes that repeat the story, and the
/// writer's biography or sign-off at the end.
struct BoilerplateFilter {
    /// The article's byline, to recognise the writer's biography.
    var byline: String?

    /// The story blocks, in order, and the text of the blocks set aside.
    func sorted(_ blocks: [ArticleBlock]) -> (story: [ArticleBlock], boilerplate: [String]) {
        var dropped = [Bool](repeating: false, count: blocks.count)
        markReferenceSections(blocks, &dropped)
        markBoilerplateLines(blocks, &dropped)
        markPullQuotes(blocks, &dropped)
        markRepeatedParagraphs(blocks, &dropped)
        markEmptiedSections(blocks, &dropped)
        markClosingLines(blocks, &dropped)
        markEmptiedSections(blocks, &dropped)

        var story: [ArticleBlock] = []
        var boilerplate: [String] = []
        for (index, block) in blocks.enumerated() {
            if dropped[index] { boilerplate.append(block.text) } else { story.append(block) }
        }
        return (story, boilerplate)
    }

    /// A heading such as "Sources" or "Related stories" and the short lines under it; a long paragraph after it
    /// means the story has resumed without a heading.
    func markReferenceSections(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            guard block.isHeading, BoilerplateLine.sectionHeadings.contains(block.text.foldedForMatching.trimmingPunctuation.trimmingColon) else {
                index += 1
                continue
            }
            dropped[index] = true
            index += 1
            while index < blocks.count, !blocks[index].isHeading,
                  blocks[index].kind == .listItem || blocks[index].text.wordCount(upTo: 41) <= 40 {
                dropped[index] = true
                index += 1
            }
        }
    }

    func markBoilerplateLines(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        var prompts: [Int] = []
        for (index, block) in blocks.enumerated() where !dropped[index] {
            guard let kind = BoilerplateLine(block.text) else { continue }
            dropped[index] = true
            if kind == .commentPrompt { prompts.append(index) }
        }
        // The question a comment prompt asks the reader ("Do you think …?") goes with it.
        for prompt in prompts {
            for neighbour in [prompt - 1, prompt + 1] where blocks.indices.contains(neighbour) && !dropped[neighbour] {
                if Self.isQuestionToTheReader(blocks[neighbour].text) { dropped[neighbour] = true }
            }
        }
    }

    static func isQuestionToTheReader(_ text: String) -> Bool {
        let line = text.foldedForMatching
        guard line.hasSuffix("?"), text.wordCount(upTo: 41) <= 40 else { return false }
        let words = Set(line.split(whereSeparator: { !$0.isLetter && $0 != "'" }))
        return words.contains("you") || words.contains("your")
    }

    /// A block quotation whose words the story already has (a pull quote) goes, with its attribution line.
    func markPullQuotes(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        let groups = Dictionary(grouping: blocks.indices.filter { blocks[$0].quoteGroup != nil }, by: { blocks[$0].quoteGroup! })
        guard !groups.isEmpty else { return }
        var index = Set<Int>()
        for (position, block) in blocks.enumerated() where block.quoteGroup == nil && !block.isHeading && !dropped[position] {
            let words = Self.words(of: block.text, droppingBracketedInsertions: true)
            for start in words.indices.dropLast(2) { index.insert(Self.trigramKey(words, start)) }
        }
        for members in groups.values {
            let longest = members.max { blocks[$0].text.count < blocks[$1].text.count }!
            let words = Self.words(of: blocks[longest].text, droppingBracketedInsertions: false)
            guard words.count >= 6 else { continue }
            let trigrams = words.indices.dropLast(2)
            let found = trigrams.filter { index.contains(Self.trigramKey(words, $0)) }.count
            if Double(found) >= 0.8 * Double(trigrams.count) {
                for member in members { dropped[member] = true }
            }
        }
    }

    /// A paragraph printed twice (a pull quote laid out as a paragraph) is kept once.
    func markRepeatedParagraphs(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        var seen = Set<String>()
        for (index, block) in blocks.enumerated() where !block.isHeading && !dropped[index] && block.text.wordCount(upTo: 8) >= 8 {
            if !seen.insert(block.text.foldedForMatching).inserted { dropped[index] = true }
        }
    }

    /// A heading whose every line went is boilerplate too, as is a heading left with nothing after it.
    func markEmptiedSections(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        var linesInSection = 0
        var keptInSection = 0
        var keptAfter = false
        for index in blocks.indices.reversed() {
            guard blocks[index].isHeading else {
                linesInSection += 1
                if !dropped[index] { keptInSection += 1 }
                continue
            }
            let emptied = linesInSection > 0 && keptInSection == 0
            let lastOfAll = linesInSection == 0 && !keptAfter
            if emptied || lastOfAll { dropped[index] = true }
            keptAfter = keptAfter || keptInSection > 0
            linesInSection = 0
            keptInSection = 0
        }
    }

    /// The writer's biography, a sign-off or a credit closing the story.
    func markClosingLines(_ blocks: [ArticleBlock], _ dropped: inout [Bool]) {
        var checked = 0
        var index = blocks.count - 1
        while index >= 0, checked < 4 {
            defer { index -= 1 }
            guard !dropped[index] else { continue }
            let text = blocks[index].text
            if blocks[index].isHeading { break }
            guard BoilerplateLine.isSignOff(text) || BoilerplateLine.isBiography(text, byline: byline) else { break }
            dropped[index] = true
            checked += 1
        }
    }

    /// Lowercased words of letters and digits; `[insertions]` an editor made inside a quotation can be left out.
    static func words(of text: String, droppingBracketedInsertions: Bool) -> [Substring] {
        var kept = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.foldedForMatching.unicodeScalars {
            if droppingBracketedInsertions, scalar == "[" { depth += 1; continue }
            if droppingBracketedInsertions, scalar == "]", depth > 0 { depth -= 1; continue }
            guard depth == 0 else { continue }
            let isWordPart = scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            kept.append(isWordPart ? scalar : " ")
        }
        return String(kept).split(separator: " ")
    }

    static func trigramKey(_ words: [Substring], _ start: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(words[start])
        hasher.combine(words[start + 1])
        hasher.combine(words[start + 2])
        return hasher.finalize()
    }
}

private extension String {
    var trimmingColon: String {
        hasSuffix(":") ? String(dropLast()).collapsingWhitespace : self
    }
}
