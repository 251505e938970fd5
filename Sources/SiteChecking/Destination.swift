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
        self.init(of: address, from: page.split(separator: "/").map(String.init))
    }

    /// Where `address` leads from the page whose path, relative to the site folder, has these components.
    init(of address: String, from pageComponents: [String]) {
        var rest = Substring(address)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            let raw = String(rest[rest.index(after: hash)...])
            fragment = raw.isEmpty ? nil : (raw.contains(Character("%")) ? raw.removingPercentEncoding ?? raw : raw)
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }

        if let scheme = Self.scheme(of: rest) {
            self = scheme.lowercased() == "file" ? .outsideSite : .external
            return
        }
        if rest.hasPrefix("//") {
            self = .external
            return
        }
        guard let path = rest.contains(Character("%")) ? String(rest).removingPercentEncoding : String(rest) else {
            self = .malformed
            return
        }
        if path.isEmpty {
            self = .inSite(SitePath(components: pageComponents, namesFolder: false, fragment: fragment))
            return
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let namesFolder = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
        let isRootAbsolute = path.hasPrefix("/")
        var components = isRootAbsolute ? [] : Array(pageComponents.dropLast())
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
                components.append(String(segment))
            }
        }
        let sitePath = SitePath(components: components, namesFolder: namesFolder, fragment: fragment)
        self = isRootAbsolute ? .rootAbsolute(sitePath) : .inSite(sitePath)
    }

    /// The scheme of an address (`https` of `https://…`): letters, digits, `+`, `-` and `.` before a `:`, starting
    /// with a letter; nil for a relative address.
    static func scheme(of address: Substring) -> Substring? {
        guard let colon = address.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = address[..<colon]
        guard let first = scheme.utf8.first, first.isASCIILetter,
              scheme.utf8.allSatisfy({ $0.isASCIILetter || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
        else { return nil }
        return scheme
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
