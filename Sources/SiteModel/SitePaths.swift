/// Where each kind of page is written, relative to the output folder, and how pages link to each other.
///
/// Every internal link is relative (`root(of:)` + path), so that one output works from disk, under a sub-path and
/// at a domain root.
public enum SitePaths {
    public static let home = "index.html"
    public static let entities = "entities/index.html"
    public static let tags = "tags/index.html"
    public static let search = "search/index.html"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let notFound = "404.html"
    public static let searchIndex = "search-index.json"
    /// The search index as a script that sets a global, for pages opened from disk, where `fetch` cannot read files.
    public static let searchIndexScript = "search-index.js"
    public static let searchScript = "assets/search.js"
    public static let stylesheet = "assets/style.css"

    public static func brief(_ slug: String) -> String { "briefs/\(slug)/index.html" }
    public static func briefMarkdown(_ slug: String) -> String { "briefs/\(slug)/brief.md" }
    public static func page(_ slug: String) -> String { "\(slug)/index.html" }
    public static func entity(_ slug: String) -> String { "entities/\(slug)/index.html" }
    public static func tag(_ slug: String) -> String { "tags/\(slug)/index.html" }

    /// Page `number` of a listing whose first page is `first`: `index.html`, `page/2/index.html`,
    /// `tags/x/page/2/index.html`.
    public static func listing(_ first: String, page number: Int) -> String {
        guard number > 1 else { return first }
        let folder = first.hasSuffix("index.html") ? String(first.dropLast("index.html".count)) : first
        return "\(folder)page/\(number)/index.html"
    }

    /// The relative path from the page at `path` back to the site root: `""`, `"../"`, `"../../"`.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.reduce(0) { $1 == "/" ? $0 + 1 : $0 })
    }

    /// The page's address as a web server shows it, relative to the site root: `briefs/x/index.html` → `briefs/x/`,
    /// `index.html` → `""`, other files as they are.
    public static func address(of path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }
}
