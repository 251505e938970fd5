import BriefingCore

/// Finds the role the article gives a person, the way the article words it: a title before the name ("NATO
/// Secretary-General Mark Rutte"), an appositive ("Konstantin Sonin, a Russian exile and professor at …"), an
/// affiliation ("Yurii Poita of the … Center"), or an appositive before the name ("The BBC's Tokyo correspondent,
/// Rupert Wingfield-Hayes").
struct RoleFinder {
    let lexicon: Lexicon
    let units: [TextUnit]
    let catalog: EntityCatalog
    /// Tokens that are part of a person's name, by unit.
    let personTokens: [Int: Set<Int>]

    init(lexicon: Lexicon, units: [TextUnit], catalog: EntityCatalog) {
        self.lexicon = lexicon
        self.units = units
        self.catalog = catalog
        var tokens: [Int: Set<Int>] = [:]
        for entity in catalog.entities where entity.type == .person {
            for mention in entity.mentions { tokens[mention.unit, default: []].formUnion(mention.range) }
        }
        personTokens = tokens
    }

    /// The role of person `id`: the first one found, in text order; nil when the article gives none.
    func role(of id: Int) -> String? {
        roles(of: id).first
    }

    /// Every role the article gives person `id`, the one to show first: a title with an affiliation, else the first
    /// description of more than one word, else the first bare one ("Professor").
    func roles(of id: Int) -> [String] {
        var found: [String] = []
        var best: String?
        var fallback: String?
        func consider(_ role: String, strong: Bool) {
            if !found.contains(role) { found.append(role) }
            if strong { best = best ?? role } else { fallback = fallback ?? role }
        }
        for mention in catalog.entities[id].mentions.sorted(by: { ($0.unit, $0.range.lowerBound) < ($1.unit, $1.range.lowerBound) }) {
            let unit = units[mention.unit]
            guard !unit.isTitleCase else { continue }
            let title = titleBefore(mention, in: unit)
            // "Senior researcher Mu Li, of the University of NSW's school of public health"
            if let title, let affiliation = appositiveAfter(mention, in: unit, affiliationOnly: true) {
                consider(title + " " + affiliation, strong: true)
            }
            let described = appositiveAfter(mention, in: unit) ?? affiliationAfter(mention, in: unit) ?? appositiveBefore(mention, in: unit)
            // A bare one-word title or description ("Professor", "QC") says less than a fuller one would.
            for candidate in [title, described].compactMap({ $0 }) {
                consider(candidate, strong: candidate.contains(" "))
            }
        }
        guard let chosen = best ?? fallback else { return [] }
        return [chosen] + found.filter { $0 != chosen }
    }

    /// The length of a role phrase ending at token `end` (inclusive), with its category.
    func rolePhrase(endingAt end: Int, in tokens: [Token]) -> (length: Int, category: Lexicon.RoleCategory)? {
        // Every role prefix ends with a hyphen: a word without one has none.
        guard tokens[end].classes.contains(.roleLastWord)
            || tokens[end].lowercased.containsByte(0x2D) && EnglishWords.rolePrefixes.contains(where: tokens[end].lowercased.hasPrefix)
        else { return nil }
        var best: (Int, Lexicon.RoleCategory)?
        // A phrase of two or more words starts with a role phrase's first word, prefixed or not; most words start none.
        for length in 1...lexicon.longestRolePhrase where end - length + 1 >= 0 && (length == 1 || tokens[end - length + 1].classes.contains(.roleFirstWord)) {
            var phrase = tokens[(end - length + 1)...end].spacedLowercased
            if tokens[end - length + 1].lowercased.containsByte(0x2D), let prefix = EnglishWords.rolePrefixes.first(where: phrase.hasPrefix),
               phrase.count > prefix.count {
                phrase.removeFirst(prefix.count)
            }
            if let category = lexicon.roleWords[phrase] ?? lexicon.roleWords[phrase + "."] { best = (length, category) }
        }
        return best
    }

