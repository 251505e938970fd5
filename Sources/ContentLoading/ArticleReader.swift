import BriefingCore
import Foundation

/// Reads an article file of any supported format (`.txt`, `.md`, `.html`/`.htm`) into an `Article`.
///
/// Every format gives the same kind of value: title, standfirst, byline, date, source, address, tags, the
/// story in sections, and the lines set aside as boilerplate (read-also links, prompts, captions, credits,
/// the writer's biography, a page's navigation).
public struct ArticleReader: Sendable {
    /// The file extensions read as articles.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    public init() {}

    /// The article at `path`, with warnings about what was repaired (a Windows-1252 file read as such, say).
    /// - Throws: `BriefingError` naming the file (and line where there is one) when it cannot be read as an article.
    public func article(at path: String) throws -> (article: Article, warnings: [BriefingError]) {
        let read = try reading(at: path)
        return (read.article, read.warnings)
    }

    /// The article at `path` as `article(at:)` reads it, with the digest of the very bytes it was read from.
    func reading(at path: String) throws -> (article: Article, warnings: [BriefingError], digest: ContentDigest) {
        let bytes = try bytes(at: path)
        let digest = bytes.withUnsafeBytes { ContentDigest(of: $0) }
        let read = try article(from: bytes, path: path)
        return (read.article, read.warnings, digest)
    }

    /// The article in `bytes`, read as `article(at:)` reads the file at `path`, whose extension chooses the format;
    /// for callers that already hold the bytes, such as the fuzz targets in Fuzz/.
    /// - Throws: `BriefingError` naming `path` (and line where there is one) when the bytes cannot be read as an article.
    public func article(from bytes: [UInt8], path: String) throws -> (article: Article, warnings: [BriefingError]) {
        let (text, warnings) = try TextDecoding.text(from: bytes, path: path)
        let draft: ArticleDraft
        switch Self.fileExtension(of: path) {
        case "md", "markdown":
            draft = try MarkdownArticleReader().draft(from: text, path: path)
        case "html", "htm":
            draft = try HTMLArticleReader().draft(from: text, path: path)
        case "txt":
            draft = try PlainTextArticleReader().draft(from: text, path: path)
        default:
            throw BriefingError(.notAnArticleFile, at: SourceLocation(path: path))
        }
        return (try draft.article(at: path), warnings)
    }

    func bytes(at path: String) throws -> [UInt8] {
        if let size = FileBytes.linkSize(at: path), size <= TextFileReader.maximumSize, let bytes = FileBytes.contents(at: path) {
            return bytes
        }
        // Foundation again, for the same checks and the error it describes.
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > TextFileReader.maximumSize {
                throw BriefingError(.articleTooLarge(size: size), at: SourceLocation(path: path))
            }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch let error as BriefingError {
            throw error
        } catch {
            throw BriefingError(.unreadableFile("the file cannot be read. Check that it exists and that you may read it."), at: SourceLocation(path: path), underlying: (error as NSError).localizedDescription)
        }
    }

    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

extension BriefingError.Problem {
    static let notAnArticleFile = Self.invalidContent(
        "this is not an article file. Articles are .txt, .md or .html files; rename it or move it out of the articles folder."
    )

    static func articleTooLarge(size: Int) -> Self {
        .unreadableFile("the file is \(size / 1_048_576) MiB, more than the \(TextFileReader.maximumSize / 1_048_576) MiB an article may have. Split it or remove it.")
    }
}
