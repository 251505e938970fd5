/// The word lists the analysis relies on, parsed once from the generated data in `Lexicons/Data`.
///
/// Every list comes from public data or is a closed class of English (role words, speech verbs); none names
/// anything because an article does.
struct Lexicon: Sendable {
    /// What a role word says about the person who holds it.
    enum RoleCategory: String, Sendable {
        /// Officials, leaders, spokespeople: the people in the story.
        case official
        /// Outside experts: analysts, academics, researchers, think-tank fellows.
        case analyst
        /// Other people in stories: reporters, residents, students, relatives.
        case neutral
        /// Mr, Mrs, Dr…: a title, not a role.
        case honorific
    }

    /// A place of the gazetteer.
    struct Place: Sendable, Equatable {
        var name: String
        var kind: String
    }

    var givenNames: Set<String> = []
    /// Lowercased place names and aliases → the place.
    var places: [String: Place] = [:]
    /// A place's name → the mention key (`MentionKey.of`) of every lowercased form that names it, keyed once here
    /// rather than in every article that names the place.
    var placeFormKeys: [String: [String]] = [:]
    /// Lowercased nationality adjectives and plurals → the place's name.
    var demonyms: [String: String] = [:]
    /// Lowercased role phrases → category.
    var roleWords: [String: RoleCategory] = [:]
    /// The most words a role phrase has.
    var longestRolePhrase = 1
    /// First and last words of role phrases, so that most words need no phrase built to know they start or end none.
    var roleFirstWords: Set<String> = []
    var roleLastWords: Set<String> = []
    var speechVerbs: Set<String> = []
    var organizationWords: Set<String> = []
    var commonWords: Set<String> = []
    /// Every word and phrase of the lists above → the lists it is on; filled in when the lexicon is built.
    var wordClasses: [String: WordClasses] = [:]
    /// The entries of `wordClasses` whose keys hold no letter: all that punctuation and numbers can match.
    var nonLetterClasses: [String: WordClasses] = [:]
    /// The entries of `wordClasses` for ASCII words, in a table faster to search.
    var asciiWordClasses = WordClassTable([:])

    init() {}

    /// A lexicon from the newline-separated lists of `LexiconData` (tab-separated fields where the list has them).
    init(givenNames: String, places: [String], demonyms: String, roleWords: String, speechVerbs: String,
         organizationWords: String, commonWords: String) {
        self.givenNames = Set(Self.lines(givenNames))
        self.commonWords = Set(Self.lines(commonWords))
        for text in places {
            for line in Self.lines(text) {
                let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
                guard fields.count >= 2 else { continue }
                let place = Place(name: fields[0], kind: fields[1])
                let aliases = fields.count > 2 ? fields[2].split(separator: ";").map(String.init) : []
                for form in [fields[0]] + aliases where !form.isEmpty {
                    let key = form.lowercased()
                    // A spelling without accents that is an English word ("God" for Göd) names nothing.
                    if form != fields[0], place.kind != "country", self.commonWords.contains(key) { continue }
                    // A country wins over a city of the same name; otherwise the first entry stays.
                    if let existing = self.places[key], Self.rank(existing.kind) <= Self.rank(place.kind) { continue }
                    self.places[key] = place
                }
            }
        }
        for (form, place) in self.places { self.placeFormKeys[place.name, default: []].append(MentionKey.of(form)) }
        for line in Self.lines(demonyms) {
            let fields = line.utf8.split(separator: 0x09).map { String(Substring($0)) }
            if fields.count >= 2 { self.demonyms[fields[0].lowercased()] = fields[1] }
        }
        for line in Self.lines(roleWords) {
            let fields = line.utf8.split(separator: 0x09).map { String(Substring($0)) }
            guard fields.count >= 2, let category = RoleCategory(rawValue: fields[1]) else { continue }
            let phrase = fields[0].lowercased()
            self.roleWords[phrase] = category
            let words = phrase.split(separator: " ")
            longestRolePhrase = max(longestRolePhrase, words.count)
            for (word, set) in [(words.first, \Lexicon.roleFirstWords), (words.last, \Lexicon.roleLastWords)] {
                guard let word else { continue }
                var forms = [String(word)]
                if word.hasSuffix(".") { forms.append(String(word.dropLast())) } else { forms.append(word + ".") }
                for prefix in EnglishWords.rolePrefixes { forms.append(prefix + word) }
                self[keyPath: set].formUnion(forms)
            }
        }
        self.speechVerbs = Set(Self.lines(speechVerbs))
        self.organizationWords = Set(Self.lines(organizationWords))
        self.wordClasses = Self.wordClasses(of: self)
        self.nonLetterClasses = wordClasses.filter { key, _ in
            // An ASCII letter settles it without looking up the properties of any scalar.
            !key.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } && !key.unicodeScalars.contains { $0.properties.isAlphabetic }
        }
        self.asciiWordClasses = WordClassTable(wordClasses)
    }

    static func lines(_ text: String) -> [String] {
        text.utf8.split(separator: 0x0A).map { String(Substring($0)) }
    }

    static func rank(_ kind: String) -> Int {
        switch kind {
        case "country": return 0
        case "continent", "region": return 1
        case "subdivision": return 2
        default: return 3
        }
    }

    func place(named form: String) -> Place? {
        let isLower = !form.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }
        return places[isLower ? form : form.lowercased()]
    }

    /// The place a one-word token names, from the lowercase form it already has.
    func place(of token: Token) -> Place? { places[token.lowercased] }

    /// The place `form` names, or the one it names without its leading "The" ("The Hague", "the Netherlands").
    func place(allowingThe form: String) -> Place? {
        if let place = place(named: form) { return place }
        guard form.hasPrefix("The ") || form.hasPrefix("the ") else { return nil }
        return place(named: String(form.dropFirst(4)))
    }

    func isGivenName(_ word: String) -> Bool { givenNames.contains(word) }

    /// A common English word that is not also a name or a place.
    func isCommonWord(_ word: String) -> Bool {
        commonWords.contains(word.lowercased())
    }

    func isSpeechVerb(_ token: Token) -> Bool { token.classes.contains(.speechVerb) }

    func roleCategory(of phrase: String) -> RoleCategory? { roleWords[phrase.lowercased()] }
}
