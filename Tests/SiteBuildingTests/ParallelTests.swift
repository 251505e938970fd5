import Foundation
@testable import SiteBuilding
import Testing

struct ParallelTests {
    @Test(arguments: [1, 3, 64])
    func `results come back in the items' order whatever the number of jobs`(_ jobs: Int) async {
        let items = Array(0..<50)
        let results = await mapInParallel(items, jobs: jobs) { $0 * $0 }
        #expect(results == items.map { $0 * $0 })
    }

    @Test func `cached outputs are taken as they are and only the other items are transformed, in order`() async {
        final class Calls: @unchecked Sendable {
            let lock = NSLock()
            var items: [Int] = []
        }
        let calls = Calls()
        let results = await mapInParallel(Array(0..<100), jobs: 3, cached: { $0 % 3 == 0 ? -$0 : nil }) { item in
            calls.lock.withLock { calls.items.append(item) }
            return item * 2
        }
        #expect(results == (0..<100).map { $0 % 3 == 0 ? -$0 : $0 * 2 })
        #expect(calls.items.sorted() == (0..<100).filter { $0 % 3 != 0 })
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
