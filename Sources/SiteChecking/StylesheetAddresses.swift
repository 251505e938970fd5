import Foundation

/// The addresses in CSS: every `url(…)` and every `@import "…"`, comments left out.
enum StylesheetAddresses {
    static func addresses(in css: String) -> [String] {
        let text = withoutComments(css)
        var addresses: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: /(?i)url\(|@import\s*(?=["'])/) {
            let isImport = rest[start].first == "@"
            rest = rest[start.upperBound...].drop { $0.isWhitespace }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                rest = rest.dropFirst()
                let value = rest.prefix { $0 != quote && $0 != "\n" }
                addresses.append(String(value).replacingOccurrences(of: "\\", with: ""))
                rest = rest[value.endIndex...].dropFirst()
            } else if !isImport {
                let value = rest.prefix { $0 != ")" }
                addresses.append(String(value).trimmingCharacters(in: .whitespacesAndNewlines))
                rest = rest[value.endIndex...]
            }
        }
        return addresses.filter { !$0.isEmpty }
    }

    static func withoutComments(_ css: String) -> String {
        var result = ""
        var rest = Substring(css)
        while let open = rest.range(of: "/*") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
