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

    /// The briefs' pieces joined by commas: the bytes, each brief's range in them, and the briefs' slugs in order.
    struct BriefSection: Sendable {
        var bytes: [UInt8]
        var ranges: [Range<Int>]
        var order: [String]
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

    /// `value` as compact JSON with sorted keys; U+2028 and U+2029, legal in JSON but line ends in older JavaScript,
    /// are written as escapes, so that the JSON can be put in a script as it is.
    /// - Throws: `BriefingError` (`outputFailed`) if it cannot be encoded.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json: String
        do {
            json = String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw BriefingError(.outputFailed("the search index could not be encoded as JSON. This is a bug in Briefing; please report it."), underlying: "\(error)")
        }
        guard json.unicodeScalars.contains(where: { $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return json }
        return json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
    }

    /// The briefs' pieces joined by commas, with each piece's place. With the same briefs in the same order as the
    /// last index, only the pieces of briefs in `redo` are made again and spliced into the last section; otherwise the
    /// section is joined from the kept pieces of the briefs not in `redo` (nil: none kept) and new ones.
    static func briefSection(for site: SiteIndex, reusing pieces: inout SearchIndexPieces, redo: Set<String>?) throws -> BriefSection {
        let briefs = site.briefs
        if let redo, let last = pieces.section, last.order.count == briefs.count,
           zip(last.order, briefs).allSatisfy({ $0 == $1.slug }) {
            var section = BriefSection(bytes: [], ranges: last.ranges, order: last.order)
            section.bytes.reserveCapacity(last.bytes.count + 4_096)
            var cursor = 0
            var shifts: [(from: Int, by: Int)] = []
            for position in redo.compactMap({ site.position(ofBrief: $0) }).sorted() {
                let piece = try encoded(entry(for: briefs[position], in: site))
                pieces.briefs[briefs[position].slug] = piece
                let old = last.ranges[position]
                section.bytes += last.bytes[cursor..<old.lowerBound]
                let start = section.bytes.count
                section.bytes += piece.utf8
                section.ranges[position] = start..<section.bytes.count
                shifts.append((position + 1, section.bytes.count - old.upperBound))
                cursor = old.upperBound
            }
            section.bytes += last.bytes[cursor...]
            // The pieces after a spliced one moved by as much as it grew.
            for (index, shift) in shifts.enumerated() {
                let end = index + 1 < shifts.count ? shifts[index + 1].from - 1 : briefs.count
                guard shift.from < end else { continue }
                for position in shift.from..<end { section.ranges[position] = (section.ranges[position].lowerBound + shift.by)..<(section.ranges[position].upperBound + shift.by) }
            }
            return section
        }
        var section = BriefSection(bytes: [], ranges: [], order: briefs.map(\.slug))
        section.bytes.reserveCapacity(pieces.size + 4_096)
        section.ranges.reserveCapacity(briefs.count)
        for (position, brief) in briefs.enumerated() {
            if position > 0 { section.bytes.append(UInt8(ascii: ",")) }
            var piece: String
            if redo?.contains(brief.slug) == false, let kept = pieces.briefs[brief.slug] {
                piece = kept
            } else {
                piece = try encoded(entry(for: brief, in: site))
                pieces.briefs[brief.slug] = piece
            }
            let start = section.bytes.count
            piece.withUTF8 { section.bytes.append(contentsOf: $0) }
            section.ranges.append(start..<section.bytes.count)
        }
        if pieces.briefs.count != briefs.count {
            pieces.briefs = pieces.briefs.filter { site.brief(slug: $0.key) != nil }
        }
        return section
    }

    /// `search-index.json` and `search-index.js` for `site`, put together from the JSON of each brief and entity,
    /// taking from `pieces` those of the briefs not in `redo` and of entities shown as before (`redo` nil: none is
    /// taken), and the entity lists whole when `entitiesUnchanged`; `pieces` is left holding this index's.
    static func files(for site: SiteIndex, reusing pieces: inout SearchIndexPieces, redo: Set<String>?, entitiesUnchanged: Bool) throws -> (json: Data, script: Data) {
        var json = Data(capacity: pieces.size + 4_096)
        func append(_ text: String) {
            var text = text
            text.withUTF8 { json.append(contentsOf: $0) }
        }
        append(#"{"briefs":["#)
        if redo == nil { pieces.briefs = [:] }
        let section = try briefSection(for: site, reusing: &pieces, redo: redo)
        json.append(contentsOf: section.bytes)
        pieces.section = section
        append("]")
        if redo != nil, entitiesUnchanged, let sections = pieces.entitySections {
            append(sections)
        } else {
            var sections = ""
            var entities: [String: (entry: EntityEntry, json: String)] = [:]
            for (name, kind) in [("organizations", EntityKind.organization), ("people", .person), ("places", .place)] {
                sections += #","\#(name)":["#
                var first = true
                for entity in site.entities where entity.kind == kind {
                    let entry = entityEntry(entity)
                    let piece: String
                    if redo != nil, let kept = pieces.entities[entity.slug], kept.entry == entry {
                        piece = kept.json
                    } else {
                        piece = try encoded(entry)
                    }
                    entities[entity.slug] = (entry, piece)
                    if !first { sections += "," }
                    first = false
                    sections += piece
                }
                sections += "]"
            }
            pieces.entities = entities
            pieces.entitySections = sections
            append(sections)
        }
        append(#","version":1}"#)
        pieces.size = json.count
        var script = Data(capacity: json.count + 64)
        script.append(contentsOf: Array("window.\(globalName) = ".utf8))
        script.append(json)
        script.append(contentsOf: Array(";\n".utf8))
        json.append(UInt8(ascii: "\n"))
        return (json, script)
    }
}

/// The JSON of each brief and entity of the last search index, for the next build to reuse.
struct SearchIndexPieces: Sendable {
    /// By brief slug.
    var briefs: [String: String] = [:]
    /// By entity slug, with the entry encoded.
    var entities: [String: (entry: SearchIndex.EntityEntry, json: String)] = [:]
    /// The briefs' pieces as the last index joined them.
    var section: SearchIndex.BriefSection?
    /// The entity lists, joined: `,"organizations":[…],"people":[…],"places":[…]`.
    var entitySections: String?
    /// The size of the last index's JSON, in bytes.
    var size = 0
}
