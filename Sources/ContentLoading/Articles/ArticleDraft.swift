import BriefingCore

/// What a format reader found in a file: the facts about the article and its text in order, with what the
/// reader already knew was not story (a page's navigation, say).
struct ArticleDraft {
    var title: String
    var standfirst: String?
    var byline: String?
    var date: CalendarDate?
    var source: String?
    var sourceURL: String?
    var tags: [String] = []
    /// The slug the front matter gives, checked; nil to take the file name's or the title's.
    var slug: String?
    var blocks: [ArticleBlock] = []
    var boilerplate: [String] = []

    init(title: String) {
        self.title = title
    }

    /// Fills in a fact from a metadata line, keeping the first value of each kind; false when it was known already.
    mutating func record(_ line: MetadataLine) -> Bool {
        switch line {
        case .byline(let name):
            guard byline == nil else { return false }
            byline = name
        case .source(let name):
            guard source == nil else { return false }
            source = name
        case .date(let day):
            guard date == nil else { return false }
            date = day
        case .sourceURL(let url):
            guard sourceURL == nil else { return false }
            sourceURL = url
        case .tags(let given):
            guard tags.isEmpty else { return false }
            tags = given
        }
        return true
    }

    /// Whether `line` only says again what is known (a date line under front matter with that date, say).
    func knows(_ line: MetadataLine) -> Bool {
        switch line {
        case .byline(let name): return byline?.foldedForMatching == name.foldedForMatching
        case .source(let name): return source?.foldedForMatching == name.foldedForMatching
        case .date(let day): return date == day
        case .sourceURL(let url): return sourceURL == url
        case .tags(let given): return tags == given
        }
    }

    /// The article: boilerplate set aside, the rest cut into sections at its headings.
    /// - Throws: `BriefingError` naming `path` when no story text is left.
    func article(at path: String) throws -> Article {
        let foldedTitle = title.foldedForMatching
        let blocks = blocks.filter { block in
            !block.text.isEmpty && !(block.isHeading && block.text.foldedForMatching == foldedTitle)
        }
        let filter = BoilerplateFilter(byline: byline)
        let (story, dropped) = filter.sorted(blocks)

        var sections: [ArticleSection] = []
        var current = ArticleSection(heading: nil, paragraphs: [])
        for block in story {
            if block.isHeading {
                if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
                current = ArticleSection(heading: block.text, paragraphs: [])
            } else {
                current.paragraphs.append(block.text)
            }
        }
        if current.heading != nil || !current.paragraphs.isEmpty { sections.append(current) }
        guard sections.contains(where: { !$0.paragraphs.isEmpty }) else {
            throw BriefingError(.articleWithoutText(title: title), at: SourceLocation(path: path))
        }
        let knownLines = Set([title, byline, byline.map { "By \($0)" }].compactMap { $0?.foldedForMatching })
        let article = Article(
            title: title,
            standfirst: standfirst,
            byline: byline,
            date: date,
            source: source,
            sourceURL: sourceURL,
            tags: tags,
            sections: sections,
            boilerplate: (boilerplate + dropped).filter { !$0.isEmpty && !knownLines.contains($0.foldedForMatching) },
            path: path,
            slug: slug
        )
        guard !article.slug.isEmpty else { throw BriefingError(.articleWithoutSlug(title: title), at: SourceLocation(path: path)) }
        return article
    }
}

extension BriefingError.Problem {
    static func articleWithoutSlug(title: String) -> Self {
        .invalidContent("neither the file name nor the title '\(title)' has letters or digits to make the brief's URL from. Give the file a name with letters or digits.")
    }

    static func articleWithoutText(title: String) -> Self {
        .invalidContent("the article '\(title)' has a title but no story text (only boilerplate or nothing was found below it). Add the story's paragraphs, or remove the file.")
    }
}
