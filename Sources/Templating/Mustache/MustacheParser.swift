/// Parses Mustache text into nodes, as swift-mustache 2.1.1 did: the same standalone-line rules, partial indentation
/// and `{{<parent}}` blocks, working on UTF-8 bytes.
struct MustacheParser {
    /// What a nested parse inherits from the tag that opened it.
    struct Scope {
        /// The raw name the closing tag must repeat; nil at the top of the template.
        var closingName: String?
        var openDelimiter: [UInt8] = Array("{{".utf8)
        var closeDelimiter: [UInt8] = Array("}}".utf8)
        /// Only spaces and tabs precede the parse position on its line.
        var atLineStart = true
        /// Anywhere inside `{{<parent}}…{{/parent}}`.
        var inParent = false
        /// Directly inside `{{<parent}}`, where only block definitions may appear.
        var isParentBody = false
        /// Inside a block definition: the indentation of its first line, removed from the lines after it.
        var blockIndent: Int?
    }

    let bytes: [UInt8]
    private let templateNumbers: [String: Int]
    var offset = 0
    /// Partials named that are not among `templateNumbers`, with the offset of their tag, in text order.
    private(set) var unknownPartials: [(name: String, offset: Int)] = []

    /// - Parameter templateNumbers: the number of each template a partial tag may name.
    init(_ text: String, templateNumbers: [String: Int]) {
        self.bytes = Array(text.utf8)
        self.templateNumbers = templateNumbers
    }

    /// - Throws: `MustacheSyntaxError` at the first problem.
    mutating func nodes() throws(MustacheSyntaxError) -> [MustacheNode] {
        var scope = Scope()
        return try parse(&scope)
    }

