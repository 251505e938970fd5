import BriefingCore
import Foundation

/// Finds `{{> name}}` and `{{< name}}` tags naming templates that do not exist, which Mustache would render as
/// nothing without a word.
enum PartialReferences {
    /// - Throws: `BriefingError` at the first tag that names an unknown template.
    static func check(_ text: String, path: String, known: Set<String>) throws {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let kindIndex = text.index(index, offsetBy: 2, limitedBy: text.endIndex),
               kindIndex < text.endIndex, text[kindIndex] == ">" || text[kindIndex] == "<",
               let close = text[kindIndex...].range(of: "}}")
            {
                let name = text[text.index(after: kindIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !known.contains(name) {
                    throw BriefingError(
                        .invalidTemplate("the partial '\(name)' does not exist; the templates are \(TemplateLibrary.list(known.sorted())). Fix the name or add \(name).mustache."),
                        at: SourceLocation(path: path, line: line, column: column)
                    )
                }
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
    }
}
