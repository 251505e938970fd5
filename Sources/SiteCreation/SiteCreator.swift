import BriefingCore
import Foundation

/// Creates a new site from what is compiled into the binary: `Content/` (site.yml, an example article, the about
/// page), `Templates/` (the default theme) and a `.gitignore` for the output.
///
/// Nothing is read from the repository, so the installed binary works anywhere. The site is written beside the
/// folder first and moved in only when complete, and a folder that holds anything is never written into.
public struct SiteCreator: Sendable {
    /// The folder the new site goes in; created when missing.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// Writes the new site.
    /// - Throws: `BriefingError` (`outputFailed`) when the folder is not empty or is a file, or writing fails.
    public func create() throws -> SiteCreationSummary {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            throw BriefingError(.outputFailed("'\(folder)' is a file, so no site was created there. Pass a new or empty folder, such as '\(unusedSibling())'."))
        }
        if exists, try !manager.contentsOfDirectory(atPath: target.path).isEmpty {
            throw BriefingError(.outputFailed("'\(folder)' is not empty, so no site was created in it; Briefing never writes among other files. Pass a new or empty folder, such as '\(unusedSibling())'."))
        }

        let files = Self.files
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).creating-\(getpid())")
        do {
            try? manager.removeItem(at: staging)
            for (path, contents) in files {
                let file = staging.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: file)
            }
            if exists {
                for entry in try manager.contentsOfDirectory(atPath: staging.path) {
                    try manager.moveItem(at: staging.appendingPathComponent(entry), to: target.appendingPathComponent(entry))
                }
                try manager.removeItem(at: staging)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw BriefingError(.outputFailed("the new site could not be written to '\(folder)'. Check that its parent folder exists and can be written to."), underlying: (error as NSError).localizedDescription)
        }
        return SiteCreationSummary(
            folder: folder,
            contentFiles: EmbeddedStarterContent.files.map { "Content/" + $0.path },
            themeFiles: EmbeddedTheme.files.count
        )
    }

    /// Every file of a new site, by path relative to its folder.
    static var files: [(path: String, contents: Data)] {
        EmbeddedStarterContent.files.map { ("Content/" + $0.path, $0.contents) }
            + EmbeddedTheme.files.map { ("Templates/" + $0.path, $0.contents) }
            + [(".gitignore", Data(gitignore.utf8))]
    }

    /// Keeps the built site and the build's temporary folders out of version control.
    static let gitignore = """
    # Written by `briefing build`: the site and its temporary folders.
    /Output/
    /.Output.*

    """

    /// `blog-2`, or the first of `blog-3`, `blog-4`… that does not exist.
    func unusedSibling() -> String {
        var trimmed = folder
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let number = (2...).first { !FileManager.default.fileExists(atPath: "\(trimmed)-\($0)") } ?? 2
        return "\(trimmed)-\(number)"
    }
}
