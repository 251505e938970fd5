extension Lexicon {
    /// The lexicon generated from public data (see scripts/lexicons/README.md), parsed once.
    static let standard = Lexicon(
        givenNames: LexiconData.givenNames,
        places: [LexiconData.places1, LexiconData.places2],
        demonyms: LexiconData.demonyms,
        roleWords: LexiconData.roleWords,
        speechVerbs: LexiconData.speechVerbs,
        organizationWords: LexiconData.organizationWords,
        commonWords: LexiconData.commonWords
    )
}
