import Foundation

/// Follows every `href` and `src` of every HTML page in a built site and lists what does not resolve.
public enum LinkAudit {
    /// One problem: the page and the link.
    public struct Problem: Equatable, CustomStringConvertible, Sendable {
        public let page: String
        public let link: String
        public let reason: String
        public var description: String { "\(page): \(link): \(reason)" }
    }

    /// The problems in the site at `folder`: missing files and anchors, and root-absolute internal links.
    public static func problems(inSiteAt folder: URL) throws -> [Problem] {
        var problems: [Problem] = []
        for page in try htmlPages(in: folder) {
            let html = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            for link in links(in: html) {
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { continue }
                if link.hasPrefix("/") {
                    problems.append(Problem(page: page, link: link, reason: "root-absolute link breaks sub-path hosting"))
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0])
                let anchor = parts.count > 1 ? String(parts[1]) : nil
                let base = folder.appendingPathComponent(page).deletingLastPathComponent()
                let target = path.isEmpty ? folder.appendingPathComponent(page) : base.appendingPathComponent(path).standardizedFileURL
                guard target.path.hasPrefix(folder.standardizedFileURL.path) else {
                    problems.append(Problem(page: page, link: link, reason: "leaves the site"))
                    continue
                }
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue else {
                    problems.append(Problem(page: page, link: link, reason: "no such file"))
                    continue
                }
                if let anchor, !anchor.isEmpty, target.pathExtension == "html" {
                    let targetHTML = try String(contentsOf: target, encoding: .utf8)
                    if !targetHTML.contains("id=\"\(anchor)\"") {
                        problems.append(Problem(page: page, link: link, reason: "no such anchor"))
                    }
                }
            }
        }
        return problems
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
