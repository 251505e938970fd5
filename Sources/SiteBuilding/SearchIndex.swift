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
        // Both separators are encoded E2 80 A8 / E2 80 A9; the bytes are copied, and only those two replaced.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count + 64)
        var utf8 = json.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            pending.append(byte)
            switch pending.count {
            case 1 where byte == 0xE2, 2 where byte == 0x80:
                continue
            case 3 where byte == 0xA8 || byte == 0xA9:
                bytes += Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
            default:
                bytes += pending
            }
            pending.removeAll(keepingCapacity: true)
        }
        bytes += pending
        return "window.\(globalName) = \(String(decoding: bytes, as: UTF8.self));\n"
    }
}
