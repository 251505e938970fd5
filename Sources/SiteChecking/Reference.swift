import Foundation

/// One address in a page or stylesheet, as written, and whether a reader follows it or the browser loads it.
struct Reference: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// `<a href>` and `<area href>`: a reader follows it.
        case link
        /// Everything the browser loads itself: stylesheets, scripts, images, `srcset` candidates, CSS `url()`.
        case asset
    }

    var kind: Kind
    /// The address with surrounding whitespace trimmed, as HTML does.
    var address: String

    init(_ kind: Kind, _ address: String) {
        self.kind = kind
        let padded = address.first.map(\.isHTMLWhitespace) == true || address.last.map(\.isHTMLWhitespace) == true
        self.address = padded ? address.trimmingCharacters(in: .htmlWhitespace) : address
    }

    /// The references of a parsed page, in document order: its address attributes, then its `<style>` elements.
    static func references(in page: HTMLPage) -> [Reference] {
        var references: [Reference] = []
        for attribute in page.attributes {
            switch attribute.name {
            case "href", "xlink:href":
                // <base href> changes how the other addresses resolve rather than pointing anywhere itself.
                guard attribute.element != "base" else { continue }
                let kind: Kind = attribute.element == "a" || attribute.element == "area" ? .link : .asset
                references.append(Reference(kind, attribute.value))
            case "srcset":
                references += SourceSet.addresses(in: attribute.value).map { Reference(.asset, $0) }
            case "style":
                references += StylesheetAddresses.addresses(in: attribute.value).map { Reference(.asset, $0) }
            default:
                references.append(Reference(.asset, attribute.value))
            }
        }
        for stylesheet in page.stylesheets {
            references += StylesheetAddresses.addresses(in: stylesheet).map { Reference(.asset, $0) }
        }
        return references.filter { !$0.address.isEmpty }
    }
}

extension CharacterSet {
    /// HTML's ASCII whitespace: space, tab, line feed, form feed, carriage return.
    static let htmlWhitespace = CharacterSet(charactersIn: " \t\n\u{0C}\r")
}
