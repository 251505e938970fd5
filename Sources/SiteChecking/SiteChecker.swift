import BriefingCore
import Foundation

/// Checks a built site the way a reader's browser would use it, from disk or under any sub-path of a host.
///
/// Every HTML page is parsed (libxml2's HTML parser) and every address in it is followed: `href`, `src`, `srcset`,
/// `poster`, `<object data>`, and `url()` in `style` attributes, `<style>` elements and `.css` files. An address
/// inside the site must name an existing file (not a folder) and, with a `#fragment` into an HTML page, an element
/// with that id; it must not start with `/` or climb out of the site folder. Every page needs a non-empty `<title>`,
/// and the site an `index.html`. Addresses with a scheme (`https:`, `mailto:`, `data:`) or a host (`//…`) are left
/// alone. Files and folders whose names start with `.` are not read as pages.
public struct SiteChecker: Sendable {
    public init() {}

    /// Checks the site in `folder` (a path as the user gave it; printed paths start with it).
    /// - Throws: `BriefingError` (`invalidProject`) when `folder` does not exist or is not a folder.
    public func check(siteAt folder: String) throws -> SiteCheckReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw BriefingError(.invalidProject("there is no site at '\(folder)' to check. Build it first with 'briefing build', or name the site's folder: briefing check FOLDER."))
        }
        guard isFolder.boolValue else {
            throw BriefingError(.invalidProject("'\(folder)' is a file, not a site's folder. Name the folder 'briefing build' wrote, such as Output."))
        }
        var walk = SiteWalk(root: URL(fileURLWithPath: folder).standardizedFileURL)
        return walk.report(folder: folder)
    }
}

/// One run of the checker over one folder, with what it has learnt about the folder's files.
private struct SiteWalk {
    let root: URL
    /// The root with symbolic links resolved, to catch a link inside the site that leads out of it.
    let resolvedRoot: String
    private var kinds: [String: FileKind] = [:]
    private var anchors: [String: Set<String>] = [:]
    private var problems: [SiteProblem] = []
    private var links = 0

    enum FileKind { case file, folder, missing, outside }

    init(root: URL) {
        self.root = root
        resolvedRoot = root.resolvingSymlinksInPath().path
    }

    mutating func report(folder: String) -> SiteCheckReport {
        let files = visibleFiles()
        let pages = files.filter(Self.isPage)
        if kind(of: "index.html") != .file {
            problems.append(SiteProblem(page: "", subject: .page, reason: .missingHomePage))
        }
        for file in files {
            if Self.isPage(file) {
                checkPage(file)
            } else if file.lowercased().hasSuffix(".css") {
                checkStylesheet(file)
            }
        }
        return SiteCheckReport(folder: folder, pages: pages.count, links: links, problems: problems)
    }

    static func isPage(_ path: String) -> Bool {
        let lowercased = path.lowercased()
        return lowercased.hasSuffix(".html") || lowercased.hasSuffix(".htm")
    }

    /// Every file under the root, relative to it and sorted, leaving out names that start with `.`.
    func visibleFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix) { files.append(String(path.dropFirst(prefix.count))) }
        }
        return files.sorted()
    }

    mutating func checkPage(_ page: String) {
        let data: Data
        do {
            data = try Data(contentsOf: root.appendingPathComponent(page))
        } catch {
            problems.append(SiteProblem(page: page, subject: .page, reason: .unreadable((error as NSError).localizedDescription)))
            return
        }
        let parsed = HTMLPage(parsing: data)
        anchors[page] = parsed?.anchors ?? []
        switch parsed?.title {
        case nil: add(SiteProblem(page: page, subject: .page, reason: .missingTitle))
        case let title? where title.isEmpty: add(SiteProblem(page: page, subject: .page, reason: .emptyTitle))
        default: break
        }
        let components = page.split(separator: "/").map(String.init)
        for reference in parsed.map(Reference.references(in:)) ?? [] {
            check(reference, in: page, at: components)
        }
    }

    mutating func checkStylesheet(_ stylesheet: String) {
        guard let css = try? String(contentsOf: root.appendingPathComponent(stylesheet), encoding: .utf8) else {
            add(SiteProblem(page: stylesheet, subject: .page, reason: .unreadable("not UTF-8 text")))
            return
        }
        let components = stylesheet.split(separator: "/").map(String.init)
        for address in StylesheetAddresses.addresses(in: css) {
            check(Reference(.asset, address), in: stylesheet, at: components)
        }
    }

    /// Adds a problem, once per page.
    mutating func add(_ problem: SiteProblem) {
        if !problems.reversed().prefix(while: { $0.page == problem.page }).contains(problem) {
            problems.append(problem)
        }
    }

    /// Checks one reference of `page`, whose path has `components`.
    mutating func check(_ reference: Reference, in page: String, at components: [String]) {
        let subject: SiteProblem.Subject = reference.kind == .link ? .link(reference.address) : .asset(reference.address)
        let reason: SiteProblem.Reason?
        switch Destination(of: reference.address, from: components) {
        case .external:
            return
        case .malformed:
            reason = .malformed
        case .outsideSite:
            reason = .outsideSite
        case .rootAbsolute(var path):
            path.namesFolder = path.namesFolder || kind(of: path.components.joined(separator: "/")) == .folder
            let climb = String(repeating: "../", count: components.count - 1)
            reason = .rootAbsolute(suggestion: climb + path.file + (path.fragment.map { "#" + $0 } ?? ""))
        case .inSite(let path):
            reason = problem(reaching: path, by: reference.address)
        }
        links += 1
        if let reason { add(SiteProblem(page: page, subject: subject, reason: reason)) }
    }

    mutating func problem(reaching path: Destination.SitePath, by address: String) -> SiteProblem.Reason? {
        let file = path.components.joined(separator: "/")
        if path.namesFolder || path.components.isEmpty || kind(of: file) == .folder {
            let index = Destination.SitePath(components: path.components, namesFolder: true, fragment: nil).file
            switch kind(of: index) {
            case .file: return .folder(suggestion: Self.indexAddress(of: address))
            case .outside: return .outsideSite
            case .folder, .missing: return .missingFile(index)
            }
        }
        switch kind(of: file) {
        case .missing, .folder: return .missingFile(file)
        case .outside: return .outsideSite
        case .file: break
        }
        guard let fragment = path.fragment, Self.isPage(file) else { return nil }
        if anchors(of: file).contains(fragment) || fragment.lowercased() == "top" { return nil }
        return .missingAnchor(fragment)
    }

    /// `about/#team` → `about/index.html#team`.
    static func indexAddress(of address: String) -> String {
        let end = address.firstIndex { $0 == "?" || $0 == "#" } ?? address.endIndex
        let path = address[..<end]
        return path + (path.hasSuffix("/") ? "" : "/") + "index.html" + address[end...]
    }

    mutating func kind(of path: String) -> FileKind {
        if let known = kinds[path] { return known }
        let url = path.isEmpty ? root : root.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        let kind: FileKind
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            kind = .missing
        } else {
            let resolved = url.resolvingSymlinksInPath().path
            if resolved != resolvedRoot, !resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/") {
                kind = .outside
            } else {
                kind = isFolder.boolValue ? .folder : .file
            }
        }
        kinds[path] = kind
        return kind
    }

    mutating func anchors(of page: String) -> Set<String> {
        if let known = anchors[page] { return known }
        let found = (try? Data(contentsOf: root.appendingPathComponent(page))).flatMap(HTMLPage.init(parsing:))?.anchors ?? []
        anchors[page] = found
        return found
    }
}
