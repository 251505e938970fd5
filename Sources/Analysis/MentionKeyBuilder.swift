/// Appends the bytes of a key: ASCII letters lowercased, each run of spaces, tabs, newlines and hyphens as one
/// space between words.
struct MentionKeyBuilder {
    var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Empties the key, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if Self.isSeparator(byte) {
            pendingSpace = !bytes.isEmpty
        } else {
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(Self.lowercased(byte))
        }
    }

    /// The same rules, for a key written in place into `key`, of which `length` bytes are written so far (a key is
    /// never longer than its text, so `key` may be the text's length).
    @inline(__always)
    static func write(_ byte: UInt8, into key: UnsafeMutableBufferPointer<UInt8>, length: inout Int, pendingSpace: inout Bool) {
        if isSeparator(byte) {
            pendingSpace = length > 0
            return
        }
        if pendingSpace {
            key[length] = 0x20
            length += 1
        }
        pendingSpace = false
        key[length] = lowercased(byte)
        length += 1
    }

    /// Space, tab, newline or hyphen: what separates the words of a key.
    @inline(__always)
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x2D
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
