/// `transform` applied to every item, at most `jobs` at a time; the results come back in the items' order, so that
/// the output never depends on which task finished first.
func mapInParallel<Item: Sendable, Output: Sendable>(
    _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
) async -> [Output] {
    await withTaskGroup(of: (Int, Output).self) { group in
        var results = [Output?](repeating: nil, count: items.count)
        var next = 0
        func startNext() {
            let index = next
            group.addTask { (index, transform(items[index])) }
            next += 1
        }
        while next < min(max(1, jobs), items.count) { startNext() }
        while let (index, result) = await group.next() {
            results[index] = result
            if next < items.count { startNext() }
        }
        return results.map { $0! }
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunks(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
