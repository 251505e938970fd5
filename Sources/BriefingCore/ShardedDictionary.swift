/// A dictionary kept as many small dictionaries (shards, by the key's hash), so that changing one entry of a copy
/// copies one shard instead of every entry.
///
/// A rebuild copies its cache (so that a failed build leaves the cache as it was) and changes a few entries of
/// dictionaries holding one entry per brief or per output file: a plain `Dictionary` would copy, retain and later
/// release tens of thousands of entries for each edit. Order of iteration is unspecified, as for `Dictionary`.
public struct ShardedDictionary<Key: Hashable, Value>: Sequence {
    @usableFromInline static var shardCount: Int { 64 }
    @usableFromInline var shards: [[Key: Value]]
    @usableFromInline var storedCount = 0

    @inlinable
    public var count: Int { storedCount }

    // Inlinable, so that each user is specialised for its key and value types (generic code across modules is not).
    @inlinable
    public init() {
        shards = Array(repeating: [:], count: Self.shardCount)
    }

    /// The dictionary holding `pairs`, the first value of a key kept.
    @inlinable
    public init(_ pairs: some Sequence<(Key, Value)>) {
        self.init()
        for (key, value) in pairs where self[key] == nil { self[key] = value }
    }

    @inlinable
    static func shard(of key: Key) -> Int {
        Int(UInt(bitPattern: key.hashValue) % UInt(shardCount))
    }

    @inlinable
    public var isEmpty: Bool { storedCount == 0 }

    @inlinable
    public subscript(key: Key) -> Value? {
        get { shards[Self.shard(of: key)][key] }
        set { updateValue(newValue, forKey: key) }
    }

    /// Sets (or with nil removes) the value of `key`; returns the value it had.
    @inlinable @discardableResult
    public mutating func updateValue(_ value: Value?, forKey key: Key) -> Value? {
        let shard = Self.shard(of: key)
        let old: Value?
        if let value {
            old = shards[shard].updateValue(value, forKey: key)
            if old == nil { storedCount += 1 }
        } else {
            old = shards[shard].removeValue(forKey: key)
            if old != nil { storedCount -= 1 }
        }
        return old
    }

    /// The entries that satisfy `isIncluded`.
    @inlinable
    public func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> Self {
        var kept = Self()
        kept.shards = try shards.map { try $0.filter(isIncluded) }
        kept.storedCount = kept.shards.reduce(0) { $0 + $1.count }
        return kept
    }

    @inlinable
    public var keys: [Key] { shards.flatMap(\.keys) }

    @inlinable
    public func makeIterator() -> FlattenSequence<[[Key: Value]]>.Iterator {
        shards.joined().makeIterator()
    }
}

extension ShardedDictionary: Sendable where Key: Sendable, Value: Sendable {}

extension ShardedDictionary: ExpressibleByDictionaryLiteral {
    @inlinable
    public init(dictionaryLiteral elements: (Key, Value)...) {
        self.init(elements)
    }
}
