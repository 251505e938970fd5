import SiteModel
import Testing

struct PaginationTests {
    @Test(arguments: [(0, 20, 1), (1, 20, 1), (20, 20, 1), (21, 20, 2), (45, 10, 5), (3, 1, 3)])
    func `items fill whole pages, then a shorter last one`(items: Int, size: Int, pages: Int) {
        let pagination = Pagination(itemCount: items, pageSize: size)
        #expect(pagination.pageCount == pages)
        let split = pagination.pages(of: Array(0..<items))
        #expect(split.count == pages)
        #expect(split.flatMap { $0 } == Array(0..<items))
        #expect(split.dropLast().allSatisfy { $0.count == size })
    }

    @Test func `listing pages after the first live under page slash number`() {
        #expect(SitePaths.listing("index.html", page: 1) == "index.html")
        #expect(SitePaths.listing("index.html", page: 2) == "page/2/index.html")
        #expect(SitePaths.listing("tags/ukraine/index.html", page: 3) == "tags/ukraine/page/3/index.html")
        #expect(SitePaths.root(of: "tags/ukraine/page/3/index.html") == "../../../../")
        #expect(SitePaths.root(of: "index.html") == "")
        #expect(SitePaths.address(of: "briefs/a/index.html") == "briefs/a/")
        #expect(SitePaths.address(of: "index.html") == "")
    }
}
