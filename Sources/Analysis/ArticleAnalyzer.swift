import BriefingCore

/// Finds the entities, roles, quotes, key points and tags of an article. Pure and deterministic: rules over
/// tokens and lexicons of public data, no model.
public struct ArticleAnalyzer: Sendable {
    let lexicon: Lexicon

    public init() {
        self.lexicon = Lexicon.standard
    }

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    /// The analysis of `article`.
    public func analysis(of article: Article) -> ArticleAnalysis {
        let units = TextUnit.units(of: article, lexicon: lexicon)
        let finder = NameFinder(lexicon: lexicon)
        var spans: [NameSpan] = []
        for (index, unit) in units.enumerated() { spans += finder.names(in: unit, unitIndex: index) }
        let catalog = EntityCatalog(spans: spans, units: units, lexicon: lexicon)
        let roles = RoleFinder(lexicon: lexicon, units: units, catalog: catalog)
        let analyst = AnalystClassifier(lexicon: lexicon)

        var rolesOf: [Int: [String]] = [:]
        var entities: [AnalyzedEntity] = []
        var idToName: [Int: String] = [:]
        let order = catalog.entities.indices.filter { !catalog.entities[$0].mentions.isEmpty }
            .sorted { (catalog.entities[$0].firstSeen.unit, catalog.entities[$0].firstSeen.token) < (catalog.entities[$1].firstSeen.unit, catalog.entities[$1].firstSeen.token) }
        for id in order {
            let entity = catalog.entities[id]
            let personRoles = entity.type == .person ? roles.roles(of: id) : []
            let role = personRoles.first
            rolesOf[id] = personRoles
            let nameKey = MentionKey.of(entity.name)
            let aliases = entity.forms.filter { $0.key != nameKey }.sorted { $0.key < $1.key }.map(\.value)
            entities.append(AnalyzedEntity(name: entity.name, type: entity.type, aliases: aliases, role: role, mentions: entity.mentions.count))
            idToName[id] = entity.name
        }

        let quoteSpans = QuoteFinder.quotes(in: units)
        let attributions = QuoteAttributor(lexicon: lexicon, units: units, catalog: catalog).attributions(of: quoteSpans)
        var quotes: [AnalyzedQuote] = []
        var analystBySpeaker: [Int: Bool] = [:]
        for (quote, attribution) in zip(quoteSpans, attributions) {
            guard quote.wordCount >= 3, let attribution else { continue }
            let paragraph = units[quote.unit].paragraphIndex ?? 0
            switch attribution {
            case .speaker(let speaker):
                guard let name = idToName[speaker] else { continue }
                let isAnalyst = analystBySpeaker[speaker] ?? (catalog.entities[speaker].type == .person && analyst.isAnalyst(roles: rolesOf[speaker] ?? []))
                analystBySpeaker[speaker] = isAnalyst
                quotes.append(AnalyzedQuote(text: quote.text, speaker: name, analyst: isAnalyst, paragraph: paragraph))
            case .unnamed:
                quotes.append(AnalyzedQuote(text: quote.text, speaker: nil, analyst: false, paragraph: paragraph))
            }
        }

        return ArticleAnalysis(
            title: article.title,
            byline: article.byline,
            source: article.source,
            entities: entities,
            quotes: quotes,
            keyPoints: KeyPointSelector().keyPoints(units: units, catalog: catalog),
            tags: TagSelector().tags(for: entities)
        )
    }
}
