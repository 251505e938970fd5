/// What a template receives: the fields every page has, and the one page-kind field its template reads.
///
/// Templates see stored properties only; Templates/TEMPLATES.md lists them for theme authors.
public struct PageContext: Sendable {
    public var site: SiteView
    /// The relative path from this page to the site root: `""` or `"../../"`.
    public var root: String
    public var homeURL: String
    public var stylesheetURL: String
    /// The stylesheet itself, for pages that may be served at any depth (404.html).
    public var inlineStylesheet: String?
    public var pageTitle: String
    public var pageDescription: String?
    public var canonicalURL: String?
    public var nav: [NavItem]
    public var generator = "Briefing"

    /// index.mustache: the briefs, newest first.
    public var briefs: [BriefCard]?
    /// brief.mustache: the brief.
    public var brief: BriefView?
    /// page.mustache: the page.
    public var page: PageView?
}

/// The site settings a template may show.
public struct SiteView: Sendable {
    public var title: String
    public var description: String?
    public var language: String
    public var author: String?
    public var baseURL: String?
}

/// A link in the site navigation.
public struct NavItem: Sendable {
    public var title: String
    public var url: String
    public var isCurrent: Bool
}

/// A brief as a card on a listing page.
public struct BriefCard: Sendable {
    public var title: String
    public var url: String
    public var date: String?
    public var dateDisplay: String?
    public var byline: String?
    public var source: String?
    public var keyPoints: [String]
    public var tags: [String]
    public var topEntities: [String]
}

/// A brief on its own page.
public struct BriefView: Sendable {
    public var title: String
    public var slug: String
    public var date: String?
    public var dateDisplay: String?
    public var byline: String?
    public var source: String?
    public var sourceURL: String?
    public var tags: [String]
    public var keyPoints: [String]
    /// The rendered Markdown body (HTML).
    public var bodyHTML: String
    public var markdownURL: String
    public var toc: [TocEntry]
    public var entityGroups: [EntityGroup]
}

/// A heading in a brief's table of contents.
public struct TocEntry: Sendable {
    public var level: Int
    public var id: String
    public var text: String
}

/// One section of the entity sidebar.
public struct EntityGroup: Sendable {
    public var title: String
    public var kind: String
    public var items: [EntityItem]
}

/// One entity in the sidebar.
public struct EntityItem: Sendable {
    public var name: String
    public var role: String?
    public var mentions: Int
}

/// A plain page.
public struct PageView: Sendable {
    public var title: String
    public var bodyHTML: String
}
