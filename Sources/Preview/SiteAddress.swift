import Foundation

/// Where a request's path leads inside the site folder, decided without ever touching a file outside it.
enum SiteAddress: Equatable {
    /// A regular file: its path relative to the site folder.
    case file(String)
    /// A folder asked for without its trailing slash: redirect to this path.
    case redirect(String)
    /// Nothing there, a hidden file, or a path that leads out of the site through a symbolic link.
    case notFound
    /// A path that tries to leave the site (`..`, NUL, a backslash) or is not valid percent-encoding.
    case badRequest

    /// Resolves the raw (percent-encoded) `path` of a request against the site folder `root`.
    ///
    /// The path is decoded once, then split, so `%2e%2e` and `%2f` are seen for what they are; every part is
    /// checked, and the file found must still lie inside `root` once symbolic links are resolved.
    init(requestPath path: String, root: String) {
        guard let decoded = path.removingPercentEncoding, decoded.hasPrefix("/") else { self = .badRequest; return }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !decoded.contains("\0"), !decoded.contains("\\"), !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            self = .badRequest
            return
        }
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { self = .notFound; return }
        let relative = parts.joined(separator: "/")
        guard let realRoot = Self.realPath(root) else { self = .notFound; return }
        let candidate = relative.isEmpty ? realRoot : realRoot + "/" + relative
        guard let real = Self.realPath(candidate), real == realRoot || real.hasPrefix(realRoot + "/") else {
            self = .notFound
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { self = .notFound; return }
        if isFolder.boolValue {
            guard decoded.hasSuffix("/") else { self = .redirect(path + "/"); return }
            let index = relative.isEmpty ? "index.html" : relative + "/index.html"
            self = Self(requestPath: "/" + index.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!, root: root)
            if case .redirect = self { self = .notFound }
        } else {
            self = .file(relative)
        }
    }

    /// `path` with every symbolic link resolved, or nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
