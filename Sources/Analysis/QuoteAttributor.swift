import BriefingCore

/// Finds who said each quotation: a name or pronoun beside a speech verb after the quotation ("…," Trump said /
/// said Trump / he said), or before it in the same sentence (Trump told reporters: "…"; according to X), a quotation
/// continued across paragraphs or interrupted by its attribution, or a pronoun resolved to the person the previous
/// sentences are about.
struct QuoteAttributor {
    let lexicon: Lexicon
    let units: [TextUnit]
    let catalog: EntityCatalog
    /// Mentions by unit, in token order.
    let mentionsByUnit: [Int: [EntityCatalog.Mention]]

    init(lexicon: Lexicon, units: [TextUnit], catalog: EntityCatalog) {
        self.lexicon = lexicon
        self.units = units
        self.catalog = catalog
        var byUnit: [Int: [EntityCatalog.Mention]] = [:]
        for mention in catalog.mentionsInOrder { byUnit[mention.unit, default: []].append(mention) }
        self.mentionsByUnit = byUnit
    }

    /// Who said a quotation.
    enum Attribution: Equatable {
        /// An entity of the article.
        case speaker(Int)
        /// The article says it was said, but not by anyone it names ("said a ministry spokesman").
        case unnamed
    }

    /// The attribution of each quotation, in order; nil where nothing says the words were spoken.
    func attributions(of quotes: [QuoteSpan]) -> [Attribution?] {
        var result: [Attribution?] = []
        for (position, quote) in quotes.enumerated() {
            var attribution = attributed(quote)
            if attribution == nil, position > 0 {
                let previous = quotes[position - 1]
                let sameParagraph = previous.unit == quote.unit
                if quote.continuesPrevious || sameParagraph && onlyAttributionBetween(previous, quote) {
                    attribution = result[position - 1]
                }
            }
            if attribution == nil, let speaker = speakerOfEarlierSentence(quote) { attribution = .speaker(speaker) }
            if attribution == nil, quote.open == 0, let speaker = speakerOfPreviousParagraph(quote, quotes: quotes, attributions: result) {
                attribution = .speaker(speaker)
            }
            result.append(attribution)
        }
        return result
    }

    /// `"A," she said. "B."`: between the two quotations only their attribution.
    func onlyAttributionBetween(_ first: QuoteSpan, _ second: QuoteSpan) -> Bool {
        guard let close = first.close else { return false }
        let between = units[first.unit].tokens[(close + 1)..<second.open]
        let hasQuote = between.contains { if case .quote = $0.kind { return true } else { return false } }
        return between.count <= 24 && !hasQuote && between.contains { lexicon.isSpeechVerb($0) }
    }

    /// The quotation's own sentence names no speaker: the paragraph's earlier sentence that has one ("She says the
    /// issue is complicated. We need to "make sure …"").
    func speakerOfEarlierSentence(_ quote: QuoteSpan) -> Int? {
        let unit = units[quote.unit]
        let own = unit.sentence(containing: quote.open)
        for sentence in unit.sentences.reversed() where sentence.upperBound <= own.lowerBound {
            if let speaker = speechSubject(in: quote.unit, sentence: sentence) { return speaker }
        }
        return nil
    }

    /// A paragraph that opens with a quotation nobody is named for continues the previous paragraph's speaker:
    /// its last attributed quotation's, or the subject of its last speech verb.
    func speakerOfPreviousParagraph(_ quote: QuoteSpan, quotes: [QuoteSpan], attributions: [Attribution?]) -> Int? {
        guard let paragraph = units[quote.unit].paragraphIndex, paragraph > 0 else { return nil }
        let previousUnit = (0..<quote.unit).last { units[$0].paragraphIndex != nil }
        guard let previousUnit else { return nil }
        for (index, earlier) in quotes.enumerated().reversed() where earlier.unit == previousUnit && index < attributions.count {
            if case .speaker(let id)? = attributions[index] { return id }
        }
        for sentence in units[previousUnit].sentences.reversed() {
            if let speaker = speechSubject(in: previousUnit, sentence: sentence) { return speaker }
        }
        // A paragraph that is only a quotation, after a paragraph introducing someone ("Another expert, Bong
        // Young-shik …, doubts the commitment."): the person the previous paragraph is about.
        let tokens = units[quote.unit].tokens
        let wholeParagraph = quote.close.map { close in tokens[(close + 1)...].allSatisfy { $0.kind == .punctuation } } ?? true
        guard wholeParagraph, let last = units[previousUnit].sentences.last else { return nil }
        return firstMention(in: previousUnit, from: last.lowerBound, to: last.upperBound, people: true)
    }

