import BriefingCore
import Foundation
import SiteModel

/// A brief as schema.org `NewsArticle` JSON-LD: headline, date, author, publisher, and the people, organisations and
/// places it mentions (`mentions`), the most mentioned of them also as what it is `about`.
struct NewsArticleData: Encodable {
    /// A person, organisation or place.
    struct Thing: Encodable, Equatable {
        var type: String
        var name: String
        var url: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url
        }
    }

    static let aboutLimit = 3

    var context = "https://schema.org"
    var type = "NewsArticle"
    var headline: String
    var description: String?
    var datePublished: String?
    var inLanguage: String
    var url: String?
    var mainEntityOfPage: String?
    var isBasedOn: String?
    var keywords: [String]?
    var author: Thing
    var publisher: Thing
    var about: [Thing]?
    var mentions: [Thing]?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case headline, description, datePublished, inLanguage, url, mainEntityOfPage, isBasedOn, keywords, author, publisher, about, mentions
    }

    init(brief: Brief, site: SiteIndex, config: SiteConfig, url: String?) {
        headline = brief.title
        description = brief.keyPoints.first
        datePublished = brief.date?.iso
        inLanguage = config.language
        self.url = url
        mainEntityOfPage = url
        isBasedOn = brief.sourceURL
        var tagNames: [String] = []
        for tag in brief.tags.compactMap({ site.tag(named: $0)?.name }) where !tagNames.contains(tag) { tagNames.append(tag) }
        keywords = tagNames.isEmpty ? nil : tagNames
        let publisher = Thing(type: "Organization", name: config.title, url: config.baseURL)
        self.publisher = publisher
        author = brief.byline.map { Thing(type: "Person", name: $0) } ?? publisher

        let listed: [(EntityKind, BriefEntity)] = brief.entities.people.map { (.person, $0) }
            + brief.entities.organizations.map { (.organization, $0) } + brief.entities.places.map { (.place, $0) }
        var seen = Set<String>()
        var things: [(thing: Thing, mentions: Int)] = []
        for (kind, entity) in listed {
            guard let merged = site.entity(named: entity.name, kind: kind), seen.insert(merged.slug).inserted else { continue }
            let page = config.baseURL.map { $0 + SitePaths.address(of: SitePaths.entity(merged.slug)) }
            things.append((Thing(type: kind.schemaType, name: merged.name, url: page), entity.mentions))
        }
        // Speakers of the brief's quotes whom its sidebar does not list are mentioned too.
        for (_, speaker) in site.quotes(inBrief: brief.slug) where seen.insert(speaker.slug).inserted {
            let page = config.baseURL.map { $0 + SitePaths.address(of: SitePaths.entity(speaker.slug)) }
            things.append((Thing(type: speaker.kind.schemaType, name: speaker.name, url: page), 0))
        }
        mentions = things.isEmpty ? nil : things.map(\.thing)
        let top = things.enumerated()
            .sorted { ($0.element.mentions, -$0.offset) > ($1.element.mentions, -$1.offset) }
            .prefix(Self.aboutLimit)
            .map(\.element.thing)
        about = top.isEmpty ? nil : Array(top)
    }

    /// The JSON, safe to write raw inside a `<script>` element: `<`, `>` and `&` are written as `\u003c`, `\u003e` and
    /// `\u0026`, so that no `</script>` or `<!--` in a headline can end the element.
    var scriptJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, arrays and optionals always encode; only non-finite numbers could fail, and there are none.
        guard let data = try? encoder.encode(self), let json = String(data: data, encoding: .utf8) else { return "{}" }
        return Self.scriptSafe(json)
    }

    /// `json` with the characters that could end or confuse a `<script>` element escaped; only JSON strings hold them,
    /// where the escapes mean the same characters.
    static func scriptSafe(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