    func containsRoleWord(_ tokens: ArraySlice<Token>) -> Bool {
        let all = Array(tokens)
        return all.indices.contains { index in
            guard let phrase = rolePhrase(endingAt: index, in: all) else { return false }
            return phrase.category != .honorific
        }
    }

    /// "United States President Donald Trump", "Kremlin aide Yuri Ushakov", "Labour's Shadow Home Secretary …".
    func titleBefore(_ mention: EntityCatalog.Mention, in unit: TextUnit) -> String? {
        let tokens = unit.tokens
        let sentence = unit.sentence(containing: mention.range.lowerBound)
        var start = mention.range.lowerBound
        var index = start - 1
        var sawRole = false
        var usedModifier = false
        while index >= sentence.lowerBound {
            let token = tokens[index]
            // Another person's name ends the title: "Russian President Vladimir Putin and Ukrainian President …".
            if token.isCapitalized, containsPerson(unit: mention.unit, range: index..<(index + 1)) { break }
            if let phrase = rolePhrase(endingAt: index, in: tokens), index - phrase.length + 1 >= sentence.lowerBound {
                if phrase.category == .honorific {
                    if sawRole { break }
                    index -= phrase.length
                    start = index + 1
                    continue
                }
                sawRole = true
                start = index - phrase.length + 1
                index = start - 1
                continue
            }
            if token.kind == .possessive, index > sentence.lowerBound {
                start = index - 1
                index -= 2
                continue
            }
            if token.isCapitalized || token.kind == .number {
                start = index
                index -= 1
                continue
            }
            // "Secretary of Energy Rick Perry": the portfolio after "of" belongs to the role before it.
            if token.text == "of", index > sentence.lowerBound, rolePhrase(endingAt: index - 1, in: tokens) != nil,
               index + 1 < mention.range.lowerBound, tokens[index + 1].isCapitalized {
                start = index
                index -= 1
                continue
            }
            if sawRole, ["of", "the", "for", "and", "on"].contains(token.text), index + 1 < mention.range.lowerBound,
               tokens[index + 1].isCapitalized || tokens[index + 1].text == "the" {
                start = index
                index -= 1
                continue
            }
            if sawRole, !usedModifier, token.kind == .word, index + 1 == start, !token.writtenClasses.contains(.roleStopper),
               !lexicon.isSpeechVerb(token), !token.writtenClasses.contains(.commonWord) || token.text.contains("-") || isAdjectival(token.text) {
                usedModifier = true
                start = index
                index -= 1
                continue
            }
            break
        }
        guard sawRole else { return nil }
        while start < mention.range.lowerBound, ["of", "the", "The", "and"].contains(tokens[start].text) || tokens[start].kind == .possessive { start += 1 }
        guard start < mention.range.lowerBound else { return nil }
        let role = unit.text(of: start..<mention.range.lowerBound)
        return clean(role)
    }

    /// Lowercase words that describe a role: "special", "senior", "immigration".
    func isAdjectival(_ word: String) -> Bool {
        ["special", "senior", "former", "chief", "deputy", "acting", "interim", "top", "junior", "assistant", "associate", "lead", "principal", "executive", "regional", "local", "national", "foreign", "defence", "defense", "immigration", "police", "crown", "state", "federal", "shadow", "vice", "then"].contains(word)
    }

