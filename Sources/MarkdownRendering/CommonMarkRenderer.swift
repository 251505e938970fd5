import CCmark
import Foundation

/// Markdown → HTML through libcmark, with callout quote boxes and heading ids.
///
/// The only file that imports CCmark: every cmark pointer is created, transformed and freed inside `render`,
/// and only Swift values leave it. Raw HTML in the Markdown never passes (cmark's safe mode), nor do
/// `javascript:` links; smart punctuation is on.
public struct CommonMarkRenderer: Sendable {
    public init() {}

    /// The HTML of `markdown`.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let parseOptions = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        guard let root = markdown.withCString({ cmark_parse_document($0, strlen($0), parseOptions) }) else {
            return RenderedMarkdown(html: "", headings: [])
        }
        defer { cmark_node_free(root) }

        let (quotes, headings) = blockquotesAndHeadings(in: root)
        for quote in quotes { turnIntoQuoteBox(quote) }
        var ids = HeadingIDs()
        let outline = headings.map { anchor($0, ids: &ids) }
        return RenderedMarkdown(html: html(of: root), headings: outline)
    }

    /// The blockquote and heading nodes of the tree, in document order. The tree is changed only after this walk.
    private func blockquotesAndHeadings(in root: OpaquePointer) -> ([OpaquePointer], [OpaquePointer]) {
        var quotes: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_BLOCK_QUOTE: quotes.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            default: break
            }
        }
        return (quotes, headings)
    }

    /// Replaces a `> [!analyst] Speaker, role` blockquote by a figure with the quotation and a caption.
    private func turnIntoQuoteBox(_ quote: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return }
        var markerNodes: [OpaquePointer] = []
        var lineBreak: OpaquePointer?
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                lineBreak = node
                break
            }
            markerNodes.append(node)
            child = cmark_node_next(node)
        }
        guard let callout = Callout(markerLine: markerNodes.map(plainText).joined()) else { return }

        for node in markerNodes { cmark_node_free(node) }
        if let lineBreak { cmark_node_free(lineBreak) }
        if cmark_node_first_child(paragraph) == nil { cmark_node_free(paragraph) }

        let figure = customBlock(enter: callout.openingHTML, exit: callout.closingHTML)
        while let block = cmark_node_first_child(quote) {
            cmark_node_append_child(figure, block)
        }
        cmark_node_replace(quote, figure)
        cmark_node_free(quote)
    }

    /// Replaces a heading by the same heading with an `id`, and returns it as an outline entry.
    private func anchor(_ heading: OpaquePointer, ids: inout HeadingIDs) -> Heading {
        let level = Int(cmark_node_get_heading_level(heading))
        let text = plainText(heading)
        let id = ids.id(for: text)
        let rendered = html(of: heading)
        let openingTag = "<h\(level)>"
        let withID = rendered.hasPrefix(openingTag)
            ? "<h\(level) id=\"\(id)\">" + rendered.dropFirst(openingTag.count)
            : rendered
        let block = customBlock(enter: withID, exit: "")
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
        return Heading(level: level, id: id, text: text)
    }

    private func customBlock(enter: String, exit: String) -> OpaquePointer {
        let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
        cmark_node_set_on_enter(block, enter)
        cmark_node_set_on_exit(block, exit)
        return block
    }

    /// The text of a node and its descendants, without markup.
    private func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }

    private func html(of node: OpaquePointer) -> String {
        guard let buffer = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }
}
