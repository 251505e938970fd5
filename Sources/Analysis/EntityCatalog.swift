import BriefingCore

/// The entities of an article: name spans merged into people, organisations and places, and every place the
/// article names each of them.
struct EntityCatalog {
    struct Entity {
        var type: EntityType
        var name: String
        /// Surface forms (as printed) by their key.
        var forms: [String: String] = [:]
        /// How many keys name the entity when scanning text (the keys `index` lists it under).
        var keyCount = 0
        var mentions: [Mention] = []
        /// Order of first appearance, for stable output.
        var firstSeen: (unit: Int, token: Int)
        /// Some span named it in a way that needs no confirmation (a given name, a title, an organisation word…).
        var isStrong = false
    }

    /// One place the article names an entity.
    struct Mention: Equatable {
        var entity: Int
        var unit: Int
        var range: Range<Int>
    }

    var entities: [Entity] = []
    /// Key → entity indices (a surname may name two people).
    var index: [String: [Int]] = [:]
    let lexicon: Lexicon
    private var units: [TextUnit]?

    init(spans: [NameSpan], units: [TextUnit], lexicon: Lexicon) {
        self.lexicon = lexicon
        self.units = units
        // Room for a few keys per name, so that the index is seldom rebuilt while it fills.
        index.reserveCapacity(spans.count * 2)
        let ordered = spans.filter { !units[$0.unit].isTitleCase || $0.hasTitle }
        // People named in full first, so that surnames and titled surnames attach to them.
        for span in ordered where span.type == .person && span.range.count >= 2 { addPerson(span) }
        for span in ordered where span.type == .person && span.range.count == 1 { addPerson(span) }
        for span in ordered where span.type == .place { addPlace(span) }
        for span in ordered where span.type == .organization { addOrganization(span) }
        registerGivenNames()
        for span in ordered where span.type == nil { resolveUntyped(span, units: units) }
        retypeNamesUsedAsPeople(units)
        scanMentions(units)
        dropUnconfirmed()
    }

    /// A one-word "place" that is also a given name and that the article never puts after "in", "from" or "to"
    /// is someone's name ("Gloria developed eczema").
    mutating func retypeNamesUsedAsPeople(_ units: [TextUnit]) {
        for id in entities.indices where entities[id].type == .place {
            let forms = entities[id].forms.values
            guard forms.count == 1, let form = forms.first, !form.contains(" "), lexicon.givenNames.contains(form),
                  let place = lexicon.place(named: form), place.kind == "city" else { continue }
            let occurrences = spansByEntityForm(form, units)
            let locative = occurrences.contains { unit, index in
                index > 0 && units[unit].tokens[index - 1].classes.contains(.placePreposition)
            }
            // Someone who does things: "Gloria developed", "Gloria was taken".
            let actor = occurrences.contains { unit, index in
                let tokens = units[unit].tokens
                return index + 1 < tokens.count && tokens[index + 1].kind == .word && !tokens[index + 1].isCapitalized
                    && tokens[index + 1].writtenClasses.isDisjoint(with: [.connector, .placeSuffix])
            }
            guard !locative, actor else { continue }
            entities[id].type = .person
            entities[id].name = form
        }
    }

    /// Where `form` appears as a capitalised word.
    func spansByEntityForm(_ form: String, _ units: [TextUnit]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for (unitIndex, unit) in units.enumerated() {
            for (index, token) in unit.tokens.enumerated() where token.text == form { found.append((unitIndex, index)) }
        }
        return found
    }

    /// Weak names count only when the article names them again.
    mutating func dropUnconfirmed() {
        for id in entities.indices where !entities[id].isStrong && entities[id].mentions.count < 2 {
            entities[id].mentions = []
        }
    }

    /// A person's given name alone names them too ("Thomas" for Thomas Sam), when no one else has it.
    mutating func registerGivenNames() {
        var owners: [String: [Int]] = [:]
        for id in entities.indices where entities[id].type == .person {
            let parts = MentionKey.of(entities[id].name).wordsBetweenSpaces()
            if parts.count >= 2 { owners[String(parts[0]), default: []].append(id) }
        }
        for (given, ids) in owners where ids.count == 1 && index[given] == nil && !lexicon.commonWords.contains(given) {
            register(given, for: ids[0])
        }
    }

