import BriefingCore
import Foundation

/// Reads a plain Markdown page, with optional front matter (`title`, `slug`).
public struct PageReader: Sendable {
    /// Slugs taken by the generated site.
    public static let reservedSlugs: Set<String> = ["assets", "briefs", "entities", "tags", "index", "404", "feed", "sitemap", "search", "page"]

    public init() {}

    /// The page in `text`, read from `path`; its file name gives the slug unless the front matter names one.
    /// - Throws: `BriefingError` for malformed front matter or a slug the site already uses.
    public func page(from text: String, path: String) throws -> Page {
        let document = try FrontMatterDocument(splitting: TextNormalizer.normalized(text), path: path)
        var title: String?
        var slug: String?
        if let yaml = document.yaml {
            let fields = try FrontMatter(parsing: yaml, path: path, firstLine: document.yamlLine)
            try fields.rejectUnknownKeys(["title", "slug"], in: "a page")
            title = try fields.text("title")
            if let given = try fields.text("slug") {
                guard Slug.isValid(given) else { throw BriefingError(.invalidSlug(given), at: fields.location(of: fields.node("slug")!)) }
                slug = given
            }
        }
        let fileName = String(path.split(separator: "/").last ?? Substring(path))
        let baseName = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let resolvedSlug = slug ?? Slug.make(from: baseName)
        guard !resolvedSlug.isEmpty else {
            throw BriefingError(.invalidContent("the file name '\(fileName)' has no letters or digits to make a URL from. Rename it or add 'slug: …' to its front matter."), at: SourceLocation(path: path))
        }
        guard !Self.reservedSlugs.contains(resolvedSlug) else {
            throw BriefingError(.invalidContent("the page slug '\(resolvedSlug)' is used by the site itself. Rename the file or set another 'slug:'."), at: SourceLocation(path: path))
        }
        return Page(
            title: title ?? Self.firstHeading(in: document.body) ?? baseName,
            slug: resolvedSlug,
            body: document.body,
            bodyLine: document.bodyLine,
            path: path
        )
    }

    static func firstHeading(in body: String) -> String? {
        for line in body.split(separator: "\n") where line.hasPrefix("# ") {
            return line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
