import BriefingCore
import MarkdownRendering
import SiteModel

/// Builds the context of each kind of page, with links relative to where the page is written.
public struct PageContextBuilder: Sendable {
    public let config: SiteConfig
    /// The site's pages, for the navigation.
    public let pages: [Page]
    /// The briefs and what joins them: entities, quotes, tags.
    public let site: SiteIndex
    let renderer = CommonMarkRenderer()
    /// Each brief's card as the site root shows it, by slug: a brief is listed on many pages.
    private var rootCards = ShardedDictionary<String, BriefCard>()

    public init(config: SiteConfig, pages: [Page], site: SiteIndex = SiteIndex()) {
        self.init(config: config, pages: pages, site: site, reusingCardsOf: nil, except: [])
    }

    /// A builder that takes the briefs' cards from `previous` (made for the same settings, over the last build's index)
    /// except for the briefs in `changed`, whose cards are made again.
    public init(config: SiteConfig, pages: [Page], site: SiteIndex, reusingCardsOf previous: PageContextBuilder?, except changed: Set<String>) {
        self.config = config
        self.pages = pages
        self.site = site
        if let previous, previous.rootCards.count == site.briefs.count, changed.allSatisfy({ previous.rootCards[$0] != nil }) {
            // The same briefs as before (at most some changed): only the changed ones' cards are made.
            rootCards = previous.rootCards
            for slug in changed {
                if let brief = site.brief(slug: slug) { rootCards[slug] = makeCard(brief, root: "") }
            }
            if rootCards.count == site.briefs.count { return }
        }
        rootCards = [:]
        for brief in site.briefs {
            if let previous, !changed.contains(brief.slug), let card = previous.rootCards[brief.slug] {
                rootCards[brief.slug] = card
            } else {
                rootCards[brief.slug] = makeCard(brief, root: "")
            }
        }
    }

    /// Where a brief is written, relative to the output folder.
    public static func briefPath(_ slug: String) -> String { SitePaths.brief(slug) }
    /// Where a page is written, relative to the output folder.
    public static func pagePath(_ slug: String) -> String { SitePaths.page(slug) }

    /// A brief's own page.
    public func page(for brief: Brief, rendered: RenderedMarkdown) -> PageContext {
        let path = SitePaths.brief(brief.slug)
        var context = common(path: path, title: "\(brief.title) – \(config.title)", current: nil)
        context.pageDescription = brief.keyPoints.first
        context.openGraph = openGraph(title: brief.title, description: brief.keyPoints.first, url: context.canonicalURL, brief: brief)
        context.jsonLD = NewsArticleData(brief: brief, site: site, config: config, url: context.canonicalURL).scriptJSON
        context.brief = BriefView(
            title: brief.title,
            slug: brief.slug,
            date: brief.date?.iso,
            dateDisplay: brief.date?.display,
            byline: brief.byline,
            source: brief.source,
            sourceURL: brief.sourceURL,
            tags: tagLinks(brief.tags, root: context.root),
            keyPoints: brief.keyPoints,
            bodyHTML: linkingNames(in: linkingSpeakers(in: rendered.html, of: brief, root: context.root), of: brief, root: context.root),
            markdownURL: "brief.md",
            toc: rendered.headings.map { TocEntry(level: $0.level, id: $0.id, text: $0.text) },
            entityGroups: entityGroups(of: brief.entities, root: context.root)
        )
        return context
    }

    /// A plain page.
    public func page(for page: Page, rendered: RenderedMarkdown) -> PageContext {
        let path = SitePaths.page(page.slug)
        var context = common(path: path, title: "\(page.title) – \(config.title)", current: path)
        context.openGraph = openGraph(title: page.title, description: nil, url: context.canonicalURL)
        context.page = PageView(title: page.title, bodyHTML: rendered.html)
        return context
    }

    /// The not-found page, which a host may serve at any depth: its stylesheet is inlined and its links are absolute
    /// when the site has a `base_url`.
    public func notFound(stylesheet: String?) -> PageContext {
        var context = common(path: SitePaths.notFound, title: "Page not found – \(config.title)", current: nil)
        if let base = config.baseURL {
            context = common(path: SitePaths.notFound, root: base, title: context.pageTitle, current: nil)
        }
        context.canonicalURL = nil
        context.inlineStylesheet = stylesheet
        return context
    }