    // MARK: Building

    mutating func addPerson(_ span: NameSpan) {
        let key = MentionKey.of(span.text)
        if let existing = index[key]?.first(where: { entities[$0].type == .person }) {
            note(span.text, key: key, for: existing)
            return
        }
        if span.range.count == 1, let existing = personBySurname(key) {
            note(span.text, key: key, for: existing)
            return
        }
        // A longer form of a known person ("George W. Bush" after "Bush")? Merge into the longer name.
        let parts = key.wordsBetweenSpaces()
        if let surname = parts.last, let existing = index[String(surname)]?.first(where: { entities[$0].type == .person && entities[$0].name.wordsBetweenSpaces().count == 1 }) {
            entities[existing].name = span.text
            note(span.text, key: key, for: existing)
            return
        }
        let id = add(Entity(type: .person, name: span.text, firstSeen: (span.unit, span.range.lowerBound), isStrong: true))
        note(span.text, key: key, for: id)
        let words = span.text.wordsBetweenSpaces()
        if let surname = words.last, words.count >= 2 { register(MentionKey.of(String(surname)), for: id) }
    }

    mutating func addPlace(_ span: NameSpan) {
        let canonical = lexicon.place(allowingThe: span.text)?.name ?? span.text
        let key = MentionKey.of(canonical)
        let id = index[key]?.first { entities[$0].type == .place } ?? add(Entity(type: .place, name: canonical, firstSeen: (span.unit, span.range.lowerBound)))
        entities[id].isStrong = entities[id].isStrong || !span.isWeak
        note(canonical, key: key, for: id, surface: false)
        note(span.text, key: span.text == canonical ? key : MentionKey.of(span.text), for: id)
        for alias in span.aliases { note(alias, for: id) }
        // Every name the gazetteer knows for the place counts as a mention of it. Noting the canonical name has
        // listed the place under its key, unless that key is empty.
        let isListedUnderKey = key.isEmpty ? index[key]?.contains(id) ?? false : true
        if !isListedUnderKey || entities[id].keyCount <= 1 {
            for formKey in lexicon.placeFormKeys[canonical] ?? [] { register(formKey, for: id) }
        }
    }

    mutating func addOrganization(_ span: NameSpan) {
        let bare = strippingThe(span.text)
        let key = MentionKey.of(bare)
        // "Senate" after "U.S. Senate": the same body without the place that names its country.
        if !key.contains(" "), index[key] == nil,
           let longer = entities.indices.first(where: { id in
               guard entities[id].type == .organization else { return false }
               let name = MentionKey.of(strippingThe(entities[id].name))
               guard name.hasSuffix(" " + key) else { return false }
               return lexicon.place(named: String(entities[id].name.dropLast(key.count + 1))) != nil
           }) {
            note(bare, key: key, for: longer)
            return
        }
        let id = index[key]?.first { entities[$0].type == .organization } ?? add(Entity(type: .organization, name: span.text, firstSeen: (span.unit, span.range.lowerBound)))
        entities[id].isStrong = entities[id].isStrong || !span.isWeak
        if span.text.hasPrefix("The "), !entities[id].name.hasPrefix("The ") { entities[id].name = span.text }
        note(span.text, key: bare == span.text ? key : MentionKey.of(span.text), for: id)
        note(bare, key: key, for: id)
        // "World Health Organisation (WHO)": the acronym in brackets names it too.
        if let acronym = definedAcronym(after: span) {
            note(acronym, for: id)
            entities[id].isStrong = true
        }
    }

    func definedAcronym(after span: NameSpan) -> String? {
        guard let tokens = units?[span.unit].tokens else { return nil }
        let after = span.range.upperBound
        guard after + 2 < tokens.count, tokens[after].text == "(", tokens[after + 1].isAcronym, tokens[after + 2].text == ")" else { return nil }
        return tokens[after + 1].text
    }

