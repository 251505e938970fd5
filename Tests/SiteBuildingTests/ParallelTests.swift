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
}
