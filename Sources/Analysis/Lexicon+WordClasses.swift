extension Lexicon {
    /// The lists a word or phrase is on, the lexicon's and the closed classes of `EnglishWords`, answered by one
    /// look-up instead of one per list.
    struct WordClasses: OptionSet, Sendable {
        let rawValue: UInt32

        static let givenName = WordClasses(rawValue: 1 << 0)
        static let commonWord = WordClasses(rawValue: 1 << 1)
        static let organizationWord = WordClasses(rawValue: 1 << 2)
        static let speechVerb = WordClasses(rawValue: 1 << 3)
        /// A whole role phrase (a key of `roleWords`).
        static let roleWord = WordClasses(rawValue: 1 << 4)
        static let roleFirstWord = WordClasses(rawValue: 1 << 5)
        static let roleLastWord = WordClasses(rawValue: 1 << 6)
        /// A key of `demonyms`.
        static let demonym = WordClasses(rawValue: 1 << 7)
        /// A key of `places`.
        static let place = WordClasses(rawValue: 1 << 8)
        static let connector = WordClasses(rawValue: 1 << 9)
        static let calendarWord = WordClasses(rawValue: 1 << 10)
        static let eventWord = WordClasses(rawValue: 1 << 11)
        static let groupNoun = WordClasses(rawValue: 1 << 12)
        static let facilityWord = WordClasses(rawValue: 1 << 13)
        static let placeWord = WordClasses(rawValue: 1 << 14)
        static let placeSuffix = WordClasses(rawValue: 1 << 15)
        static let placePreposition = WordClasses(rawValue: 1 << 16)
        static let roleStopper = WordClasses(rawValue: 1 << 17)
        static let mapFeature = WordClasses(rawValue: 1 << 18)
        static let compassWord = WordClasses(rawValue: 1 << 19)
        /// The lowercase form of a key that is not lowercase ("thomas" for the given name "Thomas"): only a word whose
        /// lowercase form has this class can be a key as written when it is not lowercase.
        static let lowercaseOfKey = WordClasses(rawValue: 1 << 20)
    }

    /// The classes of every word and phrase of the lists, keyed exactly as each list keys them.
    static func wordClasses(of lexicon: Lexicon) -> [String: WordClasses] {
        var classes: [String: WordClasses] = [:]
        classes.reserveCapacity(lexicon.givenNames.count + lexicon.commonWords.count + lexicon.places.count * 2)
        func mark<Words: Sequence<String>>(_ words: Words, as wordClass: WordClasses) {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        mark(lexicon.givenNames, as: .givenName)
        mark(lexicon.commonWords, as: .commonWord)
        mark(lexicon.organizationWords, as: .organizationWord)
        mark(lexicon.speechVerbs, as: .speechVerb)
        mark(lexicon.roleWords.keys, as: .roleWord)
        mark(lexicon.roleFirstWords, as: .roleFirstWord)
        mark(lexicon.roleLastWords, as: .roleLastWord)
        mark(lexicon.demonyms.keys, as: .demonym)
        mark(lexicon.places.keys, as: .place)
        mark(EnglishWords.connectors, as: .connector)
        mark(EnglishWords.calendarWords, as: .calendarWord)
        mark(EnglishWords.eventWords, as: .eventWord)
        mark(EnglishWords.groupNouns, as: .groupNoun)
        mark(EnglishWords.facilityWords, as: .facilityWord)
        mark(EnglishWords.placeWords, as: .placeWord)
        mark(EnglishWords.placeSuffixes, as: .placeSuffix)
        mark(EnglishWords.placePrepositions, as: .placePreposition)
        mark(EnglishWords.roleStoppers, as: .roleStopper)
        mark(NameFinder.mapFeatures, as: .mapFeature)
        mark(NameFinder.compassWords, as: .compassWord)
        // ASCII without capitals is its own lowercase form.
        for key in Array(classes.keys) where key.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }) {
            let lower = key.lowercased()
            if lower != key { classes[lower, default: []].insert(.lowercaseOfKey) }
        }
        return classes
    }

    /// The lists `word` is on, as written.
    func classes(of word: String) -> WordClasses {
        var contiguous = word
        if let classes = contiguous.withUTF8({ asciiWordClasses.classes(ofASCII: $0) }) { return classes }
        return wordClasses[word] ?? []
    }
}
