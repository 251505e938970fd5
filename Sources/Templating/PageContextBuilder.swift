import BriefingCore
import MarkdownRendering

/// Builds the context of each kind of page, with links relative to where the page is written.
public struct PageContextBuilder: Sendable {
    public let config: SiteConfig
    /// The site's pages, for the navigation.
    public let pages: [Page]

    public init(config: SiteConfig, pages: [Page]) {
        self.config = config
        self.pages = pages
    }

    /// Where a brief is written, relative to the output folder.
    public static func briefPath(_ slug: String) -> String { "briefs/\(slug)/index.html" }
    /// Where a page is written, relative to the output folder.
    public static func pagePath(_ slug: String) -> String { "\(slug)/index.html" }

    /// The home page, listing `briefs` in the order given.
    public func index(of briefs: [Brief]) -> PageContext {
        var context = common(root: "", title: config.title, current: "index.html")
        context.pageDescription = config.description
        context.canonicalURL = config.baseURL
        context.briefs = briefs.map(card)
        return context
    }

    /// A brief's own page.
    public func page(for brief: Brief, rendered: RenderedMarkdown) -> PageContext {
        var context = common(root: "../../", title: "\(brief.title) – \(config.title)", current: nil)
        context.pageDescription = brief.keyPoints.first
        context.canonicalURL = config.baseURL.map { $0 + "briefs/\(brief.slug)/" }
        context.brief = BriefView(
            title: brief.title,
            slug: brief.slug,
            date: brief.date?.iso,
            dateDisplay: brief.date?.display,
            byline: brief.byline,
            source: brief.source,
            sourceURL: brief.sourceURL,
            tags: brief.tags,
            keyPoints: brief.keyPoints,
            bodyHTML: rendered.html,
            markdownURL: "brief.md",
            toc: rendered.headings.map { TocEntry(level: $0.level, id: $0.id, text: $0.text) },
            entityGroups: entityGroups(of: brief.entities)
        )
        return context
    }

    /// A plain page.
    public func page(for page: Page, rendered: RenderedMarkdown) -> PageContext {
        var context = common(root: "../", title: "\(page.title) – \(config.title)", current: Self.pagePath(page.slug))
        context.canonicalURL = config.baseURL.map { $0 + "\(page.slug)/" }
        context.page = PageView(title: page.title, bodyHTML: rendered.html)
        return context
    }

    /// The not-found page, which a host may serve at any depth: its stylesheet is inlined and its links are absolute
    /// when the site has a `base_url`.
    public func notFound(stylesheet: String?) -> PageContext {
        var context = common(root: "", title: "Page not found – \(config.title)", current: nil)
        if let base = config.baseURL {
            context = common(root: base, title: context.pageTitle, current: nil)
        }
        context.inlineStylesheet = stylesheet
        return context
    }

    func common(root: String, title: String, current: String?) -> PageContext {
        let nav = [NavItem(title: "Latest", url: root + "index.html", isCurrent: current == "index.html")]
            + pages.map { page in
                let path = Self.pagePath(page.slug)
                return NavItem(title: page.title, url: root + path, isCurrent: current == path)
            }
        return PageContext(
            site: SiteView(title: config.title, description: config.description, language: config.language, author: config.author, baseURL: config.baseURL),
            root: root,
            homeURL: root + "index.html",
            stylesheetURL: root + "assets/style.css",
            pageTitle: title,
            nav: nav
        )
    }

    func card(_ brief: Brief) -> BriefCard {
        let entities = brief.entities
        let top = (entities.people + entities.organizations + entities.places)
            .enumerated()
            .sorted { ($0.element.mentions, -$0.offset) > ($1.element.mentions, -$1.offset) }
            .prefix(5)
            .map(\.element.name)
        return BriefCard(
            title: brief.title,
            url: Self.briefPath(brief.slug),
            date: brief.date?.iso,
            dateDisplay: brief.date?.display,
            byline: brief.byline,
            source: brief.source,
            keyPoints: brief.keyPoints,
            tags: brief.tags,
            topEntities: Array(top)
        )
    }

    func entityGroups(of entities: BriefEntities) -> [EntityGroup] {
        let groups = [("People", "people", entities.people), ("Organisations", "organizations", entities.organizations), ("Places", "places", entities.places)]
        return groups.compactMap { title, kind, list in
            list.isEmpty ? nil : EntityGroup(title: title, kind: kind, items: list.map { EntityItem(name: $0.name, role: $0.role, mentions: $0.mentions) })
        }
    }
}
