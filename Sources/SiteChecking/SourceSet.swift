/// The addresses of a `srcset` attribute: `small.jpg 480w, large.jpg 2x`.
enum SourceSet {
    /// Each candidate's address, in order, following HTML's parsing of image candidate strings: an address runs to
    /// the next whitespace (trailing commas end it), and its descriptors run to the next comma outside parentheses.
    static func addresses(in srcset: String) -> [String] {
        var addresses: [String] = []
        var rest = Substring(srcset)
        while true {
            rest = rest.drop { $0.isHTMLWhitespace || $0 == "," }
            guard !rest.isEmpty else { break }
            let address = rest.prefix { !$0.isHTMLWhitespace }
            rest = rest[address.endIndex...]
            var trimmed = address
            while trimmed.last == "," { trimmed = trimmed.dropLast() }
            if !trimmed.isEmpty { addresses.append(String(trimmed)) }
            guard trimmed.count == address.count else { continue }
            var depth = 0
            while let character = rest.first {
                rest = rest.dropFirst()
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if character == ",", depth == 0 { break }
            }
        }
        return addresses
    }
}

extension Character {
    var isHTMLWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\u{0C}" || self == "\r" || self == "\r\n" }
}
