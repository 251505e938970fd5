import Foundation

/// URL-safe names for briefs, pages and headings: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// The longest slug made from a title.
    public static let maximumLength = 80

    /// A slug made from free text (`"Security Guarantees: Take Centre Stage"` → `security-guarantees-take-centre-stage`);
    /// empty when the text has no letters or digits.
    public static func make(from text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let isWordCharacter = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            if isWordCharacter {
                if slug.count + (pendingHyphen ? 2 : 1) > maximumLength { break }
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// Whether `text` can be used as a slug as it is: the form `make(from:)` produces.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(from: text) == text
    }
}
