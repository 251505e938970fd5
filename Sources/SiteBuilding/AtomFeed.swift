import BriefingCore
import SiteModel

/// `feed.xml`: the newest briefs (`page_size` of them) as an Atom 1.0 feed, each with its key points and tags.
///
/// With a `base_url` every id and link is absolute. Without one the ids are `tag:` URIs made from the site's title
/// and the links are relative to the feed, which Atom resolves against the feed's own address.
struct AtomFeed {
    let site: SiteIndex
    let config: SiteConfig

    /// The time of a day, as Atom's dates need one.
    static func timestamp(_ date: CalendarDate) -> String { date.iso + "T00:00:00Z" }
    static let undatedTimestamp = "1970-01-01T00:00:00Z"

    var xml: String {
        let briefs = site.briefs.prefix(config.pageSize)
        // Briefs are newest first, undated last: the first date is the newest.
        let updated = site.briefs.lazy.compactMap(\.date).first.map(Self.timestamp) ?? Self.undatedTimestamp
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escaped(config.language))">"#,
            "  <title>\(XMLText.escaped(config.title))</title>",
        ]
        if let description = config.description { lines.append("  <subtitle>\(XMLText.escaped(description))</subtitle>") }
        lines.append("  <id>\(XMLText.escaped(config.baseURL ?? tagURI(date: nil, "feed")))</id>")
        if let base = config.baseURL {
            lines.append(#"  <link rel="self" type="application/atom+xml" href="\#(XMLText.escaped(base + SitePaths.feed))"/>"#)
        }
        lines.append(#"  <link rel="alternate" type="text/html" href="\#(XMLText.escaped(config.baseURL ?? SitePaths.home))"/>"#)
        lines.append("  <updated>\(updated)</updated>")
        lines.append("  <author><name>\(XMLText.escaped(config.author ?? config.title))</name></author>")
        lines.append("  <generator>Briefing</generator>")
        for brief in briefs {
            lines += entry(brief, feedUpdated: updated)
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    func entry(_ brief: Brief, feedUpdated: String) -> [String] {
        let address = SitePaths.address(of: SitePaths.brief(brief.slug))
        let link = config.baseURL.map { $0 + address } ?? SitePaths.brief(brief.slug)
        let id = config.baseURL.map { $0 + address } ?? tagURI(date: brief.date, "briefs/\(brief.slug)")
        let updated = brief.date.map(Self.timestamp) ?? feedUpdated
        var lines = [
            "  <entry>",
            "    <title>\(XMLText.escaped(brief.title))</title>",
            #"    <link rel="alternate" type="text/html" href="\#(XMLText.escaped(link))"/>"#,
            "    <id>\(XMLText.escaped(id))</id>",
        ]
        if let date = brief.date { lines.append("    <published>\(Self.timestamp(date))</published>") }
        lines.append("    <updated>\(updated)</updated>")
        if let byline = brief.byline { lines.append("    <author><name>\(XMLText.escaped(byline))</name></author>") }
        for tag in brief.tags.compactMap({ site.tag(named: $0) }) {
            lines.append(#"    <category term="\#(XMLText.escaped(tag.slug))" label="\#(XMLText.escaped(tag.name))"/>"#)
        }
        let points = brief.keyPoints
        if !points.isEmpty {
            let html = "<ul>" + points.map { "<li>\(XMLText.escaped($0))</li>" }.joined() + "</ul>"
            lines.append(#"    <summary type="html">\#(XMLText.escaped(html))</summary>"#)
        } else {
            lines.append(#"    <summary type="text">\#(XMLText.escaped(brief.title))</summary>"#)
        }
        if let source = brief.sourceURL, source.hasPrefix("http://") || source.hasPrefix("https://") {
            lines.append(#"    <link rel="related" type="text/html" href="\#(XMLText.escaped(source))"/>"#)
        }
        lines.append("  </entry>")
        return lines
    }

    /// A `tag:` URI (RFC 4151) for a site without a `base_url`: `tag:world-affairs-briefing,2025-08-18:briefs/x`.
    func tagURI(date: CalendarDate?, _ specific: String) -> String {
        let authority = Slug.make(from: config.title)
        return "tag:\(authority.isEmpty ? "briefing" : authority),\(date?.iso ?? "2000"):\(specific)"
    }
}
