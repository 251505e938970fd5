import BriefingCore

/// A line of the article as the analysis sees it: the title, a heading or a paragraph, split into tokens and
/// sentences. A class, so that the passes share one copy of its arrays instead of retaining each of them.
final class TextUnit {
    enum Kind: Equatable {
        case title, standfirst, heading
        /// A paragraph of the story, with its index among `Article.paragraphs`.
        case paragraph(Int)
    }

    let kind: Kind
    let text: String
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and, per scalar, its offset there (one more entry for the end).
    let utf8: [UInt8]
    let offsets: [Int]
    let tokens: [Token]
    /// Token ranges of the sentences.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int]
    /// Most words capitalised, as in headlines: capitals there say nothing about names.
    let isTitleCase: Bool

    convenience init(kind: Kind, text: String, lexicon: Lexicon) {
        var classifier = TokenClassifier(lexicon: lexicon)
        self.init(kind: kind, text: text, classifier: &classifier)
    }

    init(kind: Kind, text: String, classifier: inout TokenClassifier) {
        var contiguous = text
        let utf8 = contiguous.withUTF8 { Array($0) }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a scalar per byte, each at its own offset.
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                for (index, byte) in utf8.enumerated() { buffer[index] = Unicode.Scalar(byte) }
                count = utf8.count
            }
            offsets = [Int](unsafeUninitializedCapacity: utf8.count + 1) { buffer, count in
                for index in 0...utf8.count { buffer[index] = index }
                count = utf8.count + 1
            }
        } else {
            scalars.reserveCapacity(utf8.count)
            offsets.reserveCapacity(utf8.count + 1)
            var offset = 0
            for scalar in text.unicodeScalars {
                scalars.append(scalar)
                offsets.append(offset)
                offset += UTF8.width(scalar)
            }
            offsets.append(offset)
        }
        var tokens = Tokenizer.tokens(in: scalars, utf8: utf8, offsets: offsets)
        for index in tokens.indices { classifier.classify(&tokens[index]) }
        let sentences = SentenceSplitter.sentences(in: tokens)
        var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence { sentenceOfToken[token] = index }
        }
        var isTitleCase = false
        if case .paragraph = kind {
            isTitleCase = false
        } else {
            // Words of more than three characters (never more than their bytes).
            var words = 0
            var capitalized = 0
            for token in tokens where token.isWord && token.text.utf8.count > 3 && token.text.characterCount > 3 {
                words += 1
                if token.isCapitalized { capitalized += 1 }
            }
            isTitleCase = capitalized * 10 >= words * 6
        }
        self.kind = kind
        self.text = text
        self.utf8 = utf8
        self.scalars = scalars
        self.offsets = offsets
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.isTitleCase = isTitleCase
    }

    var paragraphIndex: Int? {
        if case .paragraph(let index) = kind { return index }
        return nil
    }

    /// The text of tokens `range`, as printed (spacing kept).
    func text(of range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(decoding: utf8[offsets[tokens[range.lowerBound].start]..<offsets[tokens[range.upperBound - 1].end]], as: UTF8.self)
    }

    /// The index of the sentence holding token `index`.
    func sentence(containing index: Int) -> Range<Int> {
        guard index >= 0, index < sentenceOfToken.count else { return 0..<tokens.count }
        return sentences[sentenceOfToken[index]]
    }

    /// The units of an article, their tokens classed by `lexicon`: title, standfirst, then each section's heading and
    /// paragraphs.
    static func units(of article: Article, lexicon: Lexicon) -> [TextUnit] {
        var classifier = TokenClassifier(lexicon: lexicon)
        var units = [TextUnit(kind: .title, text: article.title, classifier: &classifier)]
        if let standfirst = article.standfirst { units.append(TextUnit(kind: .standfirst, text: standfirst, classifier: &classifier)) }
        var index = 0
        for section in article.sections {
            if let heading = section.heading { units.append(TextUnit(kind: .heading, text: heading, classifier: &classifier)) }
            for paragraph in section.paragraphs {
                units.append(TextUnit(kind: .paragraph(index), text: paragraph, classifier: &classifier))
                index += 1
            }
        }
        return units
    }
}
