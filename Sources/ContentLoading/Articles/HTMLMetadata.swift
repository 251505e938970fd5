import BriefingCore
import Foundation

/// What a page says about its article in meta tags and markup: title, author, date, publisher, address, tags.
struct HTMLMetadata {
    var title: String?
    var byline: String?
    var date: CalendarDate?
    var source: String?
    var sourceURL: String?
    var tags: [String] = []
    /// The page's standfirst element, or its description.
    var standfirst: String?

    /// Reads the facts of `document`, preferring what lies inside the story's `root`.
    init(_ document: HTMLDocument, root: Int) {
        var metas: [String: [String]] = [:]
        var canonical: String?
        var titleElement: String?
        var headings: [Int] = []
        var times: [Int] = []
        var authors: [Int] = []
        var standfirsts: [Int] = []
        for (index, node) in document.nodes.enumerated() where !node.isText {
            switch node.name {
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"] ?? "").lowercased()
                if let content = node.attributes["content"]?.collapsingWhitespace, !key.isEmpty, !content.isEmpty {
                    metas[key, default: []].append(content)
                }
            case "link":
                let rel = (node.attributes["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), canonical == nil { canonical = node.attributes["href"] }
            case "title":
                if titleElement == nil { titleElement = document.text(of: index) }
            case "h1":
                headings.append(index)
            case "time":
                times.append(index)
            default:
                break
            }
            let rel = (node.attributes["rel"] ?? "").lowercased()
            let classWords = HTMLTextExtractor.words(ofClassNames: node.attributes["class"] ?? "")
            if rel == "author" || node.attributes["itemprop"]?.lowercased() == "author" || classWords.contains("byline") || classWords.contains("author") {
                authors.append(index)
            }
            if classWords.contains(where: { Self.standfirstWords.contains($0) }) { standfirsts.append(index) }
        }
        /// Elements inside the story first, then the rest of the page.
        /// At most a few candidates, so that a page of a thousand nested bylines costs no more than one.
        func ordered(_ indices: [Int]) -> [Int] {
            Array((indices.filter { document.isInside($0, root) } + indices.filter { !document.isInside($0, root) }).prefix(8))
        }
        func meta(_ keys: [String]) -> [String] { keys.flatMap { metas[$0] ?? [] } }

        let heading = ordered(headings).lazy.map { document.text(of: $0) }.first { !$0.isEmpty }
        source = meta(["og:site_name", "application-name", "publisher", "dc.publisher", "article:publisher"])
            .first { !MetadataLine.isWebAddress($0) }
        title = meta(["og:title", "twitter:title", "dc.title", "headline"]).first
            ?? heading
            ?? titleElement.flatMap { Self.withoutSiteName($0) }
        if let title, let source { self.title = Self.withoutSuffix(source, of: title) }
        // `Headline - Publisher` in the <title> names the publisher when no meta tag does.
        if source == nil, let title, let element = titleElement {
            let name = Self.withoutSiteName(element)
            if name != element, name.foldedForMatching == title.foldedForMatching {
                source = String(element.dropFirst(name.count)).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(.symbols))
                    .collapsingWhitespace
                if source?.isEmpty == true { source = nil }
            }
        }

        let authorTexts = meta(["author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"]).filter { !MetadataLine.isWebAddress($0) }
            + ordered(authors).map { document.attribute("content", of: $0) ?? document.text(of: $0) }
        byline = authorTexts.lazy.compactMap { MetadataLine.bylineName(from: $0) }.first

        let dateTexts = meta(["article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date"])
            + ordered(times).flatMap { [document.attribute("datetime", of: $0), document.text(of: $0)].compactMap { $0 } }
        date = dateTexts.lazy.compactMap { DateParser.date(in: $0, allowingTrailingWords: true) }.first

        sourceURL = ([canonical].compactMap { $0 } + meta(["og:url", "twitter:url"])).first { MetadataLine.isWebAddress($0) }
        tags = meta(["article:tag"])
        if tags.isEmpty {
            tags = meta(["news_keywords", "keywords"]).first.map { $0.split(separator: ",").map { String($0).collapsingWhitespace }.filter { !$0.isEmpty } } ?? []
        }
        standfirst = ordered(standfirsts).lazy.map { document.text(of: $0) }.first { !$0.isEmpty }
            ?? meta(["og:description", "description", "twitter:description"]).first
    }

    /// `Headline | Site` and `Headline - Site` in a `<title>` lose the site's name.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...]
            if tail.split(separator: " ").count <= 5 { return String(title[..<range.lowerBound]).collapsingWhitespace }
        }
        return title
    }

    static func withoutSuffix(_ site: String, of title: String) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} "] where title.foldedForMatching.hasSuffix((separator + site).foldedForMatching) {
            return String(title.dropLast(separator.count + site.count)).collapsingWhitespace
        }
        return title
    }

    static let standfirstWords: Set<String> = ["standfirst", "dek", "subtitle", "subheadline", "strapline", "summary"]
}
