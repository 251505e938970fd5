import BriefingCore
import Foundation
import ContentLoading
import MarkdownRendering
import SiteModel
import Templating

/// What one build keeps for the next, so that a rebuild (in `briefing serve`) redoes only what changed: the content
/// and theme read, each article's brief, each brief's HTML, the last site index, and what the output holds.
///
/// Keys are Swift hashes, seeded per process: a cache lives in memory, for one process.
public struct BuildCache: Sendable {
    var content: SiteContent?
    /// Articles as read, with their files' stamps.
    var articles = ArticleReadCache()
    var theme: Theme?
    /// The brief made from each article, by the article's path, with the article it was made from.
    var briefs = ShardedDictionary<String, CachedBrief>()
    /// The briefs the last `briefing build` recorded in the output folder, by article path: consulted for an
    /// article the cache has no brief of, and only when the article's bytes are the ones recorded.
    var recorded: [String: RecordedBrief] = [:]
    /// Whether the cached briefs carry the whole story (`full_text`); a change invalidates them all.
    var fullText: Bool?
    /// Each brief's site-index entries, by the brief's path, with the brief they were made from.
    var entries = ShardedDictionary<String, (brief: Brief, entries: BriefEntries)>()
    /// Each brief body's HTML, by the brief's path, with the Markdown it was rendered from.
    var markdown = ShardedDictionary<String, RenderedBody>()
    /// The page contexts of the last build: its site index and its briefs' cards, which the next build compares its
    /// index with to make only the pages that changed.
    var contexts: PageContextBuilder?
    /// The JSON of each brief and entity in the last search index.
    var searchPieces = SearchIndexPieces()
    /// The last sitemap, with its XML.
    var sitemap: SitemapCache?
    /// The settings, navigation and templates the last build's pages were made with (`SiteBuilder.pageSetup`).
    var setup: Int?
    /// The paths of the pages the last build made or kept, and the files it copied.
    var outputs: (paths: [String], copies: [StaticFile])?
    /// The digest of the bytes of every file in the output folder, by output path; empty before the first write.
    var written = ShardedDictionary<String, ContentDigest>()

    /// Whether body HTML and the site index are kept for the next build; a one-off build does not keep them.
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
