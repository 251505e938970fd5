import BriefingCore

/// What one brief adds to the site index — its entities and the speakers of its quotes — wherever the brief sits in
/// the site: made once per brief, so that a rebuild after one change makes it for that brief alone.
public struct BriefEntries: Sendable, Equatable {
    /// The brief's entities; their `brief` is filled in when they are added to an index.
    let occurrences: [EntityOccurrence]
    /// Each quote with the position of its speaker in `occurrences`.
    let quotes: [(quote: BriefQuote, occurrence: Int)]

    public static func == (lhs: BriefEntries, rhs: BriefEntries) -> Bool {
        lhs.occurrences == rhs.occurrences && lhs.quotes.elementsEqual(rhs.quotes) { $0.quote == $1.quote && $0.occurrence == $1.occurrence }
    }

    /// The entries of `brief`.
    public init(of brief: Brief) {
        var builder = EntityIndexBuilder()
        builder.add(brief, at: 0)
        occurrences = builder.occurrences
        quotes = builder.quotes
    }
}

extension EntityIndexBuilder {
    /// Adds entries made before, as `add(_:at:)` would add their brief.
    mutating func add(_ entries: BriefEntries, at position: Int) {
        let offset = occurrences.count
        for var occurrence in entries.occurrences {
            occurrence.brief = position
            occurrences.append(occurrence)
        }
        for (quote, index) in entries.quotes { quotes.append((quote, index + offset)) }
    }
}
