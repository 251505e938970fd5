/// Sentence boundaries that know abbreviations (Mr., Dr., Jan.), initials (George W. Bush) and initialisms (U.S.).
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "rev", "hon", "pres", "gov", "supt", "det",
        "approx", "est", "fig", "e.g", "i.e", "cf", "al",
    ]

    /// Words that start sentences far more often than they continue a name: after "U.S." they mean a new sentence.
    static let openers: Set<String> = ["The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "There", "Its", "His", "Her", "Their", "Our", "Some", "Many", "Most", "One", "No", "So", "Yet", "Still", "However", "Meanwhile", "Also"]

    static func sentences(in tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(tokens.count / 8 + 1)
        var start = 0
        var index = 0
        while index < tokens.count {
            // A word token ends with a period only as an initialism ("U.S."), after a capital: its last byte says it.
            let endsInitialism = tokens[index].kind == .word && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                && tokens[index].text.utf8.last == 0x2E && openers.contains(tokens[index + 1].text)
            if endsInitialism {
                sentences.append(start..<(index + 1))
                start = index + 1
                index += 1
                continue
            }
            if tokens[index].kind == .punctuation, isOneOf(".!?", tokens[index].text), !isAbbreviationPeriod(tokens, index) {
                var end = index + 1
                while end < tokens.count, case .quote(let opening) = tokens[end].kind, opening != true {
                    end += 1
                }
                while end < tokens.count, tokens[end].kind == .punctuation, isOneOf(")]", tokens[end].text) {
                    end += 1
                }
                if end >= tokens.count || startsSentence(tokens[end]) {
                    sentences.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether `text` is exactly one of the ASCII characters of `marks`, read from its bytes: no other text equals
    /// an ASCII punctuation mark.
    static func isOneOf(_ marks: StaticString, _ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == 1, let byte = utf8.first else { return false }
        return marks.withUTF8Buffer { $0.contains(byte) }
    }

    static func isAbbreviationPeriod(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].text == ".", index > 0, tokens[index - 1].isWord, tokens[index - 1].end == tokens[index].start else { return false }
        let word = tokens[index - 1].text
        if word.characterCount == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        return abbreviations.contains(tokens[index - 1].lowercased)
    }

    static func startsSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized || token.text.first?.isNumber == true
        case .number: return true
        case .quote(let opening): return opening != false
        case .punctuation: return ["(", "[", "—", "–", "-"].contains(token.text)
        case .possessive: return false
        }
    }
}
