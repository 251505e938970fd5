import BriefingCore
import Foundation

/// Reads a Markdown brief (YAML front matter + body) into a `Brief`.
public struct BriefReader: Sendable {
    static let keys = ["title", "slug", "date", "byline", "source", "source_url", "tags", "entities"]
    static let entityGroups = ["people", "organizations", "places"]
    static let entityKeys = ["name", "role", "aliases", "mentions"]

    public init() {}

    /// The brief in `text`, read from `path`. Its slug is the front matter's `slug`, else the file name's, else the title's.
    /// - Throws: `BriefingError` naming the file, line and column of malformed or mistyped front matter.
    public func brief(from text: String, path: String) throws -> Brief {
        let document = try FrontMatterDocument(splitting: TextNormalizer.normalized(text), path: path)
        guard let yaml = document.yaml else {
            throw BriefingError(.briefWithoutFrontMatter, at: SourceLocation(path: path, line: 1, column: 1))
        }
        let fields = try FrontMatter(parsing: yaml, path: path, firstLine: document.yamlLine)
        try fields.rejectUnknownKeys(Self.keys, in: "a brief")

        let title = try fields.requiredText("title", example: "\"What happened, in a line\"")
        let slug: String
        if let given = try fields.text("slug") {
            guard Slug.isValid(given) else {
                throw BriefingError(.invalidSlug(given), at: fields.location(of: fields.node("slug")!))
            }
            slug = given
        } else if !Slug.make(from: Self.baseName(of: path)).isEmpty {
            slug = Slug.make(from: Self.baseName(of: path))
        } else {
            slug = Slug.make(from: title)
            guard !slug.isEmpty else {
                throw BriefingError(.titleWithoutSlug(title), at: fields.location(of: fields.node("title")!))
            }
        }
        return Brief(
            title: title,
            slug: slug,
            date: try fields.date("date"),
            byline: try fields.text("byline"),
            source: try fields.text("source"),
            sourceURL: try webAddress(fields, "source_url"),
            tags: try fields.texts("tags").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            entities: try entities(in: fields),
            body: document.body,
            bodyLine: document.bodyLine,
            path: path
        )
    }

    /// The file name without folder and extension.
    static func baseName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private func webAddress(_ fields: FrontMatter, _ key: String) throws -> String? {
        guard let url = try fields.text(key) else { return nil }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), !url.contains(where: \.isWhitespace) else {
            throw BriefingError(.invalidFrontMatter("'\(key)' is '\(url)', but it should be a web address starting with https:// or http://."), at: fields.location(of: fields.node(key)!))
        }
        return url
    }

    private func entities(in fields: FrontMatter) throws -> BriefEntities {
        guard let section = try fields.section("entities") else { return BriefEntities() }
        try section.rejectUnknownKeys(Self.entityGroups, in: "entities")
        func group(_ key: String) throws -> [BriefEntity] {
            try section.records(key, textKey: "name").map { record in
                try record.rejectUnknownKeys(Self.entityKeys, in: "an entity")
                return BriefEntity(
                    name: try record.requiredText("name", example: "Mark Rutte"),
                    role: try record.text("role"),
                    aliases: try record.texts("aliases"),
                    mentions: try record.integer("mentions", atLeast: 0) ?? 1
                )
            }
        }
        return BriefEntities(people: try group("people"), organizations: try group("organizations"), places: try group("places"))
    }
}

extension BriefingError.Problem {
    static let briefWithoutFrontMatter = Self.invalidFrontMatter(
        "a brief starts with front matter, but line 1 is not '---'. Begin the file with '---', a line 'title: \"…\"', and '---'."
    )

    static func invalidSlug(_ slug: String) -> Self {
        let suggestion = Slug.make(from: slug)
        let advice = suggestion.isEmpty ? "Use lowercase letters, digits and hyphens." : "Use lowercase letters, digits and hyphens, such as '\(suggestion)'."
        return .invalidFrontMatter("the slug '\(slug)' cannot be used in a URL. \(advice)")
    }

    static func titleWithoutSlug(_ title: String) -> Self {
        .invalidFrontMatter("the title '\(title)' has no letters or digits to make a URL from. Add a line 'slug: …' with lowercase letters, digits and hyphens.")
    }
}
