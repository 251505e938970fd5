import BriefingCore
import Foundation

/// A line that says something about an article rather than telling its story: `By Name`, `SOURCE: X`,
/// `Published: DATE`, a date on its own, `URL: …`, `Tags: a, b`.
enum MetadataLine: Equatable {
    case byline(String)
    case source(String)
    case date(CalendarDate)
    case sourceURL(String)
    case tags([String])

    /// Reads `line` (already trimmed); nil when it is story text.
    init?(_ line: String) {
        guard !line.isEmpty, line.utf8.count <= 300 else { return nil }
        if let labelled = MetadataLine(labelled: line) {
            self = labelled
        } else if let name = MetadataLine.bylineName(afterBy: line) {
            self = .byline(name)
        } else if let date = DateParser.date(in: line) {
            self = .date(date)
        } else if MetadataLine.isWebAddress(line) {
            self = .sourceURL(line)
        } else {
            return nil
        }
    }

    /// `Label: value` lines.
    private init?(labelled line: String) {
        guard line.utf8.contains(UInt8(ascii: ":")), let colon = line.prefix(24).firstIndex(of: ":") else { return nil }
        let label = line[..<colon].lowercased().collapsingWhitespace
        guard label.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        let value = String(line[line.index(after: colon)...]).collapsingWhitespace
        guard !value.isEmpty else { return nil }
        switch label {
        case "source", "publisher", "published by", "publication", "outlet", "site":
            if MetadataLine.isWebAddress(value) {
                self = .sourceURL(value)
            } else {
                let name = value.trimmingPunctuation
                guard !name.isEmpty, name.utf8.count <= 60, name.wordCount(upTo: 9) <= 8 else { return nil }
                self = .source(name)
            }
        case "url", "source url", "link", "original url", "original", "canonical", "canonical url", "permalink", "web address", "address":
            guard MetadataLine.isWebAddress(value) else { return nil }
            self = .sourceURL(value)
        case "published", "date", "posted", "published on", "posted on", "dateline", "first published", "publication date", "pubdate", "updated", "last updated":
            guard let date = DateParser.date(in: value, allowingTrailingWords: true) else { return nil }
            self = .date(date)
        case "by", "byline", "author", "authors", "written by", "reporter", "words", "writer":
            guard let name = MetadataLine.bylineName(from: value) else { return nil }
            self = .byline(name)
        case "tags", "tag", "keywords", "topics":
            let tags = value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" })
                .map { String($0).collapsingWhitespace.trimmingPunctuation }
                .filter { !$0.isEmpty }
            guard !tags.isEmpty else { return nil }
            self = .tags(tags)
        default:
            return nil
        }
    }

    /// The name in `By Name` / `BY NAME, Agency`, or nil when the line is a sentence that starts with "By".
    static func bylineName(afterBy line: String) -> String? {
        // Only `B` or `b` lowercases to a lone `b`: looking at the first byte spares most lines the lowercasing.
        guard line.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "b") }) == true,
              line.utf8.count <= 120, line.prefix(3).lowercased() == "by " else { return nil }
        let words = line.collapsingWhitespace.split(separator: " ", maxSplits: 1)
        guard words.count == 2, words[0].lowercased() == "by" else { return nil }
        return bylineName(from: String(words[1]))
    }

    /// The person or people a byline names: `John Smith`, `John Smith and Ann Lee`; the agency, place or date
    /// after a comma, bar or dash is cut off, and a name printed in capitals is given its ordinary case.
    static func bylineName(from text: String) -> String? {
        var value = Substring(text.collapsingWhitespace)
        if value.lowercased().hasPrefix("by ") { value = value.dropFirst(3) }
        if value.hasSuffix("."), let last = value.split(separator: " ").last, last.count > 3 { return nil }
        for separator in [",", "|", "·", "•", " - ", " – ", " — ", "/", " for ", " in "] {
            if let range = value.range(of: separator) { value = value[..<range.lowerBound] }
        }
        let words = value.split(separator: " ")
        guard (1...8).contains(words.count), value.utf8.count <= 60 else { return nil }
        guard let first = words.first, first.first?.isUppercase == true,
              !DateParser.weekdays.contains(first.lowercased()), DateParser.month(first.lowercased()) == nil
        else { return nil }
        for word in words {
            guard let initial = word.first else { return nil }
            if connectors.contains(word.lowercased()) { continue }
            guard initial.isUppercase, !word.contains(where: \.isNumber) else { return nil }
        }
        // A name printed in capitals (JANE DOE) is given its ordinary case, word by word.
        let cased = words.map { word -> String in
            let letters = word.filter(\.isLetter)
            guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return String(word) }
            return connectors.contains(word.lowercased()) ? word.lowercased() : word.prefix(1) + word.dropFirst().lowercased()
        }
        guard cased.joined().filter(\.isLetter).count >= 2 else { return nil }
        return cased.joined(separator: " ")
    }

    static func isWebAddress(_ text: String) -> Bool {
        // Only `H` or `h` lowercases to a lone `h`: looking at the first byte spares most texts the lowercasing.
        guard text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "h") }) == true else { return false }
        let lowered = text.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !text.contains(where: \.isWhitespace) && text.utf8.count > 10
    }

    /// Words that may stand lowercase inside a name.
    static let connectors: Set<String> = ["and", "&", "de", "da", "del", "della", "der", "den", "van", "von", "du", "la", "le", "al", "el", "bin", "ibn", "y", "e", "di", "dos", "das"]
}
