/// The lexicon's word classes for ASCII words, in an open-addressing table keyed by their bytes: a look-up hashes a
/// few bytes and reads one slot, which holds a key of up to eight bytes itself, where a `[String: …]` look-up hashes
/// with SipHash and compares Unicode strings held elsewhere.
struct WordClassTable: Sendable {
    private struct Slot: Sendable {
        /// A key of up to eight bytes, packed; a longer key's offset in `longKeys`.
        var word: UInt64 = 0
        /// The classes (low 32 bits), the key's length (next 8, zero for an empty slot) and 24 bits of its hash.
        var meta: UInt64 = 0
    }

    private var slots: [Slot]
    private let mask: Int
    private var longKeys: [UInt8] = []

    /// A table of the keys of `wordClasses` that are ASCII, or whose canonical form is: a Unicode key equal to an
    /// ASCII word (a Kelvin sign for a K) is found by that word's bytes, as `String` equality would find it. Keys
    /// longer than 255 bytes are left to the dictionary, as are look-ups of such words.
    init(_ wordClasses: [String: Lexicon.WordClasses]) {
        var capacity = 16
        while capacity < wordClasses.count + wordClasses.count / 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        mask = capacity - 1
        for (key, wordClass) in wordClasses {
            var contiguous = key
            let isASCII = contiguous.withUTF8 { utf8 in
                guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
                if !utf8.isEmpty, utf8.count <= 255 { insert(utf8, wordClass) }
                return true
            }
            guard !isASCII, let utf8 = Self.canonicalASCII(key), !utf8.isEmpty, utf8.count <= 255 else { continue }
            utf8.withUnsafeBufferPointer { insert($0, wordClass) }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ wordClass: Lexicon.WordClasses) {
        let (hash, packed) = Self.hashAndPack(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].meta != 0 { slot = (slot + 1) & mask }
        var word = packed
        if key.count > 8 {
            word = UInt64(longKeys.count)
            longKeys.append(contentsOf: key)
        }
        slots[slot] = Slot(word: word, meta: Self.meta(hash: hash, length: key.count) | UInt64(wordClass.rawValue))
    }

    /// The classes of the ASCII word `key`, empty when it is no key; nil when the table cannot tell: `key` is not
    /// ASCII, empty or longer than 255 bytes.
    func classes(ofASCII key: UnsafeBufferPointer<UInt8>) -> Lexicon.WordClasses? {
        guard !key.isEmpty, key.count <= 255 else { return nil }
        var any: UInt8 = 0
        for byte in key { any |= byte }
        guard any < 0x80 else { return nil }
        let (hash, packed) = Self.hashAndPack(key)
        let expected = Self.meta(hash: hash, length: key.count)
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry.meta == 0 { return [] }
                if entry.meta & 0xFFFF_FFFF_0000_0000 == expected {
                    if key.count <= 8 {
                        if entry.word == packed { return Lexicon.WordClasses(rawValue: UInt32(truncatingIfNeeded: entry.meta)) }
                    } else if longKeys.withUnsafeBufferPointer({ longKeys in
                        (0..<key.count).allSatisfy { longKeys[Int(entry.word) + $0] == key[$0] }
                    }) {
                        return Lexicon.WordClasses(rawValue: UInt32(truncatingIfNeeded: entry.meta))
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The ASCII bytes of the canonical form of `key`, nil when it has none. Only three scalars beyond ASCII
    /// decompose to ASCII (U+037E to ";", U+1FEF to "`", U+212A to "K"); a key with any other one is no ASCII word.
    static func canonicalASCII(_ key: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count)
        for scalar in key.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x037E: bytes.append(0x3B)
            case 0x1FEF: bytes.append(0x60)
            case 0x212A: bytes.append(0x4B)
            default: return nil
            }
        }
        return bytes
    }

    private static func meta(hash: UInt64, length: Int) -> UInt64 {
        (hash & 0xFFFF_FF00_0000_0000) | UInt64(length) << 32
    }

    /// FNV-1a of the bytes, mixed so that its low bits (the slot) and high bits (the tag) both vary, and the first
    /// eight bytes packed into one word.
    private static func hashAndPack(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var packed: UInt64 = 0
        for (index, byte) in key.enumerated() {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            if index < 8 { packed |= UInt64(byte) << (8 * UInt64(index)) }
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return (hash, packed)
    }
}
