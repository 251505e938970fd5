import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The elements of an XML document in order, read with Foundation's `XMLParser`: a test that the document is
/// well-formed XML, and what it holds.
final class XMLOutline: NSObject, XMLParserDelegate {
    struct Element: Equatable {
        var path: String
        var attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private(set) var namespaces: [String] = []
    private var open: [Int] = []
    private var names: [String] = []

    /// Parses `data`; throws the parser's error when it is not well-formed.
    init(parsing data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    /// The elements at `path` (`feed/entry/id`).
    func elements(at path: String) -> [Element] { elements.filter { $0.path == path } }

    /// The texts of the elements at `path`.
    func texts(at path: String) -> [String] { elements(at: path).map(\.text) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        names.append(elementName)
        if let namespaceURI, names.count == 1 { namespaces.append(namespaceURI) }
        open.append(elements.count)
        elements.append(Element(path: names.joined(separator: "/"), attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if let current = open.popLast() { elements[current].text = elements[current].text.trimmingCharacters(in: .whitespacesAndNewlines) }
        names.removeLast()
    }
}
