import BriefingCore

/// `briefing analyze` output: the JSON of ANALYSIS-SCHEMA.md, or a summary for people.
public enum AnalysisReport {
    /// The analysis as the schema's JSON object, keys in the schema's order, two-space indented.
    public static func json(_ analysis: ArticleAnalysis) -> String {
        var lines = ["{"]
        lines.append("  \"title\": \(string(analysis.title)),")
        lines.append("  \"byline\": \(optional(analysis.byline)),")
        lines.append("  \"source\": \(optional(analysis.source)),")
        let entities = analysis.entities.map { entity in
            "    {\"name\": \(string(entity.name)), \"type\": \(string(entity.type.rawValue)), \"aliases\": [\(entity.aliases.map(string).joined(separator: ", "))], \"role\": \(optional(entity.role))}"
        }
        lines.append("  \"entities\": [" + (entities.isEmpty ? "]," : "\n" + entities.joined(separator: ",\n") + "\n  ],"))
        let quotes = analysis.quotes.map { quote in
            "    {\"text\": \(string(quote.text)), \"speaker\": \(optional(quote.speaker)), \"analyst\": \(quote.analyst)}"
        }
        lines.append("  \"quotes\": [" + (quotes.isEmpty ? "]" : "\n" + quotes.joined(separator: ",\n") + "\n  ]"))
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A readable summary: people with roles, organisations, places, quotes by speaker, key points, tags.
    public static func summary(_ analysis: ArticleAnalysis) -> String {
        var lines = [analysis.title]
        if let byline = analysis.byline { lines.append("By \(byline)") }
        if let source = analysis.source { lines.append("Source: \(source)") }
        for type in EntityType.allCases {
            let group = analysis.entities.filter { $0.type == type }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("\(heading(type)) (\(group.count))")
            for entity in group {
                var line = "  \(entity.name)"
                if let role = entity.role { line += " — \(role)" }
                line += "  ×\(entity.mentions)"
                if !entity.aliases.isEmpty { line += "  (also: \(entity.aliases.joined(separator: ", ")))" }
                lines.append(line)
            }
        }
        if !analysis.quotes.isEmpty {
            lines.append("")
            lines.append("Quotes (\(analysis.quotes.count))")
            for quote in analysis.quotes {
                lines.append("  \(quote.analyst ? "[analyst] " : "")\(quote.speaker ?? "unknown"): “\(quote.text)”")
            }
        }
        if !analysis.keyPoints.isEmpty {
            lines.append("")
            lines.append("Key points")
            lines += analysis.keyPoints.map { "  - \($0)" }
        }
        if !analysis.tags.isEmpty {
            lines.append("")
            lines.append("Tags: \(analysis.tags.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func heading(_ type: EntityType) -> String {
        switch type {
        case .person: return "People"
        case .organization: return "Organisations"
        case .place: return "Places"
        }
    }

    static func optional(_ text: String?) -> String { text.map(string) ?? "null" }

    /// `text` as a JSON string literal.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
