extension StringProtocol {
    /// The text without spaces and tabs at either end: what Foundation's `trimmingCharacters(in: .whitespaces)`
    /// gives, without bridging to Foundation (quotes and names are trimmed thousands of times a build).
    var trimmingSpaces: String {
        // Foundation's `whitespaces`: tab, the space separators (Zs) and the zero-width space.
        let isSpace: (Character) -> Bool = { character in
            character == "\t" || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator || $0.value == 0x200B }
        }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
