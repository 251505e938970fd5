import Foundation

extension String {
    /// The text on one line: line breaks, tabs and control characters become spaces, runs of spaces one space, and
    /// the ends are trimmed as a brief's reader trims them. Other spaces (no-break, thin) are kept.
    var collapsed: String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let isBreak = CharacterSet.newlines.contains(scalar) || scalar.properties.generalCategory == .control
            let character: Unicode.Scalar = isBreak ? " " : scalar
            if character == " ", result.last == " " { continue }
            result.append(character)
        }
        return String(result).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The collapsed text, or nil when nothing is left.
    var collapsedOrNil: String? {
        let text = collapsed
        return text.isEmpty ? nil : text
    }
}
