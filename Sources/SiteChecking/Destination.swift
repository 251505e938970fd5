import Foundation

/// Where an address leads, worked out from the text alone: no file is looked at.
enum Destination: Sendable, Equatable {
    /// Another site (`https:`, `mailto:`, `//host/…`) or no file at all (`data:`, `javascript:`): not checked.
    case external
    /// A path from the domain root (`/about/`), which breaks when the site is hosted under a sub-path.
    case rootAbsolute(SitePath)
    /// A relative path that climbs above the site folder, or a `file:` address.
    case outsideSite
    /// A `%` escape that does not decode.
    case malformed
    /// A place in the site; the page's own address when the reference is only `#fragment` or `?query`.
    case inSite(SitePath)

    /// A path inside the site folder, by components, and the fragment after it.
    struct SitePath: Sendable, Equatable {
        var components: [String]
        /// Whether the address ends with `/`, `.` or `..`, so that it can only name a folder.
        var namesFolder: Bool
        /// The fragment, percent-decoded; nil when there is none or it is empty.
        var fragment: String?

        /// The path relative to the site folder; `index.html` of the folder when it names one.
        var file: String {
            let path = components.joined(separator: "/")
            return namesFolder ? (path.isEmpty ? "index.html" : path + "/index.html") : path
        }
    }

    /// Where `address` leads from the page at `page` (relative to the site folder, such as `briefs/a/index.html`).
    init(of address: String, from page: String) {
        var rest = Substring(address)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            let raw = String(rest[rest.index(after: hash)...])
            fragment = raw.isEmpty ? nil : (raw.removingPercentEncoding ?? raw)
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }

        if let scheme = rest.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) {
            self = scheme.output.lowercased() == "file:" ? .outsideSite : .external
            return
        }
        if rest.hasPrefix("//") {
            self = .external
            return
        }
        guard let path = String(rest).removingPercentEncoding else {
            self = .malformed
            return
        }
        var pageComponents = page.split(separator: "/").map(String.init)
        if path.isEmpty {
            self = .inSite(SitePath(components: pageComponents, namesFolder: false, fragment: fragment))
            return
        }
        pageComponents.removeLast()
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let namesFolder = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
        let isRootAbsolute = path.hasPrefix("/")
        var components = isRootAbsolute ? [] : pageComponents
        for segment in segments {
            switch segment {
            case "", ".":
                continue
            case "..":
                if components.isEmpty {
                    if isRootAbsolute { continue }  // a browser stays at the root
                    self = .outsideSite
                    return
                }
                components.removeLast()
            default:
                components.append(segment)
            }
        }
        let sitePath = SitePath(components: components, namesFolder: namesFolder, fragment: fragment)
        self = isRootAbsolute ? .rootAbsolute(sitePath) : .inSite(sitePath)
    }
}
