/// Picks the three to five sentences that carry the story: the lead, then the sentences that name the most of its
/// entities, without long quotations, in the order they appear.
struct KeyPointSelector {
    func keyPoints(units: [TextUnit], catalog: EntityCatalog, count: Int = 4) -> [String] {
        var mentionUnits: [Int: [Int]] = [:]
        for mention in catalog.mentionsInOrder { mentionUnits[mention.unit, default: []].append(mention.range.lowerBound) }
        struct Candidate { var order: Int; var score: Double; var unit: Int; var sentence: Range<Int> }
        var candidates: [Candidate] = []
        var order = 0
        var firstParagraph = true
        for (unitIndex, unit) in units.enumerated() {
            guard unit.paragraphIndex != nil else { continue }
            let mentionStarts = mentionUnits[unitIndex] ?? []
            for (sentenceIndex, sentence) in unit.sentences.enumerated() {
                order += 1
                var words = 0
                var quoteMarks = 0
                for token in unit.tokens[sentence] {
                    switch token.kind {
                    case .word: words += 1
                    case .quote: quoteMarks += 1
                    default: break
                    }
                }
                guard words >= 8, words <= 60 else { continue }
                let last = unit.tokens[sentence.upperBound - 1].text
                let beforeLast = unit.tokens[max(sentence.lowerBound, sentence.upperBound - 2)].text
                guard last.hasSuffix(".") || last == "!" || (beforeLast.hasSuffix(".") && last == "\u{201D}") else { continue }
                let entityCount = mentionStarts.reduce(0) { sentence.contains($1) ? $0 + 1 : $0 }
                var score = Double(min(entityCount, 4))
                if firstParagraph && sentenceIndex == 0 { score += 6 }
                if sentenceIndex == 0 { score += 1 }
                score -= Double(quoteMarks) * 1.5
                score -= Double(order) * 0.05
                candidates.append(Candidate(order: order, score: score, unit: unitIndex, sentence: sentence))
            }
            firstParagraph = false
        }
        let chosen = candidates.sorted { ($0.score, -$0.order) > ($1.score, -$1.order) }.prefix(count)
        return chosen.sorted { $0.order < $1.order }.map { units[$0.unit].text(of: $0.sentence) }
    }
}
