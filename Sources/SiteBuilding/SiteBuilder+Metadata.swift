import BriefingCore
import SiteModel

extension SiteBuilder {
    /// `feed.xml`, `robots.txt`, `search-index.json` and `.js`, and `sitemap.xml` when the site has a `base_url`;
    /// without one, a warning says what is left out.
    /// - Parameter pages: the paths of the pages written, for the sitemap.
    /// - Parameter samePages: whether `pages` are those of the last build.
    /// - Parameter changes: what changed since the build whose search index `cache` holds the pieces of; nil to make
    ///   the whole index.
    func metadataFiles(site: SiteIndex, config: SiteConfig, pages: [String], samePages: Bool, changes: SiteIndexChanges?, cache: inout BuildCache) throws -> (files: [OutputFile], warnings: [BriefingError]) {
        // The pieces are taken out of the cache, so that updating them copies nothing.
        var pieces = SearchIndexPieces()
        if cache.keepsRenderings { swap(&pieces, &cache.searchPieces) }
        let search = try SearchIndex.files(for: site, reusing: &pieces, redo: changes?.briefsToRedo, entitiesUnchanged: changes.map { !$0.entityListChanged } ?? false)
        if cache.keepsRenderings { cache.searchPieces = pieces }
        var files = [
            OutputFile(path: SitePaths.feed, text: AtomFeed(site: site, config: config).xml),
            OutputFile(path: SitePaths.robots, text: Sitemap.robots(baseURL: config.baseURL)),
            OutputFile(path: SitePaths.searchIndex, contents: search.json),
            OutputFile(path: SitePaths.searchIndexScript, contents: search.script),
        ]
        guard let base = config.baseURL else {
            return (files, [BriefingError(.baseURLMissing, at: SourceLocation(path: options.contentFolder + "/site.yml"), severity: .warning)])
        }
        // The sitemap lists its pages sorted: the same pages and dates, in any order, give the same XML. With the same
        // pages as the last build, only the changed briefs' dates can differ.
        if let kept = cache.sitemap, kept.baseURL == base, samePages, let changes,
           changes.changedBriefs.allSatisfy({ slug in kept.dates[SitePaths.brief(slug)] == site.brief(slug: slug)?.date?.iso }) {
            files.append(OutputFile(path: SitePaths.sitemap, text: kept.xml))
            return (files, [])
        }
        let dates = Dictionary(site.briefs.compactMap { brief in brief.date.map { (SitePaths.brief(brief.slug), $0.iso) } }, uniquingKeysWith: { first, _ in first })
        let xml: String
        if let kept = cache.sitemap, kept.baseURL == base, kept.dates == dates,
           samePages || (kept.paths.count == pages.count && pages.allSatisfy(kept.paths.contains)) {
            xml = kept.xml
        } else {
            let paths = pages.filter { $0.hasSuffix(".html") && $0 != SitePaths.notFound && $0 != SitePaths.search }
            xml = Sitemap(baseURL: base, entries: paths.map { Sitemap.Entry(path: $0, lastModified: dates[$0]) }).xml
            if cache.keepsRenderings { cache.sitemap = SitemapCache(baseURL: base, paths: Set(pages), dates: dates, xml: xml) }
        }
        files.append(OutputFile(path: SitePaths.sitemap, text: xml))
        return (files, [])
    }
}

extension BriefingError.Problem {
    static let baseURLMissing = Self.invalidSiteConfig(
        "'base_url' is not set, so sitemap.xml is not written and feed.xml has tag: ids and links relative to itself. Set base_url to the address the site is published at, such as https://example.org/briefing/."
    )
}

/// The last sitemap's pages and dates, with its XML.
struct SitemapCache: Sendable {
    var baseURL: String
    var paths: Set<String>
    var dates: [String: String]
    var xml: String
}
