extension Substring {
    /// The first place `needle` occurs, comparing UTF-8 bytes: much cheaper than `range(of:)` and `contains(_:)`,
    /// which compare characters, for text that comes from the same source (so is encoded the same way).
    public func firstRange(ofBytes needle: String) -> Range<Index>? {
        var needle = needle
        return needle.withUTF8 { pattern -> Range<Index>? in
            guard let lead = pattern.first else { return startIndex..<startIndex }
            let bytes = utf8
            var candidate = bytes.startIndex
            while let start = bytes[candidate...].firstIndex(of: lead) {
                var position = start
                var matched = true
                for byte in pattern {
                    guard position < bytes.endIndex, bytes[position] == byte else { matched = false; break }
                    position = bytes.index(after: position)
                }
                if matched { return start..<position }
                candidate = bytes.index(after: start)
            }
            return nil
        }
    }
}

extension String {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes (see `Substring.firstRange(ofBytes:)`).
    public func containsBytes(of needle: String) -> Bool {
        self[...].firstRange(ofBytes: needle) != nil
    }
}
