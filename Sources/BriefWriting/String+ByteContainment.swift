extension String {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes, as `containsBytes(of:)` does, but over the
    /// contiguous bytes without index checks: the brief writer asks it of every paragraph for every key point.
    func hasBytes(of needle: String) -> Bool {
        var text = self
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let lead = pattern.first else { return true }
                guard haystack.count >= pattern.count else { return false }
                let last = haystack.count - pattern.count
                var start = 0
                while start <= last {
                    if haystack[start] == lead {
                        var offset = 1
                        while offset < pattern.count, haystack[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
