/// What analysis finds in an article: the shape of `briefing analyze --json` (ANALYSIS-SCHEMA.md), plus key points
/// and tags for the brief.
public struct ArticleAnalysis: Sendable, Equatable {
    public var title: String
    public var byline: String?
    public var source: String?
    public var entities: [AnalyzedEntity]
    public var quotes: [AnalyzedQuote]
    /// Three to five sentences of the story that carry it.
    public var keyPoints: [String]
    public var tags: [String]

    public init(
        title: String, byline: String? = nil, source: String? = nil, entities: [AnalyzedEntity] = [],
        quotes: [AnalyzedQuote] = [], keyPoints: [String] = [], tags: [String] = []
    ) {
        self.title = title
        self.byline = byline
        self.source = source
        self.entities = entities
        self.quotes = quotes
        self.keyPoints = keyPoints
        self.tags = tags
    }
}

/// The kind of a named entity.
public enum EntityType: String, Sendable, Equatable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place named in an article.
public struct AnalyzedEntity: Sendable, Equatable {
    /// The fullest form the article uses.
    public var name: String
    public var type: EntityType
    /// The other forms used for the same entity (surname, title + surname, acronym).
    public var aliases: [String]
    /// The description the article gives ("Russian President"); people only, nil when none is given.
    public var role: String?
    /// How many times the article names it, in any form.
    public var mentions: Int

    public init(name: String, type: EntityType, aliases: [String] = [], role: String? = nil, mentions: Int = 1) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.role = role
        self.mentions = mentions
    }
}

/// A direct quotation and who said it.
public struct AnalyzedQuote: Sendable, Equatable {
    /// The words between the quotation marks, as printed.
    public var text: String
    /// The speaker's entity name; nil when the article does not say who.
    public var speaker: String?
    /// Whether the speaker comments as an outside expert rather than as a participant or official.
    public var analyst: Bool
    /// The index of the paragraph it is in, among `Article.paragraphs`.
    public var paragraph: Int

    public init(text: String, speaker: String?, analyst: Bool, paragraph: Int = 0) {
        self.text = text
        self.speaker = speaker
        self.analyst = analyst
        self.paragraph = paragraph
    }
}
