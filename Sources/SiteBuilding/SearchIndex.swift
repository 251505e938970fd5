import BriefingCore
import Foundation
import SiteModel

/// `search-index.json`: every brief's title, key points, tags and entities with its URL relative to the site root,
/// and the people, organisations and places to filter by. `search-index.js` carries the same object for pages
/// opened from disk, where a script cannot fetch a file.
struct SearchIndex: Encodable {
    /// A brief, as the search sees it.
    struct Entry: Encodable {
        var title: String
        var url: String
        var date: String?
        var dateDisplay: String?
        var source: String?
        var keyPoints: [String]
        var tags: [String]
        /// Entity ids (`people[].id` …), in sidebar order.
        var people: [String]
        var organizations: [String]
        var places: [String]
    }

    /// An entity to filter by.
    struct EntityEntry: Encodable {
        var id: String
        var name: String
        var url: String
        var briefs: Int
    }

    /// The global `search-index.js` sets.
    static let globalName = "BRIEFING_SEARCH_INDEX"

    var version = 1
    var briefs: [Entry]
    var people: [EntityEntry]
    var organizations: [EntityEntry]
    var places: [EntityEntry]

    init(site: SiteIndex) {
        briefs = site.briefs.map { brief in
            func ids(_ list: [BriefEntity], _ kind: EntityKind) -> [String] {
                var seen = Set<String>()
                return list.compactMap { site.entity(named: $0.name, kind: kind)?.slug }.filter { seen.insert($0).inserted }
            }
            var seenTags = Set<String>()
            return Entry(
                title: brief.title,
                url: SitePaths.brief(brief.slug),
                date: brief.date?.iso,
                dateDisplay: brief.date?.display,
                source: brief.source,
                keyPoints: brief.keyPoints,
                tags: brief.tags.compactMap { site.tag(named: $0) }.filter { seenTags.insert($0.slug).inserted }.map(\.name),
                people: ids(brief.entities.people, .person),
                organizations: ids(brief.entities.organizations, .organization),
                places: ids(brief.entities.places, .place)
            )
        }
        func entries(_ kind: EntityKind) -> [EntityEntry] {
            site.entities.filter { $0.kind == kind }.map {
                EntityEntry(id: $0.slug, name: $0.name, url: SitePaths.entity($0.slug), briefs: $0.appearances.count)
            }
        }
        people = entries(.person)
        organizations = entries(.organization)
        places = entries(.place)
    }

    /// The index as JSON, keys sorted.
    /// - Throws: `BriefingError` (`outputFailed`) if it cannot be encoded.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        } catch {
            throw BriefingError(.outputFailed("the search index could not be encoded as JSON. This is a bug in Briefing; please report it."), underlying: "\(error)")
        }
    }

    /// The index as a script that sets `window.BRIEFING_SEARCH_INDEX`.
    /// U+2028 and U+2029, legal in JSON but line ends in older JavaScript, are written as escapes.
    static func script(json: String) -> String {
        // Both separators are encoded E2 80 A8/A9; without an E2 byte there is nothing to escape.
        guard json.utf8.contains(0xE2) else { return "window.\(globalName) = \(json);\n" }
        var safe = ""
        safe.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\u{2028}": safe += "\\u2028"
            case "\u{2029}": safe += "\\u2029"
            default: safe.unicodeScalars.append(scalar)
            }
        }
        return "window.\(globalName) = \(safe);\n"
    }
}
