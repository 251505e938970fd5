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
            if token.text == ".", tokens[end - 1].text.characterCount == 1, tokens[end - 1].isCapitalized, end + 1 < limit,
               tokens[end + 1].isCapitalized, tokens[end - 1].end == token.start {
                end += 1
                continue
            }
            if token.kind == .word, token.writtenClasses.contains(.connector) || token.text == "&" {
                var next = end + 1
                while next < limit, tokens[next].kind == .word, tokens[next].writtenClasses.contains(.connector) { next += 1 }
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
        guard token.kind == .word, token.text.containsByte(0x2D), let hyphen = token.text.firstIndex(of: "-") else { return false }
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
        let lastToken = tokens[left.upperBound - 1]
        let right = rightPart(tokens, from: next)
        func isHead(_ token: Token) -> Bool { token.classes.contains(.organizationWord) }
        if connector == "and" {
            // "Institute of Technology and Colorado State University": two bodies, each with its own head word;
            // "Syria and Yemen", "Democrats and Republicans": two names, no body at all.
            let leftHasHead = tokens[whole].contains(where: isHead)
            let rightHasHead = right.last.map { isHead(tokens[$0]) } ?? false
            let rightIsGroup = tokens[right].contains { !$0.classes.isDisjoint(with: [.groupNoun, .demonym]) }
                || right.first.map { tokens[$0].classes.contains(.roleWord) } ?? false
                || tokens[next].writtenClasses.contains(.givenName)
            if leftHasHead == rightHasHead || rightIsGroup { return false }
            return lexicon.place(named: tokens[whole].spacedText) == nil
        }
        // "University of Sheffield of the UK": "of the <place>" says where, it is not part of the name; "Food
        // Standards of Australia" names no body either.
        if connector == "of", lexicon.place(named: tokens[right].spacedLowercased) != nil {
            if tokens[next - 1].text == "the" { return false }
            if tokens[whole.upperBound - 1].classes.isDisjoint(with: [.organizationWord, .placeWord]) { return false }
        }
        // "Council on Foreign Relations": "on" joins only after a body's head word.
        if connector == "on" { return isHead(tokens[whole.upperBound - 1]) }
        if tokens[whole].contains(where: isHead) { return true }
        if EnglishWords.nameParticles.contains(connector) && connector != "and" && connector != "the" { return true }
        if tokens[left].contains(where: isHead) { return true }
        if isHead(tokens[next]) && connector != "and" { return true }
        if lastToken.classes.contains(.roleWord), connector == "of" || connector == "for" { return true }
        if lastToken.classes.contains(.placeWord), connector == "of" { return true }
        // "Taxpayers for Common Sense", "Daughters of the American Revolution": a lowercase-joined run ending in a
        // capitalised word that is not a place on its own.
        // "House of Representatives", "Taxpayers for Common Sense": a capitalised common noun before the connector.
        if connector == "for" || connector == "of", !lastToken.isAcronym, lastToken.classes.isDisjoint(with: [.place, .roleWord]),
           !lastToken.writtenClasses.contains(.givenName),
           left.count == 1 || lastToken.classes.contains(.commonWord) {
            return true
        }
        return false
    }

    /// The tokens of the capitalised run starting at `start`, up to the next connector.
    func rightPart(_ tokens: [Token], from start: Int) -> Range<Int> {
        var index = start
        while index < tokens.count, tokens[index].isCapitalized { index += 1 }
        return start..<index
    }

    /// "Center for Army, Conversion and Disarmament Studies": after an organisation word and "for"/"of", a comma
    /// continues the name when capitalised words and "and" follow.
    func orgListContinues(_ tokens: [Token], _ run: Range<Int>, comma: Int, limit: Int) -> Bool {
        guard let head = tokens[run].firstIndex(where: { $0.classes.contains(.organizationWord) }),
              tokens[head..<run.upperBound].contains(where: { $0.lowercased == "for" || $0.lowercased == "of" }),
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
        let classes = token.classes
        guard !classes.isDisjoint(with: [.commonWord, .roleStopper]) else { return false }
        if !classes.isDisjoint(with: [.place, .roleWord, .organizationWord]) || token.writtenClasses.contains(.givenName) { return false }
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
               !(length == 1 && tokens[index].writtenClasses.contains(.givenName) && index == run.lowerBound && run.count == 2 && !titled) {
                let afterRole = index + length
                // "Refugee Council", "Police Department": a role word before a body's head word is part of its name.
                if afterRole < run.upperBound, tokens[afterRole].classes.contains(.organizationWord) {
                    index = afterRole
                    continue
                }
                let followedByOf = afterRole < run.upperBound && ["of", "for"].contains(tokens[afterRole].text)
                let hasPrefix = index > segmentStart && !tokens[segmentStart..<index].allSatisfy { !$0.classes.isDisjoint(with: [.demonym, .place]) }
                // "U.S. House of Representatives", "United Nations High Commissioner for Refugees": a role word
                // inside a body's name introduces nobody.
                func isPlural() -> Bool {
                    tokens[afterRole - 1].lowercased.hasSuffix("s") && lexicon.roleWords[String(tokens[afterRole - 1].lowercased.dropLast())] != nil
                }
                if afterRole == run.upperBound && hasPrefix && isPlural() || followedByOf && hasPrefix {
                    index = afterRole
                    continue
                }
                if segmentStart < index {
                    spans += typed(unit, segmentStart..<index, unitIndex: unitIndex, titled: titled)
                }
                titled = !followedByOf
                index = followedByOf ? afterRole + 1 : afterRole
                while index < run.upperBound, tokens[index].writtenClasses.contains(.connector) { index += 1 }
                // "Secretary of Energy Rick Perry": a one- or two-word portfolio, then the person.
                if followedByOf, let name = (index + 1..<min(index + 3, run.upperBound)).first(where: { tokens[$0].writtenClasses.contains(.givenName) }),
                   name + 1 < run.upperBound, !tokens[index..<name].contains(where: { $0.classes.contains(.organizationWord) }) {
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
        guard tokens[index].classes.contains(.roleFirstWord) else { return nil }
        var best: Int?
        var length = 0
        var position = index
        while position < limit, length < lexicon.longestRolePhrase {
            length += 1
            position += 1
            // A role phrase ends with a role phrase's last word (with or without its period); most words end none.
            guard tokens[position - 1].classes.contains(.roleLastWord) else { continue }
            let phrase = tokens[index..<position].spacedLowercased
            if lexicon.roleWords[phrase] != nil || lexicon.roleWords[phrase.hasSuffix(".") ? String(phrase.dropLast()) : phrase + "."] != nil {
                best = length
            }
        }
        if let best, best == 1, tokens[index].isAcronym == false, !tokens[index].isCapitalized { return nil }
        return best
    }

    /// Whether a lowercase role phrase or an honorific stands right before `index` ("special envoy Steve Witkoff").
    func hasTitleBefore(_ unit: TextUnit, _ index: Int) -> Bool {
        let tokens = unit.tokens
        guard index > 0, tokens[index - 1].classes.contains(.roleLastWord) else { return false }
        // A role phrase starts with a role phrase's first word; most words start none.
        for length in 1...max(1, lexicon.longestRolePhrase) where index - length >= 0 && tokens[index - length].classes.contains(.roleFirstWord) {
            let phrase = tokens[(index - length)..<index].spacedLowercased
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
        while range.count > 1, tokens[range.upperBound - 1].writtenClasses.contains(.connector) || tokens[range.upperBound - 1].text == "." { dropLast() }
        while !range.isEmpty, isModifierToken(tokens[range.lowerBound].text) || tokens[range.lowerBound].writtenClasses.contains(.connector) { dropFirst() }
        // "Division A": a trailing lone letter labels a part of something.
        while range.count > 1, tokens[range.upperBound - 1].text.characterCount == 1
            || tokens[range.upperBound - 1].classes.contains(.calendarWord) { dropLast() }
        guard !range.isEmpty else { return [] }
        let run = tokens[range]
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        let count = range.count

        // An organisation or a place followed by a person's name: "Refugee Council Enver Solomon",
        // "the United States Hamdullah Mohib".
        if let cut = personAfterPrefix(unit, range, titled: titled) {
            return typed(unit, range.lowerBound..<cut, unitIndex: unitIndex, titled: false) + typed(unit, cut..<range.upperBound, unitIndex: unitIndex, titled: true)
        }
        if run.allSatisfy({ $0.classes.contains(.calendarWord) }) { return [] }
        if count == 1, first.classes.contains(.demonym), !first.classes.contains(.place) { return [] }
        if count <= 2, run.contains(where: { $0.classes.contains(.groupNoun) }) { return [] }
        if last.classes.contains(.eventWord) { return [] }
        // One word was checked just above.
        if count > 1, lexicon.demonyms[run.spacedLowercased] != nil,
           lexicon.place(named: run.spacedText) == nil { return [] }
        if count == 1, first.text.characterCount == 1 { return [] }
        // "Intel-exclusive", "AMD-powered": a name turned into a description.
        if count == 1, first.text.containsByte(0x2D), let suffix = first.text.split(separator: "-").last,
           suffix.first?.isLowercase == true, lexicon.commonWords.contains(String(suffix)) { return [] }
        // "Division", "Council": a head word alone names nothing in particular.
        if count == 1, first.classes.contains(.organizationWord), !first.isAcronym { return [] }
        // "(R Minnesota)": a party letter before a place.
        if count >= 2, first.text.characterCount == 1, lexicon.place(named: run.dropFirst().spacedText) != nil {
            return typed(unit, (range.lowerBound + 1)..<range.upperBound, unitIndex: unitIndex, titled: false)
        }
        // "iodine deficiency disorders (IDD)": an abbreviation of ordinary words.
        if count == 1, first.isAcronym, abbreviatesOrdinaryWords(unit, range.lowerBound) { return [] }
        if count == 1, first.text.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "'" }) { return [] }

        let text = unit.text(of: range)
        var span = NameSpan(unit: unitIndex, range: range, text: text, type: nil, hasTitle: titled)
        // One token holds no space, so only its lowercase form can name a place.
        var isPlace = count == 1 ? first.classes.contains(.place) : lexicon.place(allowingThe: text) != nil
        // "UN" is a body, not the town of Un: an acronym names a place only when it is a country's or region's.
        if isPlace, count == 1, first.isAcronym || isInitialism(first.text),
           let place = lexicon.place(named: text), !["country", "continent", "region"].contains(place.kind) {
            isPlace = false
        }
        let hasOrganizationWord = run.contains { $0.classes.contains(.organizationWord) }
        if titled, !hasOrganizationWord {
            span.type = .person
        } else if isPlace {
            span.type = .place
        } else if var suffixed = placeWithSuffix(unit, range) {
            suffixed.unit = unitIndex
            return [suffixed]
        } else if isGeographicName(run), !hasOrganizationWord {
            span.type = .place
        } else if count >= 2, last.classes.contains(.facilityWord), !hasOrganizationWord {
            span.type = .place
        } else if hasOrganizationWord {
            span.type = .organization
        } else if count == 1, first.isAcronym || isInitialism(first.text) {
            if first.classes.contains(.roleWord) { return [] }
            span.type = .organization
            span.isWeak = first.text.characterCount <= 2
        } else if count >= 2, first.writtenClasses.contains(.givenName) {
            span.type = .person
        } else if count == 3, run.allSatisfy({ !$0.isAcronym && $0.classes.isDisjoint(with: [.commonWord, .place]) }) {
            // "Susilo Bambang Yudhoyono": three words of names, none an ordinary word or a place.
            span.type = .person
        } else if count == 2, isInitials(first.text), last.classes.isDisjoint(with: [.commonWord, .place]) {
            // "AS Heagle", "JD Vance": initials and a surname.
            span.type = .person
        } else {
            let ordinary = run.allSatisfy { !$0.classes.isDisjoint(with: [.commonWord, .demonym]) || isCommonHyphenated($0.lowercased) }
            let initial = isSentenceInitial(tokens, range.lowerBound, unit.sentence(containing: range.lowerBound))
            let joined = run.contains { $0.classes.contains(.connector) }
            span.isWeak = (ordinary && (count < 3 || joined || initial)) || (count == 1 && initial)
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
            guard rest.count <= 4, tokens[rest].allSatisfy({ ($0.isCapitalized || isParticleName($0)) && !$0.classes.contains(.organizationWord) }) else { continue }
            let restIsName = tokens[cut].writtenClasses.contains(.givenName) || (rest.count >= 2 && tokens[rest].allSatisfy { !$0.classes.contains(.commonWord) })
            guard restIsName else { continue }
            let prefixIsBody = tokens[cut - 1].classes.contains(.organizationWord)
            if prefixIsBody || lexicon.place(allowingThe: unit.text(of: prefix)) != nil { return cut }
        }
        return nil
    }

    /// "Kyiv-based", "US-led", "R-Minnesota": words that describe or label rather than name.
    func isModifierToken(_ word: String) -> Bool {
        guard word.containsByte(0x2D) else { return false }
        if ["-based", "-born", "-led", "-backed", "-owned", "-run", "-funded"].contains(where: word.hasSuffix) { return true }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts[0].count <= 2 && parts[0].allSatisfy(\.isUppercase)
    }

    func isCommonHyphenated(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { lexicon.commonWords.contains(String($0)) }
    }

    /// "Caribbean Sea", "Sierra Nevada Mountains", "West Midlands": a feature of the map by its last or first word.
    func isGeographicName(_ run: ArraySlice<Token>) -> Bool {
        guard run.count >= 2, let last = run.last, let first = run.first else { return false }
        return last.classes.contains(.mapFeature) || (first.classes.contains(.compassWord) && run.count == 2 && !last.classes.contains(.commonWord))
    }

    static let mapFeatures: Set<String> = ["sea", "ocean", "river", "mountains", "mountain", "islands", "island", "isles", "bay", "gulf", "strait", "straits", "valley", "desert", "lake", "peninsula", "coast", "plateau", "basin", "delta", "highlands", "archipelago", "canyon", "glacier", "province", "region", "county", "prefecture", "oblast", "governorate"]
    static let compassWords: Set<String> = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"]

    /// "Kursk region": a place named with a lowercase suffix.
    func placeWithSuffix(_ unit: TextUnit, _ range: Range<Int>) -> NameSpan? {
        let after = range.upperBound
        guard range.count <= 3, after < unit.tokens.count, unit.tokens[after].writtenClasses.contains(.placeSuffix) else { return nil }
        let text = unit.text(of: range)
        return NameSpan(unit: 0, range: range, text: text, type: .place, aliases: [unit.text(of: range.lowerBound..<(after + 1))])
    }

    /// One to three capital letters standing for given names.
    func isInitials(_ word: String) -> Bool {
        (1...3).contains(word.count) && word.allSatisfy(\.isUppercase)
    }

    func isInitialism(_ word: String) -> Bool {
        word.count >= 3 && word.hasSuffix(".") && word.unicodeScalars.allSatisfy { $0 == "." || $0.properties.isUppercase }
    }
}
