/// One piece of an article's text as a format reader found it, before boilerplate is set aside.
struct ArticleBlock: Equatable {
    enum Kind: Equatable {
        case heading
        case paragraph
        case listItem
        /// A paragraph of a block quotation; the paragraphs of one quotation share a group.
        case quote(group: Int)
    }

    var kind: Kind
    /// The text, whitespace collapsed.
    var text: String

    init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var isHeading: Bool { kind == .heading }

    var quoteGroup: Int? {
        if case .quote(let group) = kind { return group }
        return nil
    }
}
