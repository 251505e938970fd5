/// A brief: the Markdown file that is the contract between analysis and rendering (DESIGN.md, "The brief").
///
/// Its fields live in one shared, immutable box: a site holds and passes around tens of thousands of briefs, and a copy
/// then costs one reference instead of one for every field. Setting a field makes a new box.
public struct Brief: Sendable, Hashable {
    /// The fields of a brief.
    struct Fields: Sendable, Hashable {
        var title: String
        var slug: String
        var date: CalendarDate?
        var byline: String?
        var source: String?
        var sourceURL: String?
        var tags: [String]
        var entities: BriefEntities
        var body: String
        var keyPoints: [String]
        var bodyLine: Int
        var path: String
    }

    final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public var title: String {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var slug: String {
        get { storage.fields.slug }
        set { update { $0.slug = newValue } }
    }
    public var date: CalendarDate? {
        get { storage.fields.date }
        set { update { $0.date = newValue } }
    }
    public var byline: String? {
        get { storage.fields.byline }
        set { update { $0.byline = newValue } }
    }
    public var source: String? {
        get { storage.fields.source }
        set { update { $0.source = newValue } }
    }
    public var sourceURL: String? {
        get { storage.fields.sourceURL }
        set { update { $0.sourceURL = newValue } }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { update { $0.tags = newValue } }
    }
    public var entities: BriefEntities {
        get { storage.fields.entities }
        set { update { $0.entities = newValue } }
    }
    /// The Markdown after the front matter.
    public var body: String {
        get { storage.fields.body }
        set {
            update { fields in
                fields.body = newValue
                fields.keyPoints = Self.keyPoints(of: newValue)
            }
        }
    }
    /// The key points: the items of the bullet list that opens the body, without Markdown escapes.
    public var keyPoints: [String] { storage.fields.keyPoints }
    /// The file line on which `body` starts, so that rendering problems can name a line.
    public var bodyLine: Int {
        get { storage.fields.bodyLine }
        set { update { $0.bodyLine = newValue } }
    }
    /// Where the brief came from, relative to the project.
    public var path: String {
        get { storage.fields.path }
        set { update { $0.path = newValue } }
    }

    public init(
        title: String, slug: String, date: CalendarDate? = nil, byline: String? = nil, source: String? = nil,
        sourceURL: String? = nil, tags: [String] = [], entities: BriefEntities = BriefEntities(),
        body: String, bodyLine: Int = 1, path: String
    ) {
        storage = Storage(Fields(
            title: title, slug: slug, date: date, byline: byline, source: source, sourceURL: sourceURL, tags: tags,
            entities: entities, body: body, keyPoints: Self.keyPoints(of: body), bodyLine: bodyLine, path: path
        ))
    }

    public static func == (lhs: Brief, rhs: Brief) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// The items of the bullet list that opens `body`; reads the body's lines only as far as that list goes.
    static func keyPoints(of body: String) -> [String] {
        var points: [String] = []
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            lineStart = lineEnd < body.endIndex ? body.index(after: lineEnd) : lineEnd
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty {
                if points.isEmpty { continue } else { break }
            }
            guard let marker = trimmed.first, "-*+".contains(marker), trimmed.dropFirst().first == " " else {
                if points.isEmpty || !line.hasPrefix("  ") { break }
                points[points.count - 1] += " " + trimmed
                continue
            }
            points.append(String(trimmed.dropFirst(2)))
        }
        return points.map(Self.withoutEscapes)
    }

    /// Markdown text without the backslashes that keep punctuation literal (`\*` → `*`), for places that show it as
    /// plain text: cards, descriptions, quote captions.
    public static func withoutEscapes(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }
}

/// The entity sidebar of a brief: people with their roles, organisations and places.
public struct BriefEntities: Sendable, Hashable {
    public var people: [BriefEntity]
    public var organizations: [BriefEntity]
    public var places: [BriefEntity]

    public init(people: [BriefEntity] = [], organizations: [BriefEntity] = [], places: [BriefEntity] = []) {
        self.people = people
        self.organizations = organizations
        self.places = places
    }

    public var isEmpty: Bool { people.isEmpty && organizations.isEmpty && places.isEmpty }
}

/// One person, organisation or place named in a brief.
public struct BriefEntity: Sendable, Hashable {
    public var name: String
    /// The role as the article words it; people only.
    public var role: String?
    public var aliases: [String]
    public var mentions: Int

    public init(name: String, role: String? = nil, aliases: [String] = [], mentions: Int = 1) {
        self.name = name
        self.role = role
        self.aliases = aliases
        self.mentions = mentions
    }
}
