import BriefingCore
import Foundation
import Yams

/// A YAML mapping read from a file, with typed accessors whose errors name the file, line and column.
struct FrontMatter {
    let path: String
    /// Added to a YAML line to get the file line.
    let lineOffset: Int
    let mapping: Node.Mapping
    /// Where the mapping itself starts, for errors about a missing key.
    let location: SourceLocation

    /// Parses `yaml`, which starts on file line `firstLine` of `path`.
    /// - Throws: `BriefingError` for YAML syntax errors, duplicate keys, or a document that is not a mapping.
    init(parsing yaml: String, path: String, firstLine: Int) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw FrontMatter.translate(error, path: path, lineOffset: firstLine - 1)
        }
        let location = SourceLocation(path: path, line: firstLine, column: 1)
        guard let node else {
            self.init(path: path, lineOffset: firstLine - 1, mapping: Node.Mapping([]), location: location)
            return
        }
        guard let mapping = node.mapping else {
            throw BriefingError(.invalidFrontMatter(
                "this is \(FrontMatter.kind(of: node)), not a list of keys. Write it as 'key: value' lines, such as 'title: \"…\"'."
            ), at: FrontMatter.location(of: node, in: path, lineOffset: firstLine - 1))
        }
        self.init(path: path, lineOffset: firstLine - 1, mapping: mapping, location: location)
    }

    init(path: String, lineOffset: Int, mapping: Node.Mapping, location: SourceLocation) {
        self.path = path
        self.lineOffset = lineOffset
        self.mapping = mapping
        self.location = location
    }

    var keys: [String] { mapping.keys.compactMap(\.string) }

    func node(_ key: String) -> Node? {
        guard let node = mapping[key], !FrontMatter.isNull(node) else { return nil }
        return node
    }

    func location(of node: Node) -> SourceLocation {
        FrontMatter.location(of: node, in: path, lineOffset: lineOffset)
    }

    /// The text of `key`; nil when absent or null.
    func text(_ key: String) throws -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            throw BriefingError(.notText(key: key, found: FrontMatter.kind(of: node)), at: location(of: node))
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// The text of `key`, which must be present.
    func requiredText(_ key: String, example: String) throws -> String {
        guard let text = try text(key) else {
            throw BriefingError(.missingKey(key, example: example), at: location)
        }
        return text
    }

    /// A list of texts; a single text counts as a list of one.
    func texts(_ key: String) throws -> [String] {
        guard let node = node(key) else { return [] }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            throw BriefingError(.notList(key: key, found: FrontMatter.kind(of: node)), at: location(of: node))
        }
        return try sequence.map { item in
            guard let scalar = item.scalar, !FrontMatter.isNull(item) else {
                throw BriefingError(.notText(key: "an item of \(key)", found: FrontMatter.kind(of: item)), at: location(of: item))
            }
            return scalar.string
        }
    }

    func date(_ key: String) throws -> CalendarDate? {
        guard let text = try text(key) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw BriefingError(.notADate(key: key, value: text), at: location(of: node(key)!))
        }
        return date
    }

    func bool(_ key: String) throws -> Bool? {
        guard let node = node(key) else { return nil }
        guard node.scalar != nil, let value = node.bool else {
            throw BriefingError(.notABool(key: key, value: node.string ?? FrontMatter.kind(of: node)), at: location(of: node))
        }
        return value
    }

    func integer(_ key: String, atLeast minimum: Int) throws -> Int? {
        guard let node = node(key) else { return nil }
        guard node.scalar != nil, let value = node.int, value >= minimum else {
            throw BriefingError(.notANumber(key: key, value: node.string ?? FrontMatter.kind(of: node), minimum: minimum), at: location(of: node))
        }
        return value
    }

    /// The mapping under `key`, or nil.
    func section(_ key: String) throws -> FrontMatter? {
        guard let node = node(key) else { return nil }
        guard let mapping = node.mapping else {
            throw BriefingError(.notASection(key: key, found: FrontMatter.kind(of: node)), at: location(of: node))
        }
        return FrontMatter(path: path, lineOffset: lineOffset, mapping: mapping, location: location(of: node))
    }

    /// The items of the list under `key`, each a mapping, or a bare text given as `textKey`.
    func records(_ key: String, textKey: String) throws -> [FrontMatter] {
        guard let node = node(key) else { return [] }
        guard let sequence = node.sequence else {
            throw BriefingError(.notList(key: key, found: FrontMatter.kind(of: node)), at: location(of: node))
        }
        return try sequence.map { item in
            let itemLocation = location(of: item)
            if let mapping = item.mapping {
                return FrontMatter(path: path, lineOffset: lineOffset, mapping: mapping, location: itemLocation)
            }
            guard item.scalar != nil, !FrontMatter.isNull(item) else {
                throw BriefingError(.notARecord(key: key, found: FrontMatter.kind(of: item)), at: itemLocation)
            }
            return FrontMatter(path: path, lineOffset: lineOffset, mapping: Node.Mapping([(Node(textKey), item)]), location: itemLocation)
        }
    }

    /// Throws for the first key not in `known`, naming the keys that are.
    func rejectUnknownKeys(_ known: [String], in context: String) throws {
        for (keyNode, _) in mapping {
            let key = keyNode.string ?? ""
            if !known.contains(key) {
                throw BriefingError(.unknownKey(key, context: context, known: known), at: location(of: keyNode))
            }
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: return "text"
        case .mapping: return "a set of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func location(of node: Node, in path: String, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    static func translate(_ error: YamlError, path: String, lineOffset: Int) -> BriefingError {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return BriefingError(.yamlSyntax(problem), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return BriefingError(.duplicateKeys(duplicates), at: at(context.mark))
        default:
            return BriefingError(.yamlSyntax("\(error)"), at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }
}

extension BriefingError.Problem {
    static func yamlSyntax(_ problem: String) -> Self {
        .invalidFrontMatter("this is not valid YAML: \(problem). Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.")
    }

    static func duplicateKeys(_ keys: [String]) -> Self {
        let list = keys.map { "'\($0)'" }.joined(separator: ", ")
        return .invalidFrontMatter("the key \(list) appears more than once. Keep one of them.")
    }

    static func missingKey(_ key: String, example: String) -> Self {
        .invalidFrontMatter("'\(key)' is missing. Add a line such as '\(key): \(example)'.")
    }

    static func notText(key: String, found: String) -> Self {
        .invalidFrontMatter("'\(key)' should be text, but it is \(found). Write it on one line, in double quotes if it contains ': '.")
    }

    static func notList(key: String, found: String) -> Self {
        .invalidFrontMatter("'\(key)' should be a list, but it is \(found). Write it as [a, b] or as lines starting with '- '.")
    }

    static func notARecord(key: String, found: String) -> Self {
        .invalidFrontMatter("an item of '\(key)' should be a name or {name: …}, but it is \(found).")
    }

    static func notASection(key: String, found: String) -> Self {
        .invalidFrontMatter("'\(key)' should hold indented keys, but it is \(found).")
    }

    static func notADate(key: String, value: String) -> Self {
        .invalidFrontMatter("'\(key)' is '\(value)', which is not a date. Write it as YYYY-MM-DD, such as 2025-08-18.")
    }

    static func notABool(key: String, value: String) -> Self {
        .invalidFrontMatter("'\(key)' is '\(value)', but it should be true or false.")
    }

    static func notANumber(key: String, value: String, minimum: Int) -> Self {
        .invalidFrontMatter("'\(key)' is '\(value)', but it should be a whole number of at least \(minimum).")
    }

    static func unknownKey(_ key: String, context: String, known: [String]) -> Self {
        .invalidFrontMatter("'\(key)' is not a key of \(context). Use one of: \(known.joined(separator: ", ")).")
    }
}
