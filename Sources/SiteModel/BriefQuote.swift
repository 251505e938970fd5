import Foundation
import BriefingCore

/// A quotation of a brief: an `> [!analyst] Speaker, role` or `> [!quote] Speaker, role` callout.
public struct BriefQuote: Sendable, Equatable {
    /// `analyst` or `quote`, the callout's kind.
    public var kind: String
    /// The speaker as the caption names them, Markdown escapes removed.
    public var speaker: String
    /// The caption after the speaker's name, if any.
    public var role: String?
    /// The quotation as Markdown, without the `>` markers.
    public var markdown: String
    /// The brief the quote is in.
    public var briefSlug: String

    public init(kind: String, speaker: String, role: String?, markdown: String, briefSlug: String) {
        self.kind = kind
        self.speaker = speaker
        self.role = role
        self.markdown = markdown
        self.briefSlug = briefSlug
    }

    /// The callout kinds that name a speaker; `[!note]` does not.
    static let speakerKinds: Set<String> = ["analyst", "quote"]

    /// The quotes of `brief`, in the order of its body. Callouts inside fenced code blocks are not quotes.
    public static func quotes(in brief: Brief) -> [BriefQuote] {
        var quotes: [BriefQuote] = []
        var current: BriefQuote?
        var lines: [String] = []
        var fence: Substring?

        func finish() {
            if var quote = current {
                while lines.last?.trimmingSpaces.isEmpty == true { lines.removeLast() }
                quote.markdown = lines.joined(separator: "\n")
                if !quote.markdown.isEmpty { quotes.append(quote) }
            }
            current = nil
            lines = []
        }

        // Lines split as bytes: a brief body is long, and only lines that open with `>` or a fence matter.
        for bytes in brief.body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let rawLine = Substring(bytes)
            let indent = rawLine.prefix(while: { $0 == " " }).count
            let line = rawLine.dropFirst(min(indent, 3))
            if let open = fence {
                if indent < 4, line.hasPrefix(open) { fence = nil }
                continue
            }
            if indent < 4, line.hasPrefix("```") || line.hasPrefix("~~~") {
                finish()
                fence = line.prefix(3)
                continue
            }
            guard indent < 4, line.hasPrefix(">") else {
                finish()
                continue
            }
            var content = line.dropFirst()
            if content.first == " " { content = content.dropFirst() }
            if current != nil {
                lines.append(String(content))
            } else if let quote = Self.marker(content, briefSlug: brief.slug) {
                current = quote
            }
        }
        finish()
        return quotes
    }

    /// The quote that a blockquote's first line `[!kind] Speaker, role` opens; nil for other blockquotes.
    static func marker(_ line: Substring, briefSlug: String) -> BriefQuote? {
        let trimmed = line.drop(while: { $0 == " " })
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let kind = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].lowercased()
        guard speakerKinds.contains(kind) else { return nil }
        let caption = Brief.withoutEscapes(String(trimmed[trimmed.index(after: close)...])).trimmingSpaces
        let speaker: String
        var role: String?
        if let comma = caption.firstIndex(of: ",") {
            speaker = caption[..<comma].trimmingSpaces
            let rest = caption[caption.index(after: comma)...].trimmingSpaces
            role = rest.isEmpty ? nil : rest
        } else {
            speaker = caption
        }
        guard let first = speaker.first, first.isLetter else { return nil }
        return BriefQuote(kind: kind, speaker: speaker, role: role, markdown: "", briefSlug: briefSlug)
    }
}
