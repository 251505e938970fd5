import SiteBuilding

/// What a changed file is to the site, which decides what a rebuild redoes.
public enum ChangeKind: Sendable, Equatable {
    /// An article, brief, page or `site.yml`: re-read the content, re-analyse what changed.
    case content
    /// A template or theme asset: re-render, nothing to analyse.
    case template
    /// A file of `Content/static/`: copy it.
    case staticFile

    /// The kind of the file at `path`, or nil for a file no build reads (an editor's swap or backup file, a hidden
    /// file, anything outside the two folders).
    public init?(path: String, contentFolder: String, templatesFolder: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard !Self.isScratch(name) else { return nil }
        if let relative = Self.relative(path, to: templatesFolder) {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return nil }
            self = .template
        } else if let relative = Self.relative(path, to: contentFolder) {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { return nil }
            self = relative == "static" || relative.hasPrefix("static/") ? .staticFile : .content
        } else {
            return nil
        }
    }

    /// What a rebuild must redo for this kind.
    public var changes: SiteChanges {
        switch self {
        case .content: .content
        case .template: .templates
        case .staticFile: .staticFiles
        }
    }

    /// Files editors write beside the one being saved: vim's swap files and write probe, emacs' lock and backup files.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913"
            || [".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload"].contains { name.hasSuffix($0) }
    }

    /// The name of the file at `path` when it lies directly in the content folder's `articles/` folder; nil otherwise
    /// (the folder itself, a file in a folder below it, any other content).
    static func articleName(_ path: String, contentFolder: String) -> String? {
        guard let relative = relative(path, to: contentFolder), relative.hasPrefix("articles/") else { return nil }
        let name = relative.dropFirst("articles/".count)
        return name.isEmpty || name.contains("/") ? nil : String(name)
    }

    /// `path` relative to `folder` ("" for the folder itself), or nil when it lies outside.
    static func relative(_ path: String, to folder: String) -> String? {
        let path = normalized(path), folder = normalized(folder)
        if path == folder { return "" }
        let prefix = folder.isEmpty || folder == "." ? "" : folder + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// Drops `./` parts and trailing slashes, so `Content/` and `./Content` compare equal.
    static func normalized(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        if parts.isEmpty { return path.hasPrefix("/") ? "/" : "." }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }
}

extension Sequence<ChangeKind> {
    /// Everything a rebuild must redo for these changes together.
    public var changes: SiteChanges {
        reduce(into: SiteChanges()) { $0.formUnion($1.changes) }
    }
}
