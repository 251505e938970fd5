import BriefingCore

/// Finds the capitalised runs of a text unit that name people, organisations and places, and types them from their
/// words and their immediate context.
struct NameFinder {
    let lexicon: Lexicon

    /// The names in `unit`. In headline-cased units only titles before names are trusted.
    func names(in unit: TextUnit, unitIndex: Int) -> [NameSpan] {
        var spans: [NameSpan] = []
        let tokens = unit.tokens
        for sentence in unit.sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard tokens[index].isCapitalized else {
                    index += 1
                    continue
                }
                let end = runEnd(tokens, from: index, limit: sentence.upperBound)
                var start = index
                if isSentenceInitial(tokens, start, sentence) {
                    if dropsAtSentenceStart(tokens[start]) { start += 1 }
                }
                if start < end {
                    spans += split(unit, start..<end, unitIndex: unitIndex)
                }
                index = end
            }
        }
        return spans
    }

    /// The end of the capitalised run from `start`: capitalised words, joined by connectors where the words around
    /// them make one name, and by ", " inside an organisation's list of subjects.
    func runEnd(_ tokens: [Token], from start: Int, limit: Int) -> Int {
        var end = start + 1
        while end < limit {
            let token = tokens[end]
            if token.isCapitalized || isParticleName(token) {
                end += 1
                continue
            }
            // "George W. Bush": a middle initial's period.
            if token.text == ".", tokens[end - 1].text.count == 1, tokens[end - 1].isCapitalized, end + 1 < limit,
               tokens[end + 1].isCapitalized, tokens[end - 1].end == token.start {
                end += 1
                continue
            }
            if token.kind == .word, EnglishWords.connectors.contains(token.text) || token.text == "&" {
                var next = end + 1
                while next < limit, tokens[next].kind == .word, EnglishWords.connectors.contains(tokens[next].text) { next += 1 }
                if next < limit, tokens[next].isCapitalized, joins(tokens, start..<end, connector: token.text, next: next) {
                    end = next + 1
                    continue
                }
            }
            if token.text == ",", orgListContinues(tokens, start..<end, comma: end, limit: limit) {
                end += 2
                continue
            }
            break
        }
        return end
    }

    /// "al-Majid", "bin-Laden", "el-Sisi": a lowercase particle joined to a capitalised name.
    func isParticleName(_ token: Token) -> Bool {
        guard token.kind == .word, token.text.utf8.contains(0x2D), let hyphen = token.text.firstIndex(of: "-") else { return false }
        let particle = token.text[..<hyphen]
        let rest = token.text[token.text.index(after: hyphen)...]
        return ["al", "el", "bin", "ibn", "abu", "ad", "ar", "as", "ash", "at", "az", "ben", "de", "van"].contains(particle)
            && rest.first?.isUppercase == true
    }

    /// Whether the connector after `left` joins it to the capitalised word at `next` as one name.
    func joins(_ tokens: [Token], _ whole: Range<Int>, connector: String, next: Int) -> Bool {
        let lastConnector = whole.last { !tokens[$0].isCapitalized }
        let left = lastConnector.map { ($0 + 1)..<whole.upperBound } ?? whole
        guard !left.isEmpty else { return false }
        let leftWords = tokens[left].map(\.lowercased)
        let last = leftWords.last ?? ""
        let rightWords = rightPart(tokens, from: next)
        let wholeWords = tokens[whole].map(\.lowercased)
        if connector == "and" {
            // "Institute of Technology and Colorado State University": two bodies, each with its own head word;
            // "Syria and Yemen", "Democrats and Republicans": two names, no body at all.
            let leftHasHead = wholeWords.contains(where: lexicon.organizationWords.contains)
            let rightHasHead = rightWords.last.map(lexicon.organizationWords.contains) ?? false
            let rightIsGroup = rightWords.contains { EnglishWords.groupNouns.contains($0) || lexicon.demonyms[$0] != nil }
                || rightWords.first.map { lexicon.roleWords[$0] != nil } ?? false
                || lexicon.givenNames.contains(tokens[next].text)
            let leftIsPlace = lexicon.place(named: tokens[whole].map(\.text).joined(separator: " ")) != nil
            return leftHasHead != rightHasHead && !rightIsGroup && !leftIsPlace
        }
        // "University of Sheffield of the UK": "of the <place>" says where, it is not part of the name; "Food
        // Standards of Australia" names no body either.
        let rightIsPlace = lexicon.place(named: rightWords.joined(separator: " ")) != nil
        if connector == "of", tokens[next - 1].text == "the", rightIsPlace { return false }
        if connector == "of", rightIsPlace, !lexicon.organizationWords.contains(tokens[whole.upperBound - 1].lowercased),
           !EnglishWords.placeWords.contains(tokens[whole.upperBound - 1].lowercased) { return false }
        // "Council on Foreign Relations": "on" joins only after a body's head word.
        if connector == "on" { return lexicon.organizationWords.contains(tokens[whole.upperBound - 1].lowercased) }
        if wholeWords.contains(where: lexicon.organizationWords.contains) { return true }
        if EnglishWords.nameParticles.contains(connector) && connector != "and" && connector != "the" { return true }
        if leftWords.contains(where: lexicon.organizationWords.contains) { return true }
        if lexicon.organizationWords.contains(tokens[next].lowercased) && connector != "and" { return true }
        if lexicon.roleWords[last] != nil, connector == "of" || connector == "for" { return true }
        if EnglishWords.placeWords.contains(last), connector == "of" { return true }
        // "Taxpayers for Common Sense", "Daughters of the American Revolution": a lowercase-joined run ending in a
        // capitalised word that is not a place on its own.
        // "House of Representatives", "Taxpayers for Common Sense": a capitalised common noun before the connector.
        let lastToken = tokens[left.upperBound - 1]
        if connector == "for" || connector == "of", !lastToken.isAcronym, lexicon.place(of: lastToken) == nil,
           lexicon.roleWords[last] == nil, !lexicon.givenNames.contains(lastToken.text),
           left.count == 1 || lexicon.commonWords.contains(last) {
            return true
        }
        return false
    }

    /// The lowercase words of the capitalised run starting at `start`, up to the next connector.
    func rightPart(_ tokens: [Token], from start: Int) -> [String] {
        var words: [String] = []
        var index = start
        while index < tokens.count, tokens[index].isCapitalized {
            words.append(tokens[index].lowercased)
            index += 1
        }
        return words
    }

    /// "Center for Army, Conversion and Disarmament Studies": after an organisation word and "for"/"of", a comma
    /// continues the name when capitalised words and "and" follow.
    func orgListContinues(_ tokens: [Token], _ run: Range<Int>, comma: Int, limit: Int) -> Bool {
        let words = tokens[run].map(\.lowercased)
        guard let head = words.firstIndex(where: lexicon.organizationWords.contains),
              words[head...].contains(where: { $0 == "for" || $0 == "of" }),
              comma + 1 < limit, tokens[comma + 1].isCapitalized
        else { return false }
        var index = comma + 1
        while index < limit, index < comma + 8 {
            if tokens[index].text == "and" { return index + 1 < limit && tokens[index + 1].isCapitalized }
            if !tokens[index].isCapitalized && tokens[index].text != "," { return false }
            index += 1
        }
        return false
    }

    func isSentenceInitial(_ tokens: [Token], _ index: Int, _ sentence: Range<Int>) -> Bool {
        if index > 0, case .quote(let opening) = tokens[index - 1].kind, opening != false { return true }
        var position = index - 1
        while position >= sentence.lowerBound {
            switch tokens[position].kind {
            case .quote, .punctuation: position -= 1
            default: return false
            }
        }
        return true
    }

    /// A capitalised sentence-initial word that is an ordinary word ("The", "Still", "Speaking").
    func dropsAtSentenceStart(_ token: Token) -> Bool {
        let lower = token.lowercased
        guard lexicon.commonWords.contains(lower) || EnglishWords.roleStoppers.contains(lower) else { return false }
        if lexicon.place(of: token) != nil || lexicon.givenNames.contains(token.text) || lexicon.roleWords[lower] != nil { return false }
        if lexicon.organizationWords.contains(lower) { return false }
        return true
    }

    /// Splits a capitalised run at titles and roles, and types each part.
    func split(_ unit: TextUnit, _ run: Range<Int>, unitIndex: Int) -> [NameSpan] {
        let tokens = unit.tokens
        var spans: [NameSpan] = []
        var segmentStart = run.lowerBound
        var titled = hasTitleBefore(unit, run.lowerBound)
        var index = run.lowerBound
        while index < run.upperBound {
            if let length = rolePhraseLength(tokens, at: index, limit: run.upperBound),
               !(length == 1 && lexicon.givenNames.contains(tokens[index].text) && index == run.lowerBound && run.count == 2 && !titled) {
                let afterRole = index + length
                // "Refugee Council", "Police Department": a role word before a body's head word is part of its name.
                if afterRole < run.upperBound, lexicon.organizationWords.contains(tokens[afterRole].lowercased) {
                    index = afterRole
                    continue
                }
                let followedByOf = afterRole < run.upperBound && ["of", "for"].contains(tokens[afterRole].text)
                let hasPrefix = index > segmentStart && !tokens[segmentStart..<index].allSatisfy { lexicon.demonyms[$0.lowercased] != nil || lexicon.place(of: $0) != nil }
                // "U.S. House of Representatives", "United Nations High Commissioner for Refugees": a role word
                // inside a body's name introduces nobody.
                let isPlural = tokens[afterRole - 1].lowercased.hasSuffix("s") && lexicon.roleWords[String(tokens[afterRole - 1].lowercased.dropLast())] != nil
                if afterRole == run.upperBound && hasPrefix && isPlural || followedByOf && hasPrefix {
                    index = afterRole
                    continue
                }
                if segmentStart < index {
                    spans += typed(unit, segmentStart..<index, unitIndex: unitIndex, titled: titled)
                }
                titled = !followedByOf
                index = followedByOf ? afterRole + 1 : afterRole
                while index < run.upperBound, EnglishWords.connectors.contains(tokens[index].text) { index += 1 }
                // "Secretary of Energy Rick Perry": a one- or two-word portfolio, then the person.
                if followedByOf, let name = (index + 1..<min(index + 3, run.upperBound)).first(where: { lexicon.givenNames.contains(tokens[$0].text) }),
                   name + 1 < run.upperBound, !tokens[index..<name].contains(where: { lexicon.organizationWords.contains($0.lowercased) }) {
                    index = name
                    titled = true
                }
                segmentStart = index
                continue
            }
            index += 1
        }
        if segmentStart < run.upperBound {
            spans += typed(unit, segmentStart..<run.upperBound, unitIndex: unitIndex, titled: titled)
        }
        return spans
    }

    /// The length of the role phrase or honorific at `index`, if one starts there.
    func rolePhraseLength(_ tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard lexicon.roleFirstWords.contains(tokens[index].lowercased) else { return nil }
        var best: Int?
        var phrase = ""
        var length = 0
        var position = index
        while position < limit, length < lexicon.longestRolePhrase {
            let word = tokens[position].lowercased
            phrase = phrase.isEmpty ? word : phrase + " " + word
            length += 1
            position += 1
            if let category = lexicon.roleWords[phrase] ?? lexicon.roleWords[phrase.hasSuffix(".") ? String(phrase.dropLast()) : phrase + "."] {
                _ = category
                best = length
            }
        }
        if let best, best == 1, tokens[index].isAcronym == false, !tokens[index].isCapitalized { return nil }
        return best
    }

    /// Whether a lowercase role phrase or an honorific stands right before `index` ("special envoy Steve Witkoff").
    func hasTitleBefore(_ unit: TextUnit, _ index: Int) -> Bool {
        let tokens = unit.tokens
        guard index > 0, lexicon.roleLastWords.contains(tokens[index - 1].lowercased) else { return false }
        for length in 1...max(1, lexicon.longestRolePhrase) where index - length >= 0 {
            let phrase = tokens[(index - length)..<index].map(\.lowercased).joined(separator: " ")
            if let category = lexicon.roleWords[phrase], category != .honorific || length == 1 { return true }
        }
        return false
    }

    /// Types a part of a run; a part may split further ("Refugee Council Enver Solomon").
    func typed(_ unit: TextUnit, _ range: Range<Int>, unitIndex: Int, titled: Bool) -> [NameSpan] {
        let tokens = unit.tokens
        var range = range
        func dropFirst() { range = (range.lowerBound + 1)..<range.upperBound }
        func dropLast() { range = range.lowerBound..<(range.upperBound - 1) }
        while range.count > 1, EnglishWords.connectors.contains(tokens[range.upperBound - 1].text) || tokens[range.upperBound - 1].text == "." { dropLast() }
        while !range.isEmpty, isModifierToken(tokens[range.lowerBound].text) || EnglishWords.connectors.contains(tokens[range.lowerBound].text) { dropFirst() }
        // "Division A": a trailing lone letter labels a part of something.
        while range.count > 1, tokens[range.upperBound - 1].text.count == 1
            || EnglishWords.calendarWords.contains(tokens[range.upperBound - 1].lowercased) { dropLast() }
        guard !range.isEmpty else { return [] }
        let words = tokens[range].map(\.text)
        let lower = tokens[range].map(\.lowercased)

        // An organisation or a place followed by a person's name: "Refugee Council Enver Solomon",
        // "the United States Hamdullah Mohib".
        if let cut = personAfterPrefix(unit, range, titled: titled) {
            return typed(unit, range.lowerBound..<cut, unitIndex: unitIndex, titled: false) + typed(unit, cut..<range.upperBound, unitIndex: unitIndex, titled: true)
        }
        if lower.allSatisfy(EnglishWords.calendarWords.contains) { return [] }
        if lower.count == 1, lexicon.demonyms[lower[0]] != nil, lexicon.place(of: tokens[range.lowerBound]) == nil { return [] }
        if lower.count <= 2, lower.contains(where: EnglishWords.groupNouns.contains) { return [] }
        if let last = lower.last, EnglishWords.eventWords.contains(last) { return [] }
        // One word was checked just above.
        if lower.count > 1, lexicon.demonyms[lower.joined(separator: " ")] != nil, lexicon.place(named: text(of: words)) == nil { return [] }
        if words.count == 1, words[0].count == 1 { return [] }
        // "Intel-exclusive", "AMD-powered": a name turned into a description.
        if words.count == 1, words[0].utf8.contains(0x2D), let suffix = words[0].split(separator: "-").last,
           suffix.first?.isLowercase == true, lexicon.commonWords.contains(String(suffix)) { return [] }
        // "Division", "Council": a head word alone names nothing in particular.
        if words.count == 1, lexicon.organizationWords.contains(lower[0]), !tokens[range.lowerBound].isAcronym { return [] }
        // "(R Minnesota)": a party letter before a place.
        if words.count >= 2, words[0].count == 1, lexicon.place(named: words.dropFirst().joined(separator: " ")) != nil {
            return typed(unit, (range.lowerBound + 1)..<range.upperBound, unitIndex: unitIndex, titled: false)
        }
        // "iodine deficiency disorders (IDD)": an abbreviation of ordinary words.
        if words.count == 1, tokens[range.lowerBound].isAcronym, abbreviatesOrdinaryWords(unit, range.lowerBound) { return [] }
        if words.count == 1, words[0].unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "'" }) { return [] }

        let text = unit.text(of: range)
        var span = NameSpan(unit: unitIndex, range: range, text: text, type: nil, hasTitle: titled)
        var isPlace = lexicon.place(allowingThe: text) != nil
        // "UN" is a body, not the town of Un: an acronym names a place only when it is a country's or region's.
        if isPlace, words.count == 1, tokens[range.lowerBound].isAcronym || isInitialism(words[0]),
           let place = lexicon.place(named: text), !["country", "continent", "region"].contains(place.kind) {
            isPlace = false
        }
        let hasOrganizationWord = lower.contains(where: lexicon.organizationWords.contains)
        if titled, !hasOrganizationWord {
            span.type = .person
        } else if isPlace {
            span.type = .place
        } else if var suffixed = placeWithSuffix(unit, range) {
            suffixed.unit = unitIndex
            return [suffixed]
        } else if isGeographicName(lower), !hasOrganizationWord {
            span.type = .place
        } else if words.count >= 2, let last = lower.last, EnglishWords.facilityWords.contains(last), !hasOrganizationWord {
            span.type = .place
        } else if hasOrganizationWord {
            span.type = .organization
        } else if words.count == 1, tokens[range.lowerBound].isAcronym || isInitialism(words[0]) {
            if lexicon.roleWords[lower[0]] != nil { return [] }
            span.type = .organization
            span.isWeak = words[0].count <= 2
        } else if words.count >= 2, lexicon.givenNames.contains(words[0]) {
            span.type = .person
        } else if words.count == 3, tokens[range].allSatisfy({ !$0.isAcronym && !lexicon.commonWords.contains($0.lowercased) && lexicon.place(of: $0) == nil }) {
            // "Susilo Bambang Yudhoyono": three words of names, none an ordinary word or a place.
            span.type = .person
        } else if words.count == 2, isInitials(words[0]), !lexicon.commonWords.contains(lower[1]), lexicon.place(of: tokens[range.lowerBound + 1]) == nil {
            // "AS Heagle", "JD Vance": initials and a surname.
            span.type = .person
        } else {
            let ordinary = lower.allSatisfy { lexicon.commonWords.contains($0) || lexicon.demonyms[$0] != nil || isCommonHyphenated($0) }
            let initial = isSentenceInitial(tokens, range.lowerBound, unit.sentence(containing: range.lowerBound))
            let joined = lower.contains(where: EnglishWords.connectors.contains)
            span.isWeak = (ordinary && (words.count < 3 || joined || initial)) || (words.count == 1 && initial)
        }
        return [span]
    }

    /// Whether the acronym at `index` stands in brackets after the lowercase words it abbreviates.
    func abbreviatesOrdinaryWords(_ unit: TextUnit, _ index: Int) -> Bool {
        let tokens = unit.tokens
        let acronym = Array(tokens[index].text.lowercased())
        guard index >= 1, tokens[index - 1].text == "(", index - 1 >= acronym.count else { return false }
        let words = tokens[(index - 1 - acronym.count)..<(index - 1)]
        return words.allSatisfy { $0.kind == .word && !$0.isCapitalized } && words.map { $0.lowercased.first }.elementsEqual(acronym.map { Optional($0) })
    }

    /// Where a person's name starts after an organisation or place that opens the run, if it does.
    func personAfterPrefix(_ unit: TextUnit, _ range: Range<Int>, titled: Bool) -> Int? {
        let tokens = unit.tokens
        guard range.count >= 3 else { return nil }
        for cut in (range.lowerBound + 1)..<(range.upperBound - 1) {
            let prefix = range.lowerBound..<cut
            let rest = cut..<range.upperBound
            guard rest.count <= 4, tokens[rest].allSatisfy({ ($0.isCapitalized || isParticleName($0)) && !lexicon.organizationWords.contains($0.lowercased) }) else { continue }
            let prefixText = unit.text(of: prefix)
            let prefixIsBody = lexicon.organizationWords.contains(tokens[cut - 1].lowercased)
            let prefixIsPlace = lexicon.place(allowingThe: prefixText) != nil
            let restIsName = lexicon.givenNames.contains(tokens[cut].text) || (rest.count >= 2 && tokens[rest].allSatisfy { !lexicon.commonWords.contains($0.lowercased) })
            if (prefixIsBody || prefixIsPlace) && restIsName { return cut }
        }
        return nil
    }

    /// "Kyiv-based", "US-led", "R-Minnesota": words that describe or label rather than name.
    func isModifierToken(_ word: String) -> Bool {
        guard word.utf8.contains(0x2D) else { return false }
        if ["-based", "-born", "-led", "-backed", "-owned", "-run", "-funded"].contains(where: word.hasSuffix) { return true }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts[0].count <= 2 && parts[0].allSatisfy(\.isUppercase)
    }

    func isCommonHyphenated(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { lexicon.commonWords.contains(String($0)) }
    }

    /// "Caribbean Sea", "Sierra Nevada Mountains", "West Midlands": a feature of the map by its last or first word.
    func isGeographicName(_ lower: [String]) -> Bool {
        guard lower.count >= 2, let last = lower.last, let first = lower.first else { return false }
        return Self.mapFeatures.contains(last) || (Self.compassWords.contains(first) && lower.count == 2 && !lexicon.commonWords.contains(last))
    }

    static let mapFeatures: Set<String> = ["sea", "ocean", "river", "mountains", "mountain", "islands", "island", "isles", "bay", "gulf", "strait", "straits", "valley", "desert", "lake", "peninsula", "coast", "plateau", "basin", "delta", "highlands", "archipelago", "canyon", "glacier", "province", "region", "county", "prefecture", "oblast", "governorate"]
    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]

    /// "Kursk region": a place named with a lowercase suffix.
    func placeWithSuffix(_ unit: TextUnit, _ range: Range<Int>) -> NameSpan? {
        let after = range.upperBound
        guard range.count <= 3, after < unit.tokens.count, EnglishWords.placeSuffixes.contains(unit.tokens[after].text) else { return nil }
        let text = unit.text(of: range)
        return NameSpan(unit: 0, range: range, text: text, type: .place, aliases: [unit.text(of: range.lowerBound..<(after + 1))])
    }

    func text(of words: [String]) -> String { words.joined(separator: " ") }

    /// One to three capital letters standing for given names.
    func isInitials(_ word: String) -> Bool {
        (1...3).contains(word.count) && word.allSatisfy(\.isUppercase)
    }

    func isInitialism(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix(".") && word.unicodeScalars.allSatisfy { $0 == "." || $0.properties.isUppercase }
    }
}
