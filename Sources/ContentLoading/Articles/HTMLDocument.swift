import CLibXML2

/// A parsed HTML page as plain Swift values: elements and text in document order.
///
/// This is the only file that calls libxml2. The parse is lenient (errors recovered, never a network fetch), the
/// libxml2 tree is copied without recursion and freed at once, and what the rest of the module sees is a flat
/// array in which every node's descendants directly follow it, so walking any depth of nesting needs no stack.
struct HTMLDocument {
    struct Node {
        /// The element's lowercased name; empty for text.
        var name: String
        var attributes: [String: String]
        /// A text node's text, entities decoded.
        var text: String
        /// The index of the parent; -1 for the document itself (node 0).
        var parent: Int
        /// The index after the node's last descendant.
        var end: Int

        var isText: Bool { name.isEmpty }
    }

    private(set) var nodes: [Node]

    /// Parses `html`; nil when libxml2 makes no document of it at all.
    init?(parsing html: String) {
        // The text is already decoded, so the page's own charset declaration is ignored. Without HUGE, libxml2
        // drops everything nested more than 256 elements deep and cuts text nodes of over 10 MB; HTML has no
        // entity declarations for HUGE to let expand.
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        var source = html
        let parsed: htmlDocPtr? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(characters.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        nodes = [Node(name: "#document", attributes: [:], text: "", parent: -1, end: 0)]
        copy(document)
    }

    private mutating func copy(_ document: htmlDocPtr) {
        var current = document.pointee.children
        var parentIndex = 0
        while let node = current {
            let index = nodes.count
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? "unknown"
                nodes.append(Node(name: name, attributes: Self.attributes(of: node), text: "", parent: parentIndex, end: index + 1))
                if let child = node.pointee.children {
                    parentIndex = index
                    current = child
                    continue
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    nodes.append(Node(name: "", attributes: [:], text: String(cString: content), parent: parentIndex, end: index + 1))
                }
            default:
                break  // comments, doctype, processing instructions
            }
            var cursor = node
            current = nil
            while true {
                if let next = cursor.pointee.next {
                    current = next
                    break
                }
                guard parentIndex != 0, let up = cursor.pointee.parent else { break }
                nodes[parentIndex].end = nodes.count
                parentIndex = nodes[parentIndex].parent
                cursor = up
            }
        }
        nodes[0].end = nodes.count
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                result[String(cString: name).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// The value of `attribute` on element `index`.
    func attribute(_ attribute: String, of index: Int) -> String? {
        nodes[index].attributes[attribute]
    }

    /// The indices of the children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// Whether `index` lies inside the element `ancestor` (or is it).
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        index >= ancestor && index < nodes[ancestor].end
    }

    /// The text inside `index`, whitespace collapsed, leaving out the subtrees for which `skip` is true.
    func text(of index: Int, skipping skip: (Int) -> Bool = { _ in false }) -> String {
        var result = ""
        var position = index + 1
        if nodes[index].isText { return nodes[index].text.collapsingWhitespace }
        while position < nodes[index].end {
            let node = nodes[position]
            if node.isText {
                result += node.text
                position += 1
            } else if skip(position) {
                position = node.end
            } else {
                if node.name == "br" { result += " " }
                position += 1
            }
        }
        return result.collapsingWhitespace
    }
}