    /// A name whose words do not say what it is: the article's other names and the words around it decide.
    mutating func resolveUntyped(_ span: NameSpan, units: [TextUnit]) {
        let bare = strippingThe(span.text)
        let key = MentionKey.of(bare)
        let textKey = bare == span.text ? key : MentionKey.of(span.text)
        if let known = index[key]?.first ?? index[textKey]?.first {
            note(span.text, key: textKey, for: known)
            return
        }
        let unit = units[span.unit]
        let before = span.range.lowerBound > 0 ? unit.tokens[span.range.lowerBound - 1].lowercased : ""
        let words = span.text.wordsBetweenSpaces()
        // "the Sams": a family named by its surname.
        if words.count == 1, key.hasSuffix("s"), personBySurname(String(key.dropLast())) != nil { return }
        if words.count == 1 {
            if span.isWeak, lexicon.commonWords.contains(key) { return }
            if EnglishWords.placePrepositions.contains(before) {
                addPlace(NameSpan(unit: span.unit, range: span.range, text: span.text, type: .place, isWeak: span.isWeak))
                return
            }
        }
        let nameShaped = !words.contains(where: { lexicon.commonWords.contains($0.lowercased()) })
            && !unit.tokens[span.range].contains(where: { $0.isAcronym })
        // Two or three name-like words that speak or are described by a role are a person.
        if words.count >= 2, words.count <= 3, nameShaped, followedBySpeechOrRole(span, unit) {
            addPerson(span)
            return
        }
        addOrganization(span)
    }

    func followedBySpeechOrRole(_ span: NameSpan, _ unit: TextUnit) -> Bool {
        let after = span.range.upperBound
        guard after < unit.tokens.count else { return false }
        if lexicon.isSpeechVerb(unit.tokens[after]) { return true }
        guard unit.tokens[after].text == "," else { return false }
        var index = after + 1
        while index < min(unit.tokens.count, after + 12), unit.tokens[index].text != "," {
            if unit.tokens[index].classes.contains(.roleWord) { return true }
            index += 1
        }
        return false
    }

    func personBySurname(_ key: String) -> Int? {
        index[key]?.last { entities[$0].type == .person }
    }

    mutating func add(_ entity: Entity) -> Int {
        entities.append(entity)
        return entities.count - 1
    }

    /// Records `form` as a way the text names entity `id`.
    mutating func note(_ form: String, for id: Int, surface: Bool = true) {
        note(form, key: MentionKey.of(form), for: id, surface: surface)
    }

    /// The same, with the key of `form` already made.
    mutating func note(_ form: String, key: String, for id: Int, surface: Bool = true) {
        guard !key.isEmpty else { return }
        if surface { entities[id].forms.insertIfAbsent(form, forKey: key) }
        register(key, for: id)
    }

    /// Lists entity `id` under `key`, once: one look-up of the key.
    mutating func register(_ key: String, for id: Int) {
        if index[key, default: []].appendIfAbsent(id) { entities[id].keyCount += 1 }
    }

    func strippingThe(_ text: String) -> String {
        text.hasPrefix("The ") || text.hasPrefix("the ") ? String(text.dropFirst(4)) : text
    }

    // MARK: Mentions

