import BriefingCore

extension BriefWriter {
    /// What the front matter says, as a `Brief` without a body: the article's own details first, the analysis's
    /// where the article has none, every text on one line.
    func details(of article: Article, using analysis: ArticleAnalysis) -> Brief {
        var tags: [String] = []
        for tag in (article.tags + analysis.tags).compactMap(\.collapsedOrNil)
        where !tags.contains(where: { $0.lowercased() == tag.lowercased() }) {
            tags.append(tag)
        }
        return Brief(
            title: article.title.collapsedOrNil ?? analysis.title.collapsedOrNil ?? article.slug,
            slug: article.slug,
            date: article.date,
            byline: article.byline?.collapsedOrNil ?? analysis.byline?.collapsedOrNil,
            source: article.source?.collapsedOrNil ?? analysis.source?.collapsedOrNil,
            sourceURL: article.sourceURL.flatMap(Self.webAddress),
            tags: tags,
            entities: entities(of: analysis),
            body: "",
            path: article.path
        )
    }

    /// The front matter, between `---` lines. The title is always quoted; other texts are quoted when they need to be.
    func frontMatter(_ details: Brief) -> String {
        var lines = ["---", "title: " + YAMLText.quoted(details.title)]
        if !details.slug.isEmpty { lines.append("slug: " + YAMLText.scalar(details.slug)) }
        if let date = details.date { lines.append("date: " + date.iso) }
        if let byline = details.byline { lines.append("byline: " + YAMLText.scalar(byline)) }
        if let source = details.source { lines.append("source: " + YAMLText.scalar(source)) }
        lines.append("source_url: " + (details.sourceURL.map(YAMLText.scalar) ?? "null"))
        lines.append("tags: " + YAMLText.list(details.tags))
        lines.append("entities:")
        let groups = [("people", details.entities.people), ("organizations", details.entities.organizations), ("places", details.entities.places)]
        for (key, entities) in groups {
            guard !entities.isEmpty else {
                lines.append("  \(key): []")
                continue
            }
            lines.append("  \(key):")
            for entity in entities {
                var fields = ["name: " + YAMLText.scalar(entity.name)]
                if key == "people" {
                    fields.append("role: " + (entity.role.map(YAMLText.scalar) ?? "null"))
                }
                if key == "people" || !entity.aliases.isEmpty {
                    fields.append("aliases: " + YAMLText.list(entity.aliases))
                }
                fields.append("mentions: \(entity.mentions)")
                lines.append("    - {" + fields.joined(separator: ", ") + "}")
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `address` when it is a web address a brief may link to (http or https, no spaces), else nil.
    static func webAddress(_ address: String) -> String? {
        let trimmed = address.collapsed
        let lowered = trimmed.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix), trimmed.count > scheme.count,
              !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control })
        else { return nil }
        return trimmed
    }
}
