import SiteModel

/// `sitemap.xml`: the absolute address of every page worth indexing, with the date of each brief.
struct Sitemap {
    /// A page of the site, relative to the output folder, and its date if it has one.
    struct Entry {
        var path: String
        var lastModified: String?
    }

    let baseURL: String
    let entries: [Entry]

    var xml: String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
        ]
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            var line = "  <url><loc>\(XMLText.escaped(baseURL + SitePaths.address(of: entry.path)))</loc>"
            if let date = entry.lastModified { line += "<lastmod>\(date)</lastmod>" }
            lines.append(line + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `robots.txt`: everything may be crawled; the sitemap is named when the site's address is known.
    static func robots(baseURL: String?) -> String {
        var text = "User-agent: *\nDisallow:\n"
        if let baseURL { text += "\nSitemap: \(baseURL + SitePaths.sitemap)\n" }
        return text
    }
}