    /// The fields every page has, for the page written at `path` (relative to the output folder).
    func common(path: String, root: String? = nil, title: String, current: String?) -> PageContext {
        let root = root ?? SitePaths.root(of: path)
        let nav = [
            NavItem(title: "Latest", url: root + SitePaths.home, isCurrent: current == SitePaths.home),
            NavItem(title: "Who and where", url: root + SitePaths.entities, isCurrent: current == SitePaths.entities),
            NavItem(title: "Tags", url: root + SitePaths.tags, isCurrent: current == SitePaths.tags),
        ] + pages.map { page in
            let pagePath = SitePaths.page(page.slug)
            return NavItem(title: page.title, url: root + pagePath, isCurrent: current == pagePath)
        }
        return PageContext(
            site: SiteView(title: config.title, description: config.description, language: config.language, author: config.author, baseURL: config.baseURL),
            root: root,
            homeURL: root + SitePaths.home,
            stylesheetURL: root + SitePaths.stylesheet,
            feedURL: root + SitePaths.feed,
            searchURL: root + SitePaths.search,
            pageTitle: title,
            canonicalURL: config.baseURL.map { $0 + SitePaths.address(of: path) },
            nav: nav
        )
    }

    /// How many key points a card shows; the brief's page has them all.
    static let cardKeyPoints = 3

    /// A brief as a card, linked from a page whose root is `root`.
    func card(_ brief: Brief, root: String) -> BriefCard {
        guard var card = rootCards[brief.slug], site.brief(slug: brief.slug) == brief else { return makeCard(brief, root: root) }
        guard !root.isEmpty else { return card }
        card.url = root + card.url
        for index in card.tags.indices { card.tags[index].url = root + card.tags[index].url }
        for index in card.topEntities.indices { card.topEntities[index].url = root + card.topEntities[index].url }
        return card
    }

    func makeCard(_ brief: Brief, root: String) -> BriefCard {
        BriefCard(
            title: brief.title,
            url: root + SitePaths.brief(brief.slug),
            date: brief.date?.iso,
            dateDisplay: brief.date?.display,
            byline: brief.byline,
            source: brief.source,
            keyPoints: Array(brief.keyPoints.prefix(Self.cardKeyPoints)),
            tags: tagLinks(brief.tags, root: root),
            topEntities: topEntities(of: brief, limit: 5).map { EntityLink(name: $0.name, url: root + SitePaths.entity($0.slug), kind: $0.kind.rawValue) }
        )
    }

    /// The site entities a brief mentions most, most mentions first, then in sidebar order; each entity once.
    func topEntities(of brief: Brief, limit: Int) -> [SiteEntity] {
        let entities = brief.entities
        let listed: [(EntityKind, BriefEntity)] = entities.people.map { (.person, $0) }
            + entities.organizations.map { (.organization, $0) } + entities.places.map { (.place, $0) }
        var seen = Set<String>()
        return listed.enumerated()
            .sorted { ($0.element.1.mentions, -$0.offset) > ($1.element.1.mentions, -$1.offset) }
            .compactMap { site.entity(named: $0.element.1.name, kind: $0.element.0) }
            .filter { seen.insert($0.slug).inserted }
            .prefix(limit)
            .map { $0 }
    }

    /// Links to the pages of a brief's tags, each tag once.
    func tagLinks(_ tags: [String], root: String) -> [TagLink] {
        var seen = Set<String>()
        return tags.compactMap { site.tag(named: $0) }
            .filter { seen.insert($0.slug).inserted }
            .map { TagLink(name: $0.name, url: root + SitePaths.tag($0.slug)) }
    }

    func entityGroups(of entities: BriefEntities, root: String) -> [EntityGroup] {
        let groups: [(EntityKind, [BriefEntity])] = [(.person, entities.people), (.organization, entities.organizations), (.place, entities.places)]
        return groups.compactMap { kind, list in
            let items = list.compactMap { entity -> EntityItem? in
                guard let page = site.entity(named: entity.name, kind: kind) else { return nil }
                return EntityItem(name: entity.name, role: entity.role, mentions: entity.mentions, url: root + SitePaths.entity(page.slug))
            }
            return items.isEmpty ? nil : EntityGroup(title: kind.pluralTitle, kind: kind.groupKey, items: items)
        }
    }
}
