/// Parses Mustache text into nodes, as swift-mustache 2.1.1 did: the same standalone-line rules, partial indentation
/// and `{{<parent}}` blocks, working on UTF-8 bytes.
struct MustacheParser {
    /// What a nested parse inherits from the tag that opened it.
    struct Scope {
        /// The tag that opened this scope; nil at the top of the template.
        var opening: Opening?
        /// How many sections, blocks and parents enclose this scope.
        var depth = 0
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

    /// A section, block or parent tag, as its closing tag and errors about it need it.
    struct Opening {
        /// `section`, `block` or `parent`, as messages name it.
        var kind: String
        /// The name as written, which the closing tag must repeat.
        var name: String
        var offset: Int
    }

    /// The most sections, blocks and parents a template may nest, so that parsing and rendering stay far from the
    /// end of the stack.
    static let maximumDepth = 100

    let bytes: [UInt8]
    private let templateNumbers: [String: Int]
    var offset = 0
    /// Partials named that are not among `templateNumbers`, with the offset of their tag, in text order.
    private(set) var unknownPartials: [(name: String, offset: Int)] = []
    /// The templates that partial and parent tags name, with the offset of their tag, in text order.
    private(set) var includes: [(template: Int, offset: Int)] = []

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
            guard offset < bytes.count else {
                throw MustacheSyntaxError(reason: .unclosedTag(tag: quote(from: tagStart), end: String(decoding: scope.closeDelimiter, as: UTF8.self)), offset: tagStart)
            }
            let kind = bytes[offset]
            if scope.isParentBody, ![UInt8(ascii: "$"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "=")].contains(kind) {
                throw MustacheSyntaxError(reason: .notABlockInParent, offset: tagStart)
            }
            var standalone = false
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                offset += 1
                let (raw, name) = try readName(until: scope.closeDelimiter, tagStart: tagStart)
                var inner = try scope.entering(Opening(kind: "section", name: raw, offset: tagStart), tag: quote(from: tagStart))
                standalone = isStandalone(scope)
                if !standalone { flush(&pendingSpace, into: &nodes) }
                inner.atLineStart = standalone
                let body = try parse(&inner)
                nodes.append(.section(name, inverted: kind == UInt8(ascii: "^"), body: body))

            case UInt8(ascii: "/"):
                offset += 1
                let raw = try readPartialName(until: scope.closeDelimiter, tagStart: tagStart)
                guard let opening = scope.opening else {
                    throw MustacheSyntaxError(reason: .closeWithoutOpen(tag: quote(from: tagStart)), offset: tagStart)
                }
                guard raw == opening.name else {
                    let reason = MustacheSyntaxError.Reason.mismatchedClose(tag: quote(from: tagStart), kind: opening.kind, name: opening.name, close: scope.closingTag)
                    throw MustacheSyntaxError(reason: reason, offset: tagStart)
                }
                if !isStandalone(scope) { flush(&pendingSpace, into: &nodes) }
                return nodes

            case UInt8(ascii: "!"):
                guard let end = find(scope.closeDelimiter, from: offset + 1) else {
                    throw MustacheSyntaxError(reason: .unclosedTag(tag: quote(from: tagStart, through: bytes.count), end: String(decoding: scope.closeDelimiter, as: UTF8.self)), offset: tagStart)
                }
                offset = end + scope.closeDelimiter.count
                standalone = isStandalone(scope)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                flush(&pendingSpace, into: &nodes)
                offset += 1
                let end = kind == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + scope.closeDelimiter : scope.closeDelimiter
                let (_, name) = try readName(until: end, tagStart: tagStart, triple: kind == UInt8(ascii: "{"))
                nodes.append(.variable(name, escaped: false))

            case UInt8(ascii: ">"), UInt8(ascii: "<"):
                offset += 1
                skipWhitespace()
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "*") {
                    throw MustacheSyntaxError(reason: .unsupportedTag("dynamic partial ({{>*name}})"), offset: tagStart)
                }
                let partial = try readPartialName(until: scope.closeDelimiter, tagStart: tagStart)
                let number = templateNumbers[partial]
                if let number { includes.append((number, tagStart)) } else { unknownPartials.append((partial, tagStart)) }
                let indentation = Array(pendingSpace)
                flush(&pendingSpace, into: &nodes)
                standalone = isStandalone(scope)
                if kind == UInt8(ascii: ">") {
                    nodes.append(.partial(template: number ?? -1, offset: tagStart, indentation: standalone ? indentation : nil, blocks: nil))
                } else {
                    var inner = try scope.entering(Opening(kind: "parent", name: partial, offset: tagStart), tag: quote(from: tagStart))
                    inner.atLineStart = true
                    inner.inParent = true
                    inner.isParentBody = true
                    var blocks: [String: [MustacheNode]] = [:]
                    for case .block(let name, let body, _) in try parse(&inner) { blocks[name] = body }
                    nodes.append(.partial(template: number ?? -1, offset: tagStart, indentation: indentation, blocks: blocks))
                }

            case UInt8(ascii: "$"):
                offset += 1
                let (raw, name) = try readName(until: scope.closeDelimiter, tagStart: tagStart)
                guard name.transforms.isEmpty else { throw MustacheSyntaxError(reason: .transformOnBlock, offset: tagStart) }
                var inner = try scope.entering(Opening(kind: "block", name: raw, offset: tagStart), tag: quote(from: tagStart))
                let indentation = Array(pendingSpace)
                if !scope.isParentBody { flush(&pendingSpace, into: &nodes) }
                standalone = isStandalone(scope)
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
        if let opening = scope.opening {
            throw MustacheSyntaxError(reason: .unclosedSection(kind: opening.kind, name: opening.name, close: scope.closingTag), offset: opening.offset)
        }
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

extension MustacheParser.Scope {
    /// The scope inside `opening`, one level deeper.
    /// - Throws: `MustacheSyntaxError` at the tag when that is deeper than `MustacheParser.maximumDepth`.
    func entering(_ opening: MustacheParser.Opening, tag: String) throws(MustacheSyntaxError) -> Self {
        guard depth < MustacheParser.maximumDepth else {
            throw MustacheSyntaxError(reason: .nestedTooDeep(tag: tag, limit: MustacheParser.maximumDepth), offset: opening.offset)
        }
        var inner = self
        inner.opening = opening
        inner.depth = depth + 1
        return inner
    }

    /// The tag that closes this scope, in the delimiters in force: `{{/briefs}}`.
    var closingTag: String {
        String(decoding: openDelimiter, as: UTF8.self) + "/" + (opening?.name ?? "") + String(decoding: closeDelimiter, as: UTF8.self)
    }
}
