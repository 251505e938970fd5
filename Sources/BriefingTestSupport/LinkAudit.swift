import Foundation
import SiteChecking

/// Follows every address of every HTML page in a built site and lists what does not resolve.
public enum LinkAudit {
    /// One problem: the page and the link.
    public struct Problem: Equatable, CustomStringConvertible, Sendable {
        public let page: String
        public let link: String
        public let reason: String
        public var description: String { "\(page): \(link): \(reason)" }
    }

    /// The problems in the site at `folder`, as `briefing check` finds them (`SiteChecker`): missing files and
    /// anchors, root-absolute and folder links, links out of the site, and pages without a title.
    public static func problems(inSiteAt folder: URL) throws -> [Problem] {
        try SiteChecker().check(siteAt: folder.path).problems.map { problem in
            switch problem.subject {
            case .page: Problem(page: problem.page, link: "", reason: problem.reason.message)
            case .link(let address), .asset(let address): Problem(page: problem.page, link: address, reason: problem.reason.message)
            }
        }
    }

    /// The `.html` files under `folder`, relative to it, sorted.
    public static func htmlPages(in folder: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var pages: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".html") { pages.append(relative) }
        }
        return pages.sorted()
    }

    /// The values of `href="…"` and `src="…"` attributes, entities decoded.
    public static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return links
    }
}
