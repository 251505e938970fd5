import Foundation

/// The form under which names are compared: lowercase, straight apostrophes, hyphens as spaces, single spaces.
enum MentionKey {
    static func of(_ text: String) -> String {
        // "U.N." and "UN" name the same body.
        if isInitialism(text) { return String(text.filter { $0 != "." }).lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2010}", with: "-").replacingOccurrences(of: "\u{2011}", with: "-")
            .replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{00A0}", with: " ")
        for byte in source.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x2D:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "U.S.", "U.N.", "D.C.": single capital letters, each followed by a period.
    static func isInitialism(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 4, utf8.count % 2 == 0, utf8.last == 0x2E else { return false }
        var index = 0
        for byte in utf8 {
            if index % 2 == 0 { guard byte >= 0x41 && byte <= 0x5A else { return false } } else { guard byte == 0x2E else { return false } }
            index += 1
        }
        return true
    }

    static func of(_ tokens: ArraySlice<Token>) -> String {
        of(tokens.map(\.text).joined(separator: " "))
    }
}
