import BriefingCore

/// A line of the article as the analysis sees it: the title, a heading or a paragraph, split into tokens and
/// sentences.
struct TextUnit {
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

    init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
        utf8 = Array(text.utf8)
        tokens = Tokenizer.tokens(in: scalars, utf8: utf8, offsets: offsets)
        sentences = SentenceSplitter.sentences(in: tokens)
        var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        let words = tokens.filter { $0.isWord && $0.text.count > 3 }
        let capitalized = words.filter(\.isCapitalized).count
        let isParagraph = if case .paragraph = kind { true } else { false }
        isTitleCase = !isParagraph && capitalized * 10 >= words.count * 6
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

    /// The units of an article: title, standfirst, then each section's heading and paragraphs.
    static func units(of article: Article) -> [TextUnit] {
        var units = [TextUnit(kind: .title, text: article.title)]
        if let standfirst = article.standfirst { units.append(TextUnit(kind: .standfirst, text: standfirst)) }
        var index = 0
        for section in article.sections {
            if let heading = section.heading { units.append(TextUnit(kind: .heading, text: heading)) }
            for paragraph in section.paragraphs {
                units.append(TextUnit(kind: .paragraph(index), text: paragraph))
                index += 1
            }
        }
        return units
    }
}
