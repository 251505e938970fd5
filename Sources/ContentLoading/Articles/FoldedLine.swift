/// A line folded for matching (lowercase, straight quotes, single spaces) with its UTF-8 bytes at hand, so that
/// the boilerplate rules' many prefix and phrase checks compare bytes instead of characters.
struct FoldedLine {
    let text: String
    let bytes: [UInt8]

    init(_ line: String) {
        text = line.foldedForMatching
        bytes = Array(text.utf8)
    }

    func hasPrefix(_ prefix: String) -> Bool {
        bytes.starts(with: prefix.utf8)
    }

    func contains(_ phrase: String) -> Bool {
        phrase.utf8.withContiguousStorageIfAvailable { contains($0) } ?? contains(Array(phrase.utf8)[...])
    }

    private func contains<Needle: RandomAccessCollection<UInt8>>(_ needle: Needle) -> Bool where Needle.Index == Int {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        let start = needle.startIndex
        return bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index <= bytes.count - needle.count {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] == needle[start + matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
