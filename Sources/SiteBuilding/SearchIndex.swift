import BriefingCore
import Foundation
import SiteModel

/// `search-index.json`: every brief's title, key points, tags and entities with its URL relative to the site root,
/// and the people, organisations and places to filter by. `search-index.js` carries the same object for pages
/// opened from disk, where a script cannot fetch a file. The object is
/// `{"briefs":[Entry…],"organizations":[EntityEntry…],"people":[…],"places":[…],"version":1}`, compact, keys sorted,
/// put together from each brief's and entity's JSON so that a rebuild encodes only those that changed.
enum SearchIndex {
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
    struct EntityEntry: Encodable, Equatable {
        var id: String
        var name: String
        var url: String
        var briefs: Int
    }

    /// The global `search-index.js` sets.
    static let globalName = "BRIEFING_SEARCH_INDEX"

    /// A brief as the search sees it: its tags and entities as the site resolves them.
    static func entry(for brief: Brief, in site: SiteIndex) -> Entry {
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

    static func entityEntry(_ entity: SiteEntity) -> EntityEntry {
        EntityEntry(id: entity.slug, name: entity.name, url: SitePaths.entity(entity.slug), briefs: entity.appearances.count)
    }

    /// `value` as compact JSON with sorted keys.
    /// - Throws: `BriefingError` (`outputFailed`) if it cannot be encoded.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw BriefingError(.outputFailed("the search index could not be encoded as JSON. This is a bug in Briefing; please report it."), underlying: "\(error)")
        }
    }

    /// The index of `site` as JSON, put together from the JSON of each brief and entity, taking
    /// from `pieces` those of the briefs not in `redo` and of entities shown as before (`redo` nil: none is taken);
    /// `pieces` is left holding this index's.
    static func json(for site: SiteIndex, reusing pieces: inout SearchIndexPieces, redo: Set<String>?) throws -> String {
        var next = SearchIndexPieces()
        next.briefs.reserveCapacity(site.briefs.count)
        var json = #"{"briefs":["#
        for (position, brief) in site.briefs.enumerated() {
            let piece: String
            if let redo, !redo.contains(brief.slug), let kept = pieces.briefs[brief.slug] {
                piece = kept
            } else {
                piece = try encoded(entry(for: brief, in: site))
            }
            next.briefs[brief.slug] = piece
            if position > 0 { json += "," }
            json += piece
        }
        json += "]"
        for (name, kind) in [("organizations", EntityKind.organization), ("people", .person), ("places", .place)] {
            json += #","\#(name)":["#
            var first = true
            for entity in site.entities where entity.kind == kind {
                let entry = entityEntry(entity)
                let piece: String
                if redo != nil, let kept = pieces.entities[entity.slug], kept.entry == entry {
                    piece = kept.json
                } else {
                    piece = try encoded(entry)
                }
                next.entities[entity.slug] = (entry, piece)
                if !first { json += "," }
                first = false
                json += piece
            }
            json += "]"
        }
        json += #","version":1}"#
        pieces = next
        return json
    }

    /// The index as a script that sets `window.BRIEFING_SEARCH_INDEX`.
    /// U+2028 and U+2029, legal in JSON but line ends in older JavaScript, are written as escapes.
    static func script(json: String) -> String {
        // Both separators are encoded E2 80 A8 / E2 80 A9: only those bytes are replaced, the rest copied in runs.
        var json = json
        let bytes = json.withUTF8 { utf8 -> [UInt8] in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count + 64)
            guard let base = utf8.baseAddress else { return bytes }
            var runStart = 0
            var index = 0
            // memchr finds each E2 lead byte; everything between is copied as it is.
            while index < utf8.count, let found = memchr(base + index, 0xE2, utf8.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                    bytes += utf8[runStart..<index]
                    bytes += (utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                    index += 3
                    runStart = index
                } else {
                    index += 1
                }
            }
            bytes += utf8[runStart...]
            return bytes
        }
        return "window.\(globalName) = \(String(decoding: bytes, as: UTF8.self));\n"
    }
}

/// The JSON of each brief and entity of the last search index, for the next build to reuse.
struct SearchIndexPieces: Sendable {
    /// By brief slug.
    var briefs: [String: String] = [:]
    /// By entity slug, with the entry encoded.
    var entities: [String: (entry: SearchIndex.EntityEntry, json: String)] = [:]
}
