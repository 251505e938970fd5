/// Gives tokens their lexicon classes: one look-up for a word's lowercase form, one more for a capitalised word as
/// written when a key has that lowercase form, none for punctuation or numbers when the lexicon has no key without a
/// letter.
struct TokenClassifier {
    let lexicon: Lexicon

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    func classify(_ token: inout Token) {
        // Punctuation, quotation marks and numbers hold no letter, so only the lexicon's few keys without one can
        // match them.
        let isWordLike: Bool
        switch token.kind {
        case .word, .possessive: isWordLike = true
        default: isWordLike = false
        }
        if !isWordLike, token.isPlainLowercase || token.text == token.lowercased {
            let classes = lexicon.nonLetterClasses.isEmpty ? [] : nonLetterClasses(of: token.text)
            token.classes = classes
            token.writtenClasses = classes
            return
        }
        let classes = lexicon.classes(of: token.lowercased)
        let written = token.isPlainLowercase || token.text == token.lowercased ? classes
            : classes.contains(.lowercaseOfKey) ? lexicon.classes(of: token.text) : []
        token.classes = classes
        token.writtenClasses = written
    }

    /// The classes of a text without letters. When it is ASCII the table of ASCII keys answers: a key equal to it
    /// has no letter either, so it is one of `nonLetterClasses`.
    func nonLetterClasses(of text: String) -> Lexicon.WordClasses {
        var contiguous = text
        if let classes = contiguous.withUTF8({ lexicon.asciiWordClasses.classes(ofASCII: $0) }) { return classes }
        return lexicon.nonLetterClasses[text] ?? []
    }
}
