extension StringProtocol {
    /// The text without spaces and tabs at either end: what Foundation's `trimmingCharacters(in: .whitespaces)`
    /// gives, without bridging to Foundation (quotes and names are trimmed thousands of times a build).
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == "\t" || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator } }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
