/// Splits a list into pages of `pageSize` items: always at least one page, the last one possibly shorter.
public struct Pagination: Sendable, Equatable {
    public let itemCount: Int
    public let pageSize: Int

    public init(itemCount: Int, pageSize: Int) {
        self.itemCount = max(0, itemCount)
        self.pageSize = max(1, pageSize)
    }

    /// How many pages the items fill; 1 when there are none.
    public var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    /// The item positions on page `number` (1-based).
    public func range(ofPage number: Int) -> Range<Int> {
        let start = min(itemCount, (number - 1) * pageSize)
        return start..<min(itemCount, start + pageSize)
    }

    /// The items of each page, in order.
    public func pages<Item>(of items: [Item]) -> [[Item]] {
        (1...pageCount).map { Array(items[range(ofPage: $0)]) }
    }
}
