import CLibXML2
import Foundation

/// What the checker needs from one HTML page: its title, its element ids and every attribute that holds an address.
///
/// This is the only file of the module that calls libxml2. The parse is lenient (errors recovered, never a network
/// fetch); the tree is walked without recursion, copied into Swift values and freed at once.
struct HTMLPage: Sendable {
    /// One attribute that holds one or more addresses, as written (entities decoded).
    struct Attribute: Sendable, Equatable {
        /// The element's lowercased name, such as `a` or `img`.
        var element: String
        /// The attribute's lowercased name: `href`, `src`, `srcset`, `poster`, `data` or `style`.
        var name: String
        var value: String
    }

    /// The text of the first `<title>`, whitespace collapsed; nil when there is no `<title>`.
    private(set) var title: String?
    /// Every `id`, and every `name` of an `<a>`: the targets of `#fragment` links.
    private(set) var anchors: Set<String> = []
    /// The address-holding attributes, in document order.
    private(set) var attributes: [Attribute] = []
    /// The text of every `<style>` element, in document order.
    private(set) var stylesheets: [String] = []

    /// The attributes whose values are addresses (or, for `style`, CSS that may hold some).
    static let addressAttributes: Set<String> = ["href", "xlink:href", "src", "srcset", "poster", "data", "style"]

    /// Parses `data` as UTF-8 HTML; nil when libxml2 makes no document of it at all.
    init?(parsing data: Data) {
        // Invalid UTF-8 would make libxml2 stop early, so it becomes U+FFFD first; the page's own charset
        // declaration is then ignored. HUGE lifts libxml2's depth and text-size limits.
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        var text = String(decoding: data, as: UTF8.self)
        let parsed: htmlDocPtr? = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        walk(document)
    }

    private mutating func walk(_ document: htmlDocPtr) {
        var current = document.pointee.children
        while let node = current {
            var descend = true
            if node.pointee.type == XML_ELEMENT_NODE {
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
                read(element: name, node)
                if name == "title" || name == "style" {
                    let text = Self.text(of: node)
                    if name == "title", title == nil { title = text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                    if name == "style" { stylesheets.append(text) }
                    descend = false
                }
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            var cursor: xmlNodePtr? = node
            current = nil
            while let here = cursor {
                if let next = here.pointee.next {
                    current = next
                    break
                }
                cursor = here.pointee.parent
                if cursor.map({ UnsafeMutableRawPointer($0) == UnsafeMutableRawPointer(document) }) ?? true { break }
            }
        }
    }

    private mutating func read(element: String, _ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            var name = String(cString: rawName).lowercased()
            if let prefix = current.pointee.ns?.pointee.prefix { name = String(cString: prefix).lowercased() + ":" + name }
            let isAnchor = name == "id" || (name == "name" && element == "a")
            guard isAnchor || Self.addressAttributes.contains(name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            if isAnchor {
                anchors.insert(value)
            } else {
                attributes.append(Attribute(element: element, name: name, value: value))
            }
        }
    }

    /// The text of the text nodes directly inside `node`.
    private static func text(of node: xmlNodePtr) -> String {
        var result = ""
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                result += String(cString: content)
            }
            child = current.pointee.next
        }
        return result
    }
}