    /// "Konstantin Sonin, a Russian exile and professor at the University of Chicago, said".
    func appositiveAfter(_ mention: EntityCatalog.Mention, in unit: TextUnit, affiliationOnly: Bool = false) -> String? {
        let tokens = unit.tokens
        var index = mention.range.upperBound
        guard index < tokens.count, tokens[index].text == "," else { return nil }
        index += 1
        let start = index
        while index < tokens.count, index - start < 18 {
            let token = tokens[index]
            if token.text == "," || token.text == "." || token.text == ";" || token.text == "(" || token.text == ")" || token.text == ":" { break }
            if case .quote = token.kind { break }
            if lexicon.isSpeechVerb(token) || ["who", "which", "as", "when", "while", "after", "because", "whose"].contains(token.text) { break }
            index += 1
        }
        guard index > start, index < tokens.count, [",", ".", ";", ")", ":", "who", "which", "as", "when", "while", "after", "because", "whose"].contains(tokens[index].text) || lexicon.isSpeechVerb(tokens[index]) else { return nil }
        let phrase = tokens[start..<index]
        let startsWithArticle = ["a", "an"].contains(tokens[start].lowercased) && phrase.count <= 10
        let isAffiliation = ["of", "at", "from", "with"].contains(tokens[start].lowercased)
        if affiliationOnly {
            guard isAffiliation, !containsPerson(unit: mention.unit, range: start..<index) else { return nil }
            return clean(unit.text(of: start..<index))
        }
        guard containsRoleWord(phrase) || startsWithArticle, !isAffiliation, !containsPerson(unit: mention.unit, range: start..<index) else { return nil }
        var first = start
        while first < index, EnglishWords.articles.contains(tokens[first].lowercased) { first += 1 }
        guard first < index else { return nil }
        return clean(unit.text(of: first..<index))
    }

    /// "Yurii Poita of the Kyiv-based Center for Army, Conversion and Disarmament Studies".
    func affiliationAfter(_ mention: EntityCatalog.Mention, in unit: TextUnit) -> String? {
        let tokens = unit.tokens
        var index = mention.range.upperBound
        guard index < tokens.count, ["of", "from", "at", "for"].contains(tokens[index].text) else { return nil }
        index += 1
        if index < tokens.count, tokens[index].lowercased == "the" { index += 1 }
        while index < tokens.count, tokens[index].text.hasSuffix("-based") { index += 1 }
        guard let org = catalog.entities.indices.first(where: { id in
            catalog.entities[id].type == .organization && catalog.entities[id].mentions.contains { $0.unit == mention.unit && $0.range.lowerBound == index }
        }) else { return nil }
        let orgMention = catalog.entities[org].mentions.first { $0.unit == mention.unit && $0.range.lowerBound == index }!
        return clean(unit.text(of: orgMention.range))
    }

    /// "The BBC's Tokyo correspondent, Rupert Wingfield-Hayes, was detained".
    func appositiveBefore(_ mention: EntityCatalog.Mention, in unit: TextUnit) -> String? {
        let tokens = unit.tokens
        let comma = mention.range.lowerBound - 1
        guard comma > 0, tokens[comma].text == ",", mention.range.upperBound < tokens.count, tokens[mention.range.upperBound].text == "," else { return nil }
        let sentence = unit.sentence(containing: comma)
        var start = comma
        while start > sentence.lowerBound, ![",", ";", ":"].contains(tokens[start - 1].text) {
            if case .quote = tokens[start - 1].kind { break }
            start -= 1
        }
        guard containsRoleWord(tokens[start..<comma]), !containsPerson(unit: mention.unit, range: start..<comma) else { return nil }
        // "in the words of the Crown prosecutor": the description starts after its last article.
        if let article = (start..<comma).last(where: { EnglishWords.articles.contains(tokens[$0].lowercased) }) { start = article + 1 }
        guard comma - start <= 8 else { return nil }
        guard start < comma else { return nil }
        return clean(unit.text(of: start..<comma))
    }

    func containsPerson(unit: Int, range: Range<Int>) -> Bool {
        guard let tokens = personTokens[unit] else { return false }
        return range.contains(where: tokens.contains)
    }

    /// The role without spaces, commas, semicolons and colons around it; nil when nothing else is left. ASCII bytes
    /// are whole scalars in UTF-8, so trimming bytes trims the same scalars as Foundation's trimming would.
    func clean(_ role: String) -> String? {
        func isTrimmed(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2C || byte == 0x3B || byte == 0x3A }
        let utf8 = role.utf8
        guard let first = utf8.firstIndex(where: { !isTrimmed($0) }), let last = utf8.lastIndex(where: { !isTrimmed($0) }) else { return nil }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }
}
