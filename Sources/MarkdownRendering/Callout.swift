import BriefingCore
import Foundation

/// A callout marker at the start of a blockquote: `> [!analyst] Yurii Poita, Center for Army…`.
struct Callout: Equatable {
    enum Kind: String, CaseIterable {
        case analyst, quote, note
    }

    var kind: Kind
    /// The text after the marker: the speaker, then their role after the first comma.
    var caption: String

    /// The callout that `markerLine` (the blockquote's first line, as plain text) declares; nil when it declares none.
    init?(markerLine: String) {
        let line = markerLine.drop(while: \.isWhitespace)
        guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
        let name = line[line.index(line.startIndex, offsetBy: 2)..<close].lowercased()
        guard let kind = Kind(rawValue: name) else { return nil }
        self.kind = kind
        self.caption = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
    }

    /// The HTML that opens the figure.
    var openingHTML: String {
        "<figure class=\"quote-box \(kind.rawValue)\">\n<blockquote>\n"
    }

    /// The HTML that closes the quotation and adds the caption: `<cite>Speaker</cite>, role`.
    var closingHTML: String {
        guard !caption.isEmpty else { return "</blockquote>\n</figure>\n" }
        let speaker: Substring
        var role: Substring = ""
        if let comma = caption.firstIndex(of: ",") {
            speaker = caption[..<comma]
            role = caption[comma...]
        } else {
            speaker = Substring(caption)
        }
        return "</blockquote>\n<figcaption><cite>\(HTML.escaped(String(speaker)))</cite>\(HTML.escaped(String(role)))</figcaption>\n</figure>\n"
    }
}
