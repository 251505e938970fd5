import Foundation
/// Line-ending and byte-order-mark clean-up shared by every reader.
enum TextNormalizer {
    /// `text` without a leading byte-order mark, with `\r\n` and lone `\r` turned into `\n`.
    static func normalized(_ text: String) -> String {
        var result = text
        if result.hasPrefix("\u{FEFF}") { result.removeFirst() }
        guard result.withUTF8({ $0.contains(13) }) else { return result }
        return result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
