/// The mention keys of a text unit's runs of tokens, sliced from one key of the whole unit instead of built run by
/// run. A run with letters beyond ASCII is keyed from its text: lowercasing may change their lengths.
struct UnitMentionKeys {
    private let key: [UInt8]
    /// Per token, where its first byte falls in `key`, and where the byte after its last one does.
    private let starts: [Int]
    private let ends: [Int]

    init(_ unit: TextUnit) {
        var builder = MentionKeyBuilder()
        builder.bytes.reserveCapacity(unit.utf8.count)
        var written = [Int](repeating: 0, count: unit.utf8.count)
        for (offset, byte) in unit.utf8.enumerated() {
            builder.append(byte)
            written[offset] = builder.bytes.count
        }
        key = builder.bytes
        starts = unit.tokens.map { written[unit.offsets[$0.start]] - 1 }
        ends = unit.tokens.map { written[unit.offsets[$0.end] - 1] }
    }

    /// `MentionKey.of(unit.text(of: range))`, for a non-empty `range`.
    func key(of range: Range<Int>, in unit: TextUnit) -> String {
        let text = unit.utf8[unit.offsets[unit.tokens[range.lowerBound].start]..<unit.offsets[unit.tokens[range.upperBound - 1].end]]
        // A run that starts or ends with a separator, or spells an initialism, keys differently on its own.
        guard let first = text.first, let last = text.last, !Self.isSeparator(first), !Self.isSeparator(last),
              text.allSatisfy({ $0 < 0x80 }), !MentionKey.isInitialism(text)
        else { return MentionKey.of(unit.text(of: range)) }
        return String(decoding: key[starts[range.lowerBound]..<ends[range.upperBound - 1]], as: UTF8.self)
    }

    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x2D
    }
}
