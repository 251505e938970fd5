/// One thing wrong with a built site: the page (or stylesheet) it is in, the address when there is one, and why.
public struct SiteProblem: Sendable, Equatable, CustomStringConvertible {
    /// What the problem is about.
    public enum Subject: Sendable, Equatable {
        /// The page (or the site, when `page` is empty) as a whole.
        case page
        /// An address a reader follows (`<a href>`, `<area href>`), as written.
        case link(String)
        /// An address the browser loads (a stylesheet, script, image, `srcset` candidate or CSS `url()`), as written.
        case asset(String)
    }

    /// Why the page or address is a problem; `message` is what `briefing check` prints.
    public enum Reason: Sendable, Equatable {
        /// The address leads to no file; the associated value is the path it was looked for at, relative to the site.
        case missingFile(String)
        /// The file exists, but no element in it has the fragment as its id.
        case missingAnchor(String)
        /// The address starts with `/`; the associated value is the relative address to write instead.
        case rootAbsolute(suggestion: String)
        /// The address names a folder, which a browser opening the site from disk shows as a file listing; the
        /// associated value is the address of the folder's `index.html`.
        case folder(suggestion: String)
        /// The address climbs out of the site folder, or is a `file:` address.
        case outsideSite
        /// A `%` escape in the address does not decode.
        case malformed
        /// The page has no `<title>`.
        case missingTitle
        /// The page's `<title>` has no text.
        case emptyTitle
        /// The page or stylesheet could not be read; the associated value is the system's reason.
        case unreadable(String)
        /// The site folder has no `index.html`.
        case missingHomePage

        public var message: String {
            switch self {
            case .missingFile(let path):
                return "no file '\(path)' in the site"
            case .missingAnchor(let id):
                return "no element with id '\(id)'"
            case .rootAbsolute(let suggestion):
                return "a link from the domain root breaks when the site is hosted under a sub-path; write '\(suggestion)'"
            case .folder(let suggestion):
                return "a link to a folder opens a file listing when the site is read from disk; write '\(suggestion)'"
            case .outsideSite:
                return "leads outside the site folder, so it breaks once the site is published; link to a file inside the site"
            case .malformed:
                return "a '%' escape in it does not decode; write '%25' for a percent sign"
            case .missingTitle:
                return "the page has no <title>, so browsers, bookmarks and search results show its address instead"
            case .emptyTitle:
                return "the page's <title> is empty, so browsers, bookmarks and search results show its address instead"
            case .unreadable(let reason):
                return "could not be read (\(reason))"
            case .missingHomePage:
                return "there is no index.html, so the site has no home page"
            }
        }
    }

    /// The page or stylesheet, relative to the site folder; empty for a problem of the whole site.
    public var page: String
    public var subject: Subject
    public var reason: Reason

    public init(page: String, subject: Subject, reason: Reason) {
        self.page = page
        self.subject = subject
        self.reason = reason
    }

    /// `briefs/a/index.html: link '../b/index.html#z': no element with id 'z'`.
    public var description: String { line(inSiteAt: "") }

    /// The problem as `briefing check` prints it, with the page's path starting at `folder` as given.
    public func line(inSiteAt folder: String) -> String {
        var location = folder
        while location.count > 1, location.hasSuffix("/") { location.removeLast() }
        if location == "." { location = "" }
        if !page.isEmpty { location = location.isEmpty ? page : (location.hasSuffix("/") ? location : location + "/") + page }
        switch subject {
        case .page: return "\(location): \(reason.message)"
        case .link(let address): return "\(location): link '\(address)': \(reason.message)"
        case .asset(let address): return "\(location): asset '\(address)': \(reason.message)"
        }
    }
}
