extension String {
    /// `count`, read from the bytes when the text is ASCII without a carriage return, where each byte is a
    /// character of its own; otherwise counted by `Character`.
    var characterCount: Int {
        let isPlainASCII = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        return isPlainASCII == true ? utf8.count : count
    }

    /// Whether the UTF-8 of the text holds `byte`, searched in the string's own storage.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }
}
