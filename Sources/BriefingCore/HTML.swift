/// Escaping of text placed into HTML we write ourselves.
public enum HTML {
    /// `text` with `& < > " '` escaped, safe in element content and in quoted attributes; without
    /// `escapingApostrophe`, `'` is left as it is, as libcmark writes text.
    public static func escaped(_ text: String, escapingApostrophe: Bool = true) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'" where escapingApostrophe: result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
