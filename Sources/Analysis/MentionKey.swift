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
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.count % 2 == 0 else { return false }
        return stride(from: 0, to: scalars.count, by: 2).allSatisfy { ("A"..."Z").contains(scalars[$0]) && scalars[$0 + 1] == "." }
    }

    static func of(_ tokens: ArraySlice<Token>) -> String {
        of(tokens.map(\.text).joined(separator: " "))
    }
}