    /// Finds every place a known entity is named, longest form first; an ambiguous surname goes to the person
    /// named most recently.
    mutating func scanMentions(_ units: [TextUnit]) {
        // The most tokens a key starting with a given word can span: only those windows are tried.
        var longestByFirstWord: [Substring: Int] = [:]
        longestByFirstWord.reserveCapacity(index.count)
        for key in index.keys {
            guard let (first, span) = Self.firstWordAndSpan(of: key) else { continue }
            longestByFirstWord.raise(first, to: span)
        }
        // The same look-ups by the bytes of ASCII words and keys, the common case.
        let longestByASCIIFirstWord = ASCIIKeyTable(longestByFirstWord)
        var keyTable = ASCIIKeyTable(capacity: index.count)
        var candidateLists: [[Int]] = []
        candidateLists.reserveCapacity(index.count)
        for (key, ids) in index {
            keyTable.insert(key, value: candidateLists.count)
            candidateLists.append(ids)
        }
        // Per entity, when the scan last named it (-1: not yet).
        var lastPerson = [Int](repeating: -1, count: entities.count)
        var order = 0
        var run = MentionKeyRun()
        for (unitIndex, unit) in units.enumerated() {
            let tokens = unit.tokens
            var position = 0
            while position < tokens.count {
                guard tokens[position].isCapitalized else {
                    position += 1
                    continue
                }
                var longest: Int?
                if let plain = Self.plainASCIIFirstWordLookup(tokens[position], in: longestByASCIIFirstWord) {
                    longest = plain
                } else {
                    longest = longestByFirstWord[Self.firstWord(of: tokens[position])]
                }
                // "U.S." starts both "u.s. senate" and the key "us" of the initialism alone.
                if MentionKey.isInitialism(tokens[position].text),
                   let bare = longestByFirstWord[Substring(Self.firstWord(of: tokens[position]).filter { $0 != "." })] {
                    longest = max(longest ?? bare, bare)
                }
                guard let longest else {
                    position += 1
                    continue
                }
                let runLength = min(longest, tokens.count - position)
                run.read(runLength, tokensFrom: position, of: unit)
                var matched = false
                for length in stride(from: runLength, through: 1, by: -1) {
                    guard tokens[position + length - 1].kind == .word else { continue }
                    let key: String
                    let candidates: [Int]
                    if let count = run.asciiKeyCount(ofFirst: length, of: unit) {
                        guard let list = run.value(ofFirst: count, in: keyTable) else { continue }
                        key = run.key(ofFirst: length, of: unit)
                        candidates = candidateLists[list]
                    } else {
                        key = run.key(ofFirst: length, of: unit)
                        guard let list = index[key] else { continue }
                        candidates = list
                    }
                    let id = candidates.count == 1 ? candidates[0] : candidates.max { lastPerson[$0] < lastPerson[$1] }!
                    entities[id].mentions.append(Mention(entity: id, unit: unitIndex, range: position..<(position + length)))
                    entities[id].forms.insertIfAbsent(unit.text(of: position..<(position + length)), forKey: key)
                    order += 1
                    lastPerson[id] = order
                    position += length
                    matched = true
                    break
                }
                if !matched { position += 1 }
            }
        }
    }

    /// The first word of a key, and the most tokens the key can span: its words and its punctuation.
    static func firstWordAndSpan(of key: String) -> (Substring, Int)? {
        // ASCII keys are read byte by byte: where the first word starts and ends, how many words and punctuation marks.
        var contiguous = key
        let counts: (start: Int, firstEnd: Int, words: Int, punctuation: Int)? = contiguous.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words = 0
            var punctuation = 0
            var start = -1
            var firstEnd = utf8.count
            var previous: UInt8 = 0x20
            for (offset, byte) in utf8.enumerated() {
                if byte == 0x20 {
                    if previous != 0x20, firstEnd == utf8.count { firstEnd = offset }
                } else if previous == 0x20 {
                    words += 1
                    if start < 0 { start = offset }
                }
                if byte == 0x2C || byte == 0x2E || byte == 0x26 || byte == 0x27 { punctuation += 1 }
                previous = byte
            }
            return (start, firstEnd, words, punctuation)
        }
        guard let counts else {
            let words = key.split(separator: " ")
            guard let first = words.first else { return nil }
            return (first, words.count + key.filter { ",.&'".contains($0) }.count)
        }
        guard counts.words > 0 else { return nil }
        let utf8 = key.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: counts.start)
        let end = utf8.index(utf8.startIndex, offsetBy: counts.firstEnd)
        return (key[start..<end], counts.words + counts.punctuation)
    }

    /// The look-up of `firstWord(of: token)` in `table`, when that is the token's lowercase form itself (plain ASCII
    /// without hyphens or spaces): `.some(nil)` when the table has no such word, nil when the token is not plain.
    static func plainASCIIFirstWordLookup(_ token: Token, in table: ASCIIKeyTable) -> Int?? {
        var lower = token.lowercased
        return lower.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x2D && $0 != 0x20 }) else { return nil }
            return .some(table.value(ofASCII: bytes))
        }
    }

    /// The first word of a token's mention key, without building the whole key when the token is plain ASCII.
    static func firstWord(of token: Token) -> Substring {
        let lower = token.lowercased
        if lower.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x2D && $0 != 0x20 }) { return lower[...] }
        return MentionKey.of(token.text).split(separator: " ").first ?? ""
    }

    /// Every mention, in text order.
    var mentionsInOrder: [Mention] {
        entities.flatMap(\.mentions).sorted { ($0.unit, $0.range.lowerBound) < ($1.unit, $1.range.lowerBound) }
    }
}
