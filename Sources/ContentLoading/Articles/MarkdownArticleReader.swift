import BriefingCore

/// Reads a Markdown article: YAML front matter (title, author, date, source, url, tags, description) and a
/// body whose `##` headings start sections; a leading `# Title` that repeats the title is dropped.
struct MarkdownArticleReader {
    /// What the text of `path` holds.
    /// - Throws: `BriefingError` naming the file, line and column of malformed front matter, or the file when
    ///   the article has no title.
    func draft(from text: String, path: String) throws -> ArticleDraft {
        let document = try FrontMatterDocument(splitting: text, path: path)
        var facts = ArticleDraft(title: "")
        if let yaml = document.yaml {
            let fields = try FrontMatter(parsing: yaml, path: path, firstLine: document.yamlLine)
            try read(fields, into: &facts)
        }
        var blocks = MarkdownBlockParser.blocks(in: document.body)
        if facts.title.isEmpty {
            guard let first = blocks.firstIndex(where: { $0.kind == .heading(level: 1) }) else {
                throw BriefingError(.markdownWithoutTitle, at: SourceLocation(path: path, line: 1, column: 1))
            }
            facts.title = blocks.remove(at: first).text
        }
        for block in blocks {
            switch block.kind {
            case .heading(let level):
                if level == 1, block.text.foldedForMatching == facts.title.foldedForMatching { continue }
                facts.blocks.append(ArticleBlock(.heading, block.text))
            case .paragraph:
                if block.lineCount == 1, let metadata = MetadataLine(block.text) {
                    if !facts.record(metadata) && !facts.knows(metadata) { facts.boilerplate.append(block.text) }
                    continue
                }
                facts.blocks.append(ArticleBlock(.paragraph, block.text))
            case .listItem:
                facts.blocks.append(ArticleBlock(.listItem, block.text))
            case .quote(let group):
                facts.blocks.append(ArticleBlock(.quote(group: group), block.text))
            }
        }
        return facts
    }

    func read(_ fields: FrontMatter, into facts: inout ArticleDraft) throws {
        facts.title = try first(of: ["title", "headline"], in: fields) ?? ""
        let authors = try ["author", "authors", "byline"].flatMap { try fields.texts($0) }
            .compactMap { MetadataLine.bylineName(from: $0) ?? nonEmpty($0) }
        facts.byline = authors.isEmpty ? nil : authors.joined(separator: " and ")
        for key in ["date", "published", "pubdate", "date_published"] {
            guard let text = try fields.text(key) else { continue }
            guard let date = DateParser.date(in: text, allowingTrailingWords: true) else {
                throw BriefingError(.notADate(key: key, value: text), at: fields.location(of: fields.node(key)!))
            }
            facts.date = date
            break
        }
        facts.source = try first(of: ["source", "publisher", "site_name", "site"], in: fields)
        for key in ["url", "source_url", "link", "canonical_url", "canonical"] {
            guard let url = try fields.text(key) else { continue }
            guard MetadataLine.isWebAddress(url) else {
                throw BriefingError(.notAWebAddress(key: key, value: url), at: fields.location(of: fields.node(key)!))
            }
            facts.sourceURL = url
            break
        }
        for key in ["tags", "keywords"] {
            let tags = try fields.texts(key)
                .flatMap { $0.split(separator: ",") }
                .map { String($0).collapsingWhitespace }
                .filter { !$0.isEmpty }
            if !tags.isEmpty {
                facts.tags = tags
                break
            }
        }
        facts.standfirst = try first(of: ["standfirst", "description", "summary", "subtitle", "dek", "excerpt"], in: fields)
        if let slug = try fields.text("slug") {
            guard Slug.isValid(slug) else { throw BriefingError(.invalidSlug(slug), at: fields.location(of: fields.node("slug")!)) }
            facts.slug = slug
        }
    }

    func first(of keys: [String], in fields: FrontMatter) throws -> String? {
        for key in keys {
            if let text = try fields.text(key).map(\.collapsingWhitespace), !text.isEmpty { return text }
        }
        return nil
    }

    func nonEmpty(_ text: String) -> String? {
        let collapsed = text.collapsingWhitespace
        return collapsed.isEmpty ? nil : collapsed
    }
}

extension BriefingError.Problem {
    static let markdownWithoutTitle = Self.invalidContent(
        "the article has no title: its front matter has no 'title:' and its body no '# Title' line. Add 'title: \"…\"' to the front matter."
    )

    static func notAWebAddress(key: String, value: String) -> Self {
        .invalidFrontMatter("'\(key)' is '\(value)', but it should be a web address starting with https:// or http://.")
    }
}
