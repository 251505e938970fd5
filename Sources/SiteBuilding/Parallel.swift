import Foundation

/// `transform` applied to every item, at most `jobs` at a time; the results come back in the items' order, so that
/// the output never depends on which task finished first.
///
/// `jobs` workers take the next item as each finishes one (long and short items balance out), so a pass over
/// thousands of items that are mostly cheap (a rebuild finding almost every brief unchanged) costs no task per item.
func mapInParallel<Item: Sendable, Output: Sendable>(
    _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Output
) async -> [Output] {
    let workers = min(max(1, jobs), items.count)
    guard workers > 1 else { return items.map(transform) }
    let slots = ResultSlots<Output>(count: items.count)
    await withTaskGroup(of: Void.self) { group in
        for _ in 0..<workers {
            group.addTask {
                while let index = slots.claimNext() {
                    slots.fill(index, with: transform(items[index]))
                }
            }
        }
    }
    return slots.results()
}

/// `transform` of each of `items`, in order, taking an item's output from `cached` when it has one: those are taken in
/// one pass on this thread (a rebuild finds nearly all of 10,000 items cached, and workers sharing those look-ups would
/// only contend for the same reference counts), and only the rest go to `jobs` workers.
func mapInParallel<Item: Sendable, Output: Sendable>(
    _ items: [Item], jobs: Int, cached: (Item) -> Output?, _ transform: @escaping @Sendable (Item) -> Output
) async -> [Output] {
    var outputs: [Output?] = []
    outputs.reserveCapacity(items.count)
    var missing: [Int] = []
    for (index, item) in items.enumerated() {
        let output = cached(item)
        if output == nil { missing.append(index) }
        outputs.append(output)
    }
    let made = await mapInParallel(missing.map { items[$0] }, jobs: jobs, transform)
    for (index, output) in zip(missing, made) { outputs[index] = output }
    return outputs.compactMap { $0 }
}

/// One slot per item for workers to fill, each taken by exactly one worker (`claimNext` hands every index out once),
/// read only after every worker has finished.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let count: Int
    private let slots: UnsafeMutablePointer<Output?>
    private let lock = NSLock()
    private var next = 0

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The next index no worker has taken, or nil when all are taken.
    func claimNext() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func fill(_ index: Int, with output: Output) {
        slots[index] = output
    }

    func results() -> [Output] {
        (0..<count).map { slots[$0]! }
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunks(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