    /// The subject of the last speech verb of a sentence, outside quotations.
    func speechSubject(in unitIndex: Int, sentence: Range<Int>) -> Int? {
        let tokens = units[unitIndex].tokens
        for index in sentence.reversed() where lexicon.isSpeechVerb(tokens[index]) && !insideQuotation(unit: unitIndex, token: index) {
            if let subject = subject(before: index, in: unitIndex, sentence: sentence) { return subject }
            // "…," said Representative Jim Ramstad.
            if tokens[index].lowercased != "told",
               let named = firstMention(in: unitIndex, from: index + 1, to: min(index + 6, sentence.upperBound), people: true) {
                return named
            }
        }
        return nil
    }

    func attributed(_ quote: QuoteSpan) -> Attribution? {
        let unit = units[quote.unit]
        let tokens = unit.tokens
        if let close = quote.close, let attribution = attributionAfter(close, in: unit, quote: quote) { return attribution }
        let sentence = unit.sentence(containing: quote.open)
        // A speech verb before the quotation, in its sentence.
        var index = quote.open - 1
        while index >= sentence.lowerBound {
            let token = tokens[index]
            if case .quote = token.kind { break }
            if token.lowercased == "to", index > 0, tokens[index - 1].lowercased == "according" {
                if let speaker = firstMention(in: quote.unit, from: index + 1, to: quote.open) { return .speaker(speaker) }
            }
            if lexicon.isSpeechVerb(token) {
                if let subject = subject(before: index, in: quote.unit, sentence: sentence) { return .speaker(subject) }
                if token.lowercased != "told", let named = firstMention(in: quote.unit, from: index + 1, to: min(index + 5, quote.open), people: true) { return .speaker(named) }
                return .unnamed
            }
            index -= 1
        }
        // Right after a person and a short appositive: "…the Crown prosecutor, Mark Tedeschi, QC, "…"".
        if quote.open > 0, tokens[quote.open - 1].text == ",",
           let person = mentionsByUnit[quote.unit]?.last(where: { $0.range.upperBound <= quote.open - 1 && quote.open - 1 - $0.range.upperBound <= 3 && sentence.contains($0.range.lowerBound) }),
           catalog.entities[person.entity].type == .person,
           tokens[person.range.upperBound..<(quote.open - 1)].allSatisfy({ $0.text == "," || $0.isCapitalized }) {
            return .speaker(person.entity)
        }
        // A quotation introduced by a colon: the sentence's first person.
        if quote.open > 0, tokens[quote.open - 1].text == ":",
           let person = firstMention(in: quote.unit, from: sentence.lowerBound, to: quote.open, people: true) {
            return .speaker(person)
        }
        return nil
    }

    /// `…," Trump said` / `…," said Trump` / `…," he said` / `…," team member Rodaba Noori told the press` /
    /// `…", according to the Sydney Morning Herald`.
    func attributionAfter(_ close: Int, in unit: TextUnit, quote: QuoteSpan) -> Attribution? {
        let tokens = unit.tokens
        var index = close + 1
        while index < tokens.count, tokens[index].kind == .punctuation, [",", "—", "–", "-"].contains(tokens[index].text) { index += 1 }
        guard index < tokens.count else { return nil }
        // An attribution after a quotation follows a comma: `…," he said`, not `…" and said`.
        let endsWithComma = quote.text.hasSuffix(",") || index > close + 1
        if tokens[index].lowercased == "according", index + 1 < tokens.count, tokens[index + 1].lowercased == "to" {
            return firstMention(in: quote.unit, from: index + 2, to: min(index + 8, tokens.count)).map(Attribution.speaker) ?? .unnamed
        }
        if lexicon.isSpeechVerb(tokens[index]) {
            let window = (index + 1, min(index + 8, tokens.count))
            // "said Senate Majority Leader Harry Reid": the person, not the body in their title.
            let named = firstMention(in: quote.unit, from: window.0, to: window.1, people: true) ?? firstMention(in: quote.unit, from: window.0, to: window.1)
            return named.map(Attribution.speaker) ?? bodyNamedInLowercase(in: quote.unit, from: window.0, to: window.1).map(Attribution.speaker) ?? .unnamed
        }
        if EnglishWords.personPronouns[tokens[index].lowercased] != nil, ["he", "she"].contains(tokens[index].lowercased),
           index + 1 < tokens.count, lexicon.isSpeechVerb(tokens[index + 1]) {
            return personBefore(unit: quote.unit, token: quote.open).map(Attribution.speaker) ?? .unnamed
        }
        // A name, perhaps after its role, then a speech verb.
        var scan = index
        while scan < min(tokens.count, index + 8) {
            if let mention = mention(in: quote.unit, startingAt: scan) {
                var after = mention.range.upperBound
                if after < tokens.count, tokens[after].text == "," {
                    var skip = after + 1
                    while skip < tokens.count, skip < after + 16, tokens[skip].text != "," { skip += 1 }
                    if skip < tokens.count, tokens[skip].text == "," { after = skip + 1 }
                }
                if after < tokens.count, lexicon.isSpeechVerb(tokens[after]) { return .speaker(mention.entity) }
                return nil
            }
            if tokens[scan].kind != .word || lexicon.isSpeechVerb(tokens[scan]) { break }
            scan += 1
        }
        // "an advisor to the Palestinian team told The New York Times": spoken, by someone not named.
        if endsWithComma, scan < tokens.count, lexicon.isSpeechVerb(tokens[scan]), scan - index <= 8,
           !tokens[index..<scan].contains(where: { ["and", "but", "or"].contains($0.lowercased) }) {
            return bodyNamedInLowercase(in: quote.unit, from: index, to: scan).map(Attribution.speaker) ?? .unnamed
        }
        return nil
    }

