/// What a template receives: the fields every page has, and the one page-kind field its template reads.
///
/// Templates see stored properties only; Templates/TEMPLATES.md lists them for theme authors.
public struct PageContext: Sendable, Hashable {
    public var site: SiteView
    /// The relative path from this page to the site root: `""` or `"../../"`.
    public var root: String
    public var homeURL: String
    public var stylesheetURL: String
    /// The Atom feed, relative to this page.
    public var feedURL: String
    /// The search page, relative to this page: the header's search form submits to it.
    public var searchURL: String
    /// The stylesheet itself, for pages that may be served at any depth (404.html).
    public var inlineStylesheet: String?
    public var pageTitle: String
    public var pageDescription: String?
    public var canonicalURL: String?
    /// Open Graph `<meta property>` tags.
    public var openGraph: [MetaProperty] = []
    /// schema.org JSON-LD, safe to write raw inside `<script type="application/ld+json">`; brief pages only.
    public var jsonLD: String?
    public var nav: [NavItem]
    public var generator = "Briefing"
    /// Previous and next pages of a listing; nil when the listing fits on one page.
    public var pagination: PaginationView?

    /// index.mustache: this page's briefs, newest first.
    public var briefs: [BriefCard]?
    /// brief.mustache: the brief.
    public var brief: BriefView?
    /// page.mustache: the page.
    public var page: PageView?
    /// entity.mustache: one person, organisation or place.
    public var entity: EntityPageView?
    /// entities.mustache: every entity by kind, A–Z.
    public var entityIndex: EntityIndexView?
    /// tag.mustache: one tag's briefs.
    public var tag: TagPageView?
    /// tags.mustache: every tag.
    public var tagIndex: TagIndexView?
    /// search.mustache: the search page's scripts.
    public var search: SearchView?
}

/// The site settings a template may show.
public struct SiteView: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var language: String
    public var author: String?
    public var baseURL: String?
}

/// A link in the site navigation.
public struct NavItem: Sendable, Hashable {
    public var title: String
    public var url: String
    public var isCurrent: Bool
}

/// A brief as a card on a listing page.
public struct BriefCard: Sendable, Hashable {
    public var title: String
    public var url: String
    public var date: String?
    public var dateDisplay: String?
    public var byline: String?
    public var source: String?
    public var keyPoints: [String]
    public var tags: [TagLink]
    /// The entities the brief mentions most, up to five.
    public var topEntities: [EntityLink]
}

/// A brief on its own page.
public struct BriefView: Sendable, Hashable {
    public var title: String
    public var slug: String
    public var date: String?
    public var dateDisplay: String?
    public var byline: String?
    public var source: String?
    public var sourceURL: String?
    public var tags: [TagLink]
    public var keyPoints: [String]
    /// The rendered Markdown body (HTML).
    public var bodyHTML: String
    public var markdownURL: String
    public var toc: [TocEntry]
    public var entityGroups: [EntityGroup]
}

/// A heading in a brief's table of contents.
public struct TocEntry: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String
}

/// One section of the entity sidebar.
public struct EntityGroup: Sendable, Hashable {
    public var title: String
    public var kind: String
    public var items: [EntityItem]
}

/// One entity in the sidebar.
public struct EntityItem: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var mentions: Int
    /// The entity's page.
    public var url: String
}

/// A plain page.
public struct PageView: Sendable, Hashable {
    public var title: String
    public var bodyHTML: String
}
