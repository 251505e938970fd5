extension String {
    /// `split(separator: " ")`: the runs of characters between spaces. ASCII text is split byte by byte, where a
    /// space character is exactly a space byte; other text by `Character`, as a space may carry a combining mark.
    func wordsBetweenSpaces() -> [Substring] {
        var text = self
        // The byte ranges of the words, or nil when the text is not ASCII.
        let ranges: [Range<Int>]? = text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = -1
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    if start >= 0 { ranges.append(start..<offset) }
                    start = -1
                } else if start < 0 {
                    start = offset
                }
            }
            if start >= 0 { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let ranges else { return split(separator: " ") }
        let utf8 = self.utf8
        return ranges.map { range in
            self[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }
}
