/// The mention keys of the runs of tokens that start at one token, from one pass over the bytes of the longest run:
/// the key of a shorter run is a prefix of it. A run with bytes beyond ASCII is keyed from its text: lowercasing may
/// change their lengths. One value is reused for every starting token, keeping its storage.
struct MentionKeyRun {
    private var key = MentionKeyBuilder()
    /// Per token of the run, how much of `key` is written at its end; -1 once a byte beyond ASCII was read.
    private var written: [Int] = []
    private var first = 0
    private var startsWithSeparator = false

    init() {
        key.bytes.reserveCapacity(64)
        written.reserveCapacity(8)
    }

    /// Reads the bytes of `count` tokens of `unit` from token `first` on, with MentionKeyBuilder's rules.
    mutating func read(_ count: Int, tokensFrom first: Int, of unit: TextUnit) {
        key.removeAll()
        written.removeAll(keepingCapacity: true)
        self.first = first
        let start = unit.offsets[unit.tokens[first].start]
        unit.utf8.withUnsafeBufferPointer { bytes in
            startsWithSeparator = MentionKeyBuilder.isSeparator(bytes[start])
            var offset = start
            var isASCII = true
            for token in first..<(first + count) {
                let end = unit.offsets[unit.tokens[token].end]
                while offset < end {
                    let byte = bytes[offset]
                    if byte >= 0x80 { isASCII = false }
                    key.append(byte)
                    offset += 1
                }
                written.append(isASCII ? key.bytes.count : -1)
            }
        }
    }

    /// `MentionKey.of(unit.text(of: first..<(first + length)))`, for `length` up to the count read.
    func key(ofFirst length: Int, of unit: TextUnit) -> String {
        guard let count = asciiKeyCount(ofFirst: length, of: unit) else {
            return MentionKey.of(unit.text(of: first..<(first + length)))
        }
        return String(decoding: key.bytes[0..<count], as: UTF8.self)
    }

    /// How many bytes of the key read make the key of the first `length` tokens, nil when that run is keyed from
    /// its text instead.
    func asciiKeyCount(ofFirst length: Int, of unit: TextUnit) -> Int? {
        let end = unit.offsets[unit.tokens[first + length - 1].end]
        let start = unit.offsets[unit.tokens[first].start]
        // A run that starts or ends with a separator, or spells an initialism, keys differently on its own.
        guard written[length - 1] >= 0, !startsWithSeparator, !MentionKeyBuilder.isSeparator(unit.utf8[end - 1]),
              !MentionKey.isInitialism(unit.utf8[start..<end])
        else { return nil }
        return written[length - 1]
    }

    /// The value `table` files under the first `count` bytes of the key read.
    func value(ofFirst count: Int, in table: ASCIIKeyTable) -> Int? {
        key.bytes.withUnsafeBufferPointer { table.value(ofASCII: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
}
