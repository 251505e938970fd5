/// A brief: the Markdown file that is the contract between analysis and rendering (DESIGN.md, "The brief").
public struct Brief: Sendable, Hashable {
    public var title: String
    public var slug: String
    public var date: CalendarDate?
    public var byline: String?
    public var source: String?
    public var sourceURL: String?
    public var tags: [String]
    public var entities: BriefEntities
    /// The Markdown after the front matter.
    public var body: String {
        didSet { keyPoints = Self.keyPoints(of: body) }
    }
    /// The key points: the items of the bullet list that opens the body, without Markdown escapes.
    public private(set) var keyPoints: [String]
    /// The file line on which `body` starts, so that rendering problems can name a line.
    public var bodyLine: Int
    /// Where the brief came from, relative to the project.
    public var path: String

    public init(
        title: String, slug: String, date: CalendarDate? = nil, byline: String? = nil, source: String? = nil,
        sourceURL: String? = nil, tags: [String] = [], entities: BriefEntities = BriefEntities(),
        body: String, bodyLine: Int = 1, path: String
    ) {
        self.title = title
        self.slug = slug
        self.date = date
        self.byline = byline
        self.source = source
        self.sourceURL = sourceURL
        self.tags = tags
        self.entities = entities
        self.body = body
        self.keyPoints = Self.keyPoints(of: body)
        self.bodyLine = bodyLine
        self.path = path
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
