@testable import SiteBuilding
import Testing

struct ParallelTests {
    @Test(arguments: [1, 3, 64])
    func `results come back in the items' order whatever the number of jobs`(_ jobs: Int) async {
        let items = Array(0..<50)
        let results = await mapInParallel(items, jobs: jobs) { $0 * $0 }
        #expect(results == items.map { $0 * $0 })
    }

    @Test func `no items give no results`() async {
        #expect(await mapInParallel([Int](), jobs: 4) { $0 }.isEmpty)
    }

    @Test func `items of very different cost all come back once, in order`() async {
        let items = (0..<2_000).map { $0 % 7 == 0 ? 20_000 : 1 }
        let results = await mapInParallel(items, jobs: 4) { cost in (0..<cost).reduce(0) { $0 &+ $1 } }
        #expect(results == items.map { cost in (0..<cost).reduce(0) { $0 &+ $1 } })
    }
}
