import BriefingCore
import Foundation
import ContentLoading
import MarkdownRendering
import SiteModel

/// What one build keeps for the next, so that a rebuild (in `briefing serve`) redoes only what changed: the content
/// and theme read, each article's brief, each brief's HTML, each page's rendering, and what the output holds.
///
/// Keys are Swift hashes, seeded per process: a cache lives in memory, for one process.
public struct BuildCache: Sendable {
    var content: SiteContent?
    /// Articles as read, with their files' stamps.
    var articles = ArticleReadCache()
    var theme: Theme?
    /// The brief made from each article, by the article's path, with the article it was made from.
    var briefs: [String: CachedBrief] = [:]
    /// The briefs the last `briefing build` recorded in the output folder, by article path: consulted for an
    /// article the cache has no brief of, and only when the article's bytes are the ones recorded.
    var recorded: [String: RecordedBrief] = [:]
    /// Whether the cached briefs carry the whole story (`full_text`); a change invalidates them all.
    var fullText: Bool?
    /// Each brief's site-index entries, by the brief's path, with the brief they were made from.
    var entries: [String: (brief: Brief, entries: BriefEntries)] = [:]
    /// Each brief body's HTML, by the body's Markdown.
    var markdown: [String: RenderedMarkdown] = [:]
    /// Each page's HTML, by its output path, with the hash of the template and context it was rendered from.
    var pages: [String: RenderedPage] = [:]
    /// The digest of the bytes of every file in the output folder, by output path; empty before the first write.
    var written: [String: ContentDigest] = [:]

    /// Whether rendered pages and body HTML are kept for the next build; a one-off build does not keep them, so
    /// that each page is held once in memory.
    let keepsRenderings: Bool

    /// An empty cache; `keepingRenderings: false` for a build that will not be followed by another.
    public init(keepingRenderings: Bool = true) {
        keepsRenderings = keepingRenderings
    }
}

struct CachedBrief: Sendable {
    var article: Article
    var generated: GeneratedBrief
}

struct RenderedPage: Sendable {
    var key: Int
    /// The page's bytes, shared with the `OutputFile` written (not a second copy).
    var contents: Data
}

/// Which parts of a site changed since the last build.
public struct SiteChanges: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Articles, briefs, pages or `site.yml`.
    public static let content = SiteChanges(rawValue: 1 << 0)
    /// Templates or theme assets.
    public static let templates = SiteChanges(rawValue: 1 << 1)
    /// Files of `Content/static/`.
    public static let staticFiles = SiteChanges(rawValue: 1 << 2)
    public static let everything: SiteChanges = [.content, .templates, .staticFiles]
}
