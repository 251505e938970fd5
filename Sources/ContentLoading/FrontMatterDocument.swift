import BriefingCore

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatterDocument {
    /// The YAML between the `---` lines; nil when the file has no front matter.
    var yaml: String?
    /// The file line of the first YAML line.
    var yamlLine: Int
    var body: String
    /// The file line on which the body starts.
    var bodyLine: Int

    /// Splits `text` (line endings already normalised) read from `path`.
    /// - Throws: `BriefingError` when a front matter block is opened but never closed.
    init(splitting text: String, path: String) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            self.yaml = nil
            self.yamlLine = 1
            self.body = text
            self.bodyLine = 1
            return
        }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            throw BriefingError(.frontMatterNeverClosed, at: SourceLocation(path: path, line: 1, column: 1))
        }
        self.yaml = lines[1..<end].joined(separator: "\n")
        self.yamlLine = 2
        self.body = lines[(end + 1)...].joined(separator: "\n")
        self.bodyLine = end + 2
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}

extension BriefingError.Problem {
    static let frontMatterNeverClosed = Self.invalidFrontMatter(
        "the front matter opened by '---' on line 1 is never closed. Add a line '---' after its last key."
    )
}
