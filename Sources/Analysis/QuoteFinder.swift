/// Finds quotations: text between matching quotation marks, curly or straight, double or single, in each paragraph.
/// A quotation left open at the end of a paragraph continues in the next one when it opens with a quotation mark.
enum QuoteFinder {
    static func quotes(in units: [TextUnit]) -> [QuoteSpan] {
        var quotes: [QuoteSpan] = []
        var openAtEnd = false
        for (unitIndex, unit) in units.enumerated() {
            guard unit.paragraphIndex != nil else { continue }
            let found = spans(in: unit, unitIndex: unitIndex)
            var spans = found.spans
            if openAtEnd, var first = spans.first, first.open == firstQuoteToken(unit) {
                first.continuesPrevious = true
                spans[0] = first
            }
            openAtEnd = found.openAtEnd
            quotes += spans
        }
        return quotes
    }

    static func firstQuoteToken(_ unit: TextUnit) -> Int? {
        guard let first = unit.tokens.first, case .quote = first.kind else { return nil }
        return 0
    }

    static func spans(in unit: TextUnit, unitIndex: Int) -> (spans: [QuoteSpan], openAtEnd: Bool) {
        let tokens = unit.tokens
        var spans: [QuoteSpan] = []
        var index = 0
        var openAtEnd = false
        while index < tokens.count {
            guard case .quote(let opening) = tokens[index].kind, opening != false else {
                index += 1
                continue
            }
            let mark = tokens[index].text
            let isSingle = mark == "\u{2018}" || mark == "'"
            var close: Int?
            var search = index + 1
            while search < tokens.count {
                if case .quote(let facing) = tokens[search].kind, facing != true, matches(opening: mark, closing: tokens[search].text, isSingle: isSingle) {
                    close = search
                    break
                }
                search += 1
            }
            if isSingle, close == nil {
                index += 1
                continue
            }
            var endScalar = close.map { tokens[$0].start } ?? unit.scalars.count
            var startScalar = tokens[index].end
            while startScalar < endScalar, unit.scalars[startScalar].properties.isWhitespace { startScalar += 1 }
            while endScalar > startScalar, unit.scalars[endScalar - 1].properties.isWhitespace { endScalar -= 1 }
            let text = String(decoding: unit.utf8[unit.offsets[startScalar]..<unit.offsets[endScalar]], as: UTF8.self)
            var words = 0
            for inside in (index + 1)..<(close ?? tokens.count) where tokens[inside].kind == .word || tokens[inside].kind == .number {
                words += 1
            }
            if !text.isEmpty {
                spans.append(QuoteSpan(unit: unitIndex, open: index, close: close, text: text, wordCount: words))
            }
            if close == nil { openAtEnd = true }
            index = (close ?? tokens.count) + 1
        }
        return (spans, openAtEnd)
    }

    static func matches(opening: String, closing: String, isSingle: Bool) -> Bool {
        switch opening {
        case "\u{201C}", "\u{201E}": return closing == "\u{201D}" || closing == "\""
        case "\u{00AB}": return closing == "\u{00BB}"
        case "\"": return closing == "\"" || closing == "\u{201D}"
        case "\u{2018}", "'": return closing == "\u{2019}" || closing == "'"
        default: return false
        }
    }
}
