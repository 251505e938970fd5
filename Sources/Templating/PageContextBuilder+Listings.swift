import BriefingCore
import SiteModel

extension PageContextBuilder {
    /// The home page and the pages after it: every brief, newest first, `page_size` a page.
    public func homePages(only numbers: Set<Int>? = nil) -> [PageToRender] {
        paginate(site.briefs, first: SitePaths.home, only: numbers) { number, total, path, briefs in
            let title = number == 1 ? config.title : "Latest briefs, page \(number) of \(total) – \(config.title)"
            var context = common(path: path, title: title, current: number == 1 ? SitePaths.home : nil)
            context.pageDescription = config.description
            context.openGraph = openGraph(title: config.title, description: config.description, url: context.canonicalURL)
            context.briefs = briefs.map { card($0, root: context.root) }
            return PageToRender(path: path, template: "index", context: context)
        }
    }

    /// The pages of one tag: its briefs, newest first, `page_size` a page.
    /// Only the pages numbered in `numbers` are made, when given.
    public func tagPages(_ tag: SiteTag, only numbers: Set<Int>? = nil) -> [PageToRender] {
        let briefs = tag.briefSlugs.compactMap { site.brief(slug: $0) }
        return paginate(briefs, first: SitePaths.tag(tag.slug), only: numbers) { number, total, path, briefs in
            let suffix = number == 1 ? "" : ", page \(number) of \(total)"
            var context = common(path: path, title: "Tag: \(tag.name)\(suffix) – \(config.title)", current: nil)
            context.pageDescription = "Briefs tagged \(tag.name)."
            context.openGraph = openGraph(title: "Tag: \(tag.name)", description: context.pageDescription, url: context.canonicalURL)
            context.tag = TagPageView(
                name: tag.name, slug: tag.slug, count: tag.briefSlugs.count, countLabel: Self.count(tag.briefSlugs.count, "brief"),
                briefs: briefs.map { card($0, root: context.root) }, indexURL: context.root + SitePaths.tags
            )
            return PageToRender(path: path, template: "tag", context: context)
        }
    }

    /// Every tag, A–Z, with how many briefs have it.
    public func tagIndex() -> PageToRender {
        let path = SitePaths.tags
        var context = common(path: path, title: "Tags – \(config.title)", current: path)
        context.pageDescription = "Every tag of \(config.title), A–Z."
        context.openGraph = openGraph(title: "Tags", description: context.pageDescription, url: context.canonicalURL)
        context.tagIndex = TagIndexView(tags: site.tags.map { tag in
            TagIndexView.Item(name: tag.name, url: context.root + SitePaths.tag(tag.slug), count: tag.briefSlugs.count, countLabel: Self.count(tag.briefSlugs.count, "brief"))
        })
        return PageToRender(path: path, template: "tags", context: context)
    }

    /// The search page; the search itself runs in the browser.
    public func searchPage() -> PageToRender {
        let path = SitePaths.search
        var context = common(path: path, title: "Search – \(config.title)", current: nil)
        context.pageDescription = "Search the briefs of \(config.title) by words, people, organisations and places."
        context.openGraph = openGraph(title: "Search", description: context.pageDescription, url: context.canonicalURL)
        context.search = SearchView(
            indexScriptURL: context.root + SitePaths.searchIndexScript,
            scriptURL: context.root + SitePaths.searchScript,
            resultRoot: context.root,
            entitiesURL: context.root + SitePaths.entities,
            tagsURL: context.root + SitePaths.tags
        )
        return PageToRender(path: path, template: "search", context: context)
    }

    /// `items` in pages of `page_size`, the first written at `first` and the others at `…/page/N/index.html`, each
    /// made by `make(number, total, path, items)` and given its previous and next links.
    /// Only the pages numbered in `numbers` are made, when given.
    func paginate<Item>(_ items: [Item], first: String, only numbers: Set<Int>? = nil, _ make: (Int, Int, String, [Item]) -> PageToRender) -> [PageToRender] {
        let pagination = Pagination(itemCount: items.count, pageSize: config.pageSize)
        let total = pagination.pageCount
        return (1...total).filter { numbers?.contains($0) ?? true }.map { number in
            let pageItems = Array(items[pagination.range(ofPage: number)])
            let path = SitePaths.listing(first, page: number)
            var page = make(number, total, path, pageItems)
            if total > 1 {
                let root = SitePaths.root(of: path)
                page.context.pagination = PaginationView(
                    current: number,
                    total: total,
                    previousURL: number > 1 ? root + SitePaths.listing(first, page: number - 1) : nil,
                    nextURL: number < total ? root + SitePaths.listing(first, page: number + 1) : nil,
                    label: "Page \(number) of \(total)"
                )
            }
            return page
        }
    }

    /// The paths of the pages `paginate` writes for `count` items from `first`, in order.
    public func listingPaths(first: String, count: Int) -> [String] {
        (1...Pagination(itemCount: count, pageSize: config.pageSize).pageCount).map { SitePaths.listing(first, page: $0) }
    }

    /// `1 brief`, `3 briefs`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
