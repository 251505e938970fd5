extension String {
    /// `split(separator: " ")`: the runs of characters between spaces. ASCII text is split byte by byte, where a
    /// space character is exactly a space byte; other text by `Character`, as a space may carry a combining mark.
    func wordsBetweenSpaces() -> [Substring] {
        var text = self
        let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        guard isASCII else { return split(separator: " ") }
        return utf8.split(separator: 0x20).map { Substring($0) }
    }
}