    /// The subject of a speech verb at `verb`: the nearest name or pronoun before it in the sentence.
    func subject(before verb: Int, in unitIndex: Int, sentence: Range<Int>) -> Int? {
        let tokens = units[unitIndex].tokens
        var index = verb - 1
        while index >= sentence.lowerBound {
            if case .quote = tokens[index].kind {
                index = startOfQuotation(endingAt: index, in: tokens, sentence: sentence) - 1
                continue
            }
            if EnglishWords.personPronouns[tokens[index].lowercased] != nil, ["he", "she"].contains(tokens[index].lowercased) {
                return personBefore(unit: unitIndex, token: index)
            }
            if let mention = mentionsByUnit[unitIndex]?.last(where: { $0.range.contains(index) }) {
                let before = mention.range.lowerBound > 0 ? tokens[mention.range.lowerBound - 1].lowercased : ""
                let beforeThe = mention.range.lowerBound > 1 && before == "the" ? tokens[mention.range.lowerBound - 2].lowercased : before
                let isAffiliation = catalog.entities[mention.entity].type != .person && ["of", "at", "from", "for"].contains(beforeThe)
                if !["by", "with", "to"].contains(beforeThe) && !isAffiliation { return mention.entity }
                index = mention.range.lowerBound - 1
                continue
            }
            index -= 1
        }
        return nil
    }

    /// An organisation of the article named in lowercase words between `start` and `end`: "a defense ministry
    /// spokesman" speaks for the Defense Ministry.
    func bodyNamedInLowercase(in unit: Int, from start: Int, to end: Int) -> Int? {
        let tokens = units[unit].tokens
        guard start < end else { return nil }
        for length in stride(from: min(4, end - start), through: 2, by: -1) {
            for first in start...(end - length) {
                let key = MentionKey.of(tokens[first..<(first + length)])
                if let id = catalog.index[key]?.first(where: { catalog.entities[$0].type == .organization && !catalog.entities[$0].mentions.isEmpty }) {
                    return id
                }
            }
        }
        return nil
    }

    /// The opening mark of the quotation whose closing mark is at `close`, or `close` itself when it opens one.
    func startOfQuotation(endingAt close: Int, in tokens: [Token], sentence: Range<Int>) -> Int {
        guard case .quote(let opening) = tokens[close].kind, opening != true else { return close }
        var index = close - 1
        while index >= sentence.lowerBound {
            if case .quote(let facing) = tokens[index].kind, facing != false { return index }
            index -= 1
        }
        return close
    }

    func mention(in unit: Int, startingAt index: Int) -> EntityCatalog.Mention? {
        mentionsByUnit[unit]?.first { $0.range.lowerBound == index }
    }

    func firstMention(in unit: Int, from start: Int, to end: Int, people: Bool = false) -> Int? {
        mentionsByUnit[unit]?.first { $0.range.lowerBound >= start && $0.range.lowerBound < end && (!people || catalog.entities[$0.entity].type == .person) }?.entity
    }

    /// The person a pronoun at (`unit`, `token`) stands for: the first person named in the nearest sentence before
    /// it that names one.
    func personBefore(unit: Int, token: Int) -> Int? {
        var unitIndex = unit
        var limit = token
        while unitIndex >= 0 {
            let current = units[unitIndex]
            let people = (mentionsByUnit[unitIndex] ?? []).filter { catalog.entities[$0.entity].type == .person && $0.range.lowerBound < limit && !insideQuotation(unit: unitIndex, token: $0.range.lowerBound) }
            if let last = people.last {
                let sentence = current.sentence(containing: last.range.lowerBound)
                return people.first { sentence.contains($0.range.lowerBound) }?.entity
            }
            unitIndex -= 1
            limit = unitIndex >= 0 ? units[unitIndex].tokens.count : 0
            if unit - unitIndex > 3 { break }
        }
        return nil
    }

    func insideQuotation(unit: Int, token: Int) -> Bool {
        var inside = false
        for current in units[unit].tokens[..<token] {
            if case .quote(let opening) = current.kind {
                if opening == true { inside = true } else if opening == false { inside = false } else { inside.toggle() }
            }
        }
        return inside
    }
}
