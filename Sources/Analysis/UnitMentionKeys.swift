/// The mention keys of a text unit's runs of tokens, sliced from one key of the whole unit instead of built run by
/// run. A run with letters beyond ASCII is keyed from its text: lowercasing may change their lengths.
struct UnitMentionKeys {
    private let key: [UInt8]
    /// Per byte of the unit's text, how much of `key` is written once it is read: a token's key starts just before
    /// the count at its first byte and ends at the count at its last one.
    private let written: [Int]

    init(_ unit: TextUnit) {
        // MentionKeyBuilder's rules, over the whole unit at once, noting how much of the key each byte has written.
        let count = unit.utf8.count
        var key = [UInt8](repeating: 0, count: count)
        var written = [Int](repeating: 0, count: count)
        var length = 0
        unit.utf8.withUnsafeBufferPointer { bytes in
            key.withUnsafeMutableBufferPointer { key in
                written.withUnsafeMutableBufferPointer { written in
                    var pendingSpace = false
                    for offset in 0..<count {
                        MentionKeyBuilder.write(bytes[offset], into: key, length: &length, pendingSpace: &pendingSpace)
                        written[offset] = length
                    }
                }
            }
        }
        key.removeLast(count - length)
        self.key = key
        self.written = written
    }

    /// `MentionKey.of(unit.text(of: range))`, for a non-empty `range`.
    func key(of range: Range<Int>, in unit: TextUnit) -> String {
        let start = unit.offsets[unit.tokens[range.lowerBound].start]
        let end = unit.offsets[unit.tokens[range.upperBound - 1].end]
        let text = unit.utf8[start..<end]
        // A run that starts or ends with a separator, or spells an initialism, keys differently on its own.
        guard let first = text.first, let last = text.last, !MentionKeyBuilder.isSeparator(first), !MentionKeyBuilder.isSeparator(last),
              text.allSatisfy({ $0 < 0x80 }), !MentionKey.isInitialism(text)
        else { return MentionKey.of(unit.text(of: range)) }
        return String(decoding: key[(written[start] - 1)..<written[end - 1]], as: UTF8.self)
    }
}