    private mutating func parse(_ scope: inout Scope) throws(MustacheSyntaxError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var pendingSpace: ArraySlice<UInt8> = []
        while offset < bytes.count {
            if scope.atLineStart {
                let space = readSpacesAndTabs()
                if scope.inParent, !scope.isParentBody {
                    if let indent = scope.blockIndent {
                        pendingSpace = space.dropFirst(indent)
                    } else {
                        scope.blockIndent = space.count
                    }
                } else {
                    pendingSpace = space
                }
            }
            let textStart = offset
            let stop = readText(until: scope.openDelimiter)
            let text = bytes[textStart..<offset]
            if case .lineBreak(let length) = stop {
                try append(pendingSpace + text + bytes[offset..<(offset + length)], checking: textStart..<offset, to: &nodes, scope)
                offset += length
                scope.atLineStart = true
                continue
            }
            if !text.isEmpty {
                try append(pendingSpace + text, checking: textStart..<offset, to: &nodes, scope)
                pendingSpace = []
                scope.atLineStart = false
            }
            guard case .tag = stop else { break }
            let tagStart = offset
            offset += scope.openDelimiter.count
            guard offset < bytes.count else { throw MustacheSyntaxError(reason: .unfinishedTag, offset: offset) }
            let kind = bytes[offset]
            if scope.isParentBody, ![UInt8(ascii: "$"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "=")].contains(kind) {
                throw MustacheSyntaxError(reason: .notABlockInParent, offset: tagStart)
            }
            var standalone = false
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                offset += 1
                let (raw, name) = try readName(until: scope.closeDelimiter, tagStart: tagStart)
                standalone = isStandalone(scope)
                if !standalone { flush(&pendingSpace, into: &nodes) }
                var inner = scope
                inner.closingName = raw
                inner.atLineStart = standalone
                let body = try parse(&inner)
                nodes.append(.section(name, inverted: kind == UInt8(ascii: "^"), body: body))

            case UInt8(ascii: "/"):
                offset += 1
                let nameStart = offset
                let raw = try readPartialName(until: scope.closeDelimiter)
                guard raw == scope.closingName else { throw MustacheSyntaxError(reason: .mismatchedClose, offset: nameStart) }
                if !isStandalone(scope) { flush(&pendingSpace, into: &nodes) }
                return nodes

            case UInt8(ascii: "!"):
                guard let end = find(scope.closeDelimiter, from: offset + 1) else {
                    throw MustacheSyntaxError(reason: .unfinishedTag, offset: tagStart)
                }
                offset = end + scope.closeDelimiter.count
                standalone = isStandalone(scope)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush(&pendingSpace, into: &nodes)
                offset += 1
                let end = kind == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + scope.closeDelimiter : scope.closeDelimiter
                let (_, name) = try readName(until: end, tagStart: tagStart)
                nodes.append(.variable(name, escaped: false))

            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                offset += 1
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "*") {
                    throw MustacheSyntaxError(reason: .unsupportedTag("dynamic partial ({{>*name}})"), offset: tagStart)
                }
                let partial = try readPartialName(until: scope.closeDelimiter)
                let number = templateNumbers[partial]
                if number == nil { unknownPartials.append((partial, tagStart)) }
                let indentation = Array(pendingSpace)
                flush(&pendingSpace, into: &nodes)
                standalone = isStandalone(scope)
                if kind == UInt8(ascii: ">") {
                    nodes.append(.partial(template: number ?? -1, indentation: standalone ? indentation : nil, blocks: nil))
                } else {
                    var inner = scope
                    inner.closingName = partial
                    inner.atLineStart = true
                    inner.inParent = true
                    inner.isParentBody = true
                    var blocks: [String: [MustacheNode]] = [:]
                    for case .block(let name, let body, _) in try parse(&inner) { blocks[name] = body }
                    nodes.append(.partial(template: number ?? -1, indentation: indentation, blocks: blocks))
                }

            case UInt8(ascii: "$"):
                offset += 1
                let (raw, name) = try readName(until: scope.closeDelimiter, tagStart: tagStart)
                guard name.transforms.isEmpty else { throw MustacheSyntaxError(reason: .transformOnBlock, offset: tagStart) }
                let indentation = Array(pendingSpace)
                if !scope.isParentBody { flush(&pendingSpace, into: &nodes) }
                standalone = isStandalone(scope)
                var inner = scope
                inner.closingName = raw
                inner.atLineStart = standalone
                inner.isParentBody = false
                let body = try parse(&inner)
                nodes.append(.block(name: raw, defaultBody: body, indentation: scope.isParentBody ? [] : indentation))

            case UInt8(ascii: "="):
                offset += 1
                try readDelimiters(&scope, tagStart: tagStart)
                standalone = isStandalone(scope)

            case UInt8(ascii: "%"):
                throw MustacheSyntaxError(reason: .unsupportedTag("{{% … }} configuration"), offset: tagStart)

            default:
                flush(&pendingSpace, into: &nodes)
                let (_, name) = try readName(until: scope.closeDelimiter, tagStart: tagStart)
                nodes.append(.variable(name, escaped: true))
            }
            scope.atLineStart = standalone
        }
        if scope.closingName != nil { throw MustacheSyntaxError(reason: .unclosedSection, offset: bytes.count) }
        return nodes
    }

    /// Adds a text node; directly inside `{{<parent}}` only white space may appear, and it is dropped.
    private func append(
        _ text: ArraySlice<UInt8>, checking source: Range<Int>, to nodes: inout [MustacheNode], _ scope: Scope
    ) throws(MustacheSyntaxError) {
        guard scope.isParentBody else {
            nodes.append(.text(Array(text)))
            return
        }
        if let visible = bytes[source].firstIndex(where: { !Self.isWhitespace($0) }) {
            throw MustacheSyntaxError(reason: .notABlockInParent, offset: visible)
        }
    }

    private func flush(_ space: inout ArraySlice<UInt8>, into nodes: inout [MustacheNode]) {
        if !space.isEmpty { nodes.append(.text(Array(space))) }
        space = []
    }
}
