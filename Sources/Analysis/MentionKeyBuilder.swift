/// Appends the bytes of a key: ASCII letters lowercased, each run of spaces, tabs, newlines and hyphens as one
/// space between words.
struct MentionKeyBuilder {
    var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x2D:
            pendingSpace = !bytes.isEmpty
        default:
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
    }
}
