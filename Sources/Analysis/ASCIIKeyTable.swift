/// Keys → small integers, searched by the bytes of an ASCII text: a look-up hashes a few bytes and compares them
/// where a `[String: …]` look-up hashes with SipHash and compares Unicode strings. A `String` key equals an ASCII
/// text exactly when its canonical form is that text, so a key beyond ASCII is filed under its canonical ASCII
/// bytes when it has them (`WordClassTable.canonicalASCII`), and is left out when it has none: no ASCII text
/// equals it.
struct ASCIIKeyTable {
    private struct Slot {
        var hash: UInt64 = 0
        var offset = 0
        var length = 0
        /// -1 for an empty slot.
        var value = -1
    }

    private var slots: [Slot]
    private let mask: Int
    private var keyBytes: [UInt8] = []

    /// An empty table with room for `count` keys.
    init(capacity count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
    }

    /// A table of the keys of `dictionary` and their values.
    init<Key: StringProtocol>(_ dictionary: [Key: Int]) {
        self.init(capacity: dictionary.count)
        for (key, value) in dictionary { insert(key, value: value) }
    }

    /// Files `value` under `key`, which must not equal a key already filed; a non-negative value.
    mutating func insert<Key: StringProtocol>(_ key: Key, value: Int) {
        var text = String(key)
        let isASCII = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            insert(bytes: bytes, value: value)
            return true
        }
        guard !isASCII, let canonical = WordClassTable.canonicalASCII(text) else { return }
        canonical.withUnsafeBufferPointer { insert(bytes: $0, value: value) }
    }

    private mutating func insert(bytes: UnsafeBufferPointer<UInt8>, value: Int) {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].value >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, offset: keyBytes.count, length: bytes.count, value: value)
        keyBytes.append(contentsOf: bytes)
    }

    /// The value filed under the key equal to the ASCII text `key`, nil when there is none.
    func value(ofASCII key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                while true {
                    let entry = slots[slot]
                    if entry.value < 0 { return nil }
                    if entry.hash == hash, entry.length == key.count,
                       (0..<key.count).allSatisfy({ keyBytes[entry.offset + $0] == key[$0] }) {
                        return entry.value
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// FNV-1a of the bytes, mixed so that its low bits (the slot) vary with every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}
