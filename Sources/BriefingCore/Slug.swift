import Foundation

/// URL-safe names for briefs, pages and headings: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// The longest slug made from a title.
    public static let maximumLength = 80

    /// A slug made from free text (`"Security Guarantees: Take Centre Stage"` → `security-guarantees-take-centre-stage`);
    /// empty when the text has no letters or digits.
    public static func make(from text: String) -> String {
        // ASCII text has nothing to decompose; skipping Foundation's normalisation matters when thousands of tags and
        // titles are slugged per build.
        let scalars = text.utf8.allSatisfy { $0 < 0x80 } ? text.unicodeScalars : text.decomposedStringWithCompatibilityMapping.unicodeScalars
        var slug = String.UnicodeScalarView()
        var length = 0
        var pendingHyphen = false
        for scalar in scalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let isWordCharacter = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            if isWordCharacter {
                let hyphen = pendingHyphen && length > 0
                if length + (hyphen ? 2 : 1) > maximumLength { break }
                if hyphen {
                    slug.append("-")
                    length += 1
                }
                pendingHyphen = false
                slug.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
                length += 1
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return String(slug)
    }

    /// Whether `text` can be used as a slug as it is: the form `make(from:)` produces.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(from: text) == text
    }
}
