/// Renders parsed templates into one byte buffer, keeping the context stack, the list position, the blocks a
/// `{{<parent}}` overrides and the indentation of standalone partials as swift-mustache 2.1.1 did.
///
/// Rendering recurses once per nested section, block and partial, so it stops at `maximumDepth` levels: the library
/// rejects partials that include themselves when it loads, and this catches long chains of distinct ones.
struct MustacheRenderer {
    /// The most sections, blocks and partials rendering nests, besides the template it starts with.
    static let maximumDepth = 100

    /// Rendering went deeper than `maximumDepth`; the error is at the innermost include tag.
    struct DepthError: Error, Equatable {
        /// The templates included, outermost first: the one rendering started with, then each partial or parent.
        var chain: [Int]
        /// The template that holds the innermost include tag, and where the tag starts.
        var template: Int
        var offset: Int
    }

    /// Where a section is in the list it iterates, for `first()`, `last()`, `index()`, `even()` and `odd()`.
    struct ListPosition {
        var index: Int
        var count: Int
    }

    private let templates: [[MustacheNode]]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var position: ListPosition?
    /// The blocks of each `{{<parent}}` being rendered, outermost first, with the template that defines them: the
    /// outermost definition of a block wins.
    private var blockLayers: [(template: Int, blocks: [String: [MustacheNode]])] = []
    /// The template whose nodes are being rendered: the one a block override comes from, inside a parent.
    private var template: Int
    /// The include tags being rendered, outermost first: the template holding each, its offset, the template it names.
    private var includes: [(template: Int, offset: Int, included: Int)] = []
    private var depth = 0
    /// Written before each line of a standalone partial's or block's output after its first.
    private var indentation: [UInt8] = []

    /// - Parameter templates: the bodies a partial node's number points to.
    init(templates: [[MustacheNode]], context: TemplateValue, capacity: Int) {
        self.templates = templates
        self.stack = [context]
        self.template = 0
        output.reserveCapacity(capacity)
    }

    /// Renders the template numbered `number`.
    /// - Throws: `DepthError` when sections, blocks and partials nest more than `maximumDepth` deep.
    mutating func render(template number: Int) throws(DepthError) {
        template = number
        try render(templates[number])
    }

    private mutating func render(_ nodes: [MustacheNode]) throws(DepthError) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth + 1 {
            let innermost = includes.last
            throw DepthError(chain: [includes.first?.template ?? template] + includes.map(\.included), template: innermost?.template ?? template, offset: innermost?.offset ?? 0)
        }
        guard !indentation.isEmpty else {
            for node in nodes { try render(node) }
            return
        }
        let start = output.count
        for node in nodes {
            let mark = output.count
            let startsLine = mark > start && output[mark - 1] == UInt8(ascii: "\n")
            try render(node)
            if startsLine, output.count > mark { output.insert(contentsOf: indentation, at: mark) }
        }
    }

    private mutating func render(_ node: MustacheNode) throws(DepthError) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            switch value(of: name) {
            case .text(let text)? where escaped: output.appendEscapingHTML(text)
            case .text(let text)?: output.append(contentsOf: text.utf8)
            case .number(let number)?: output.append(contentsOf: String(number).utf8)
            case .flag(let flag)?: output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .fields?, .list?, nil: break
            }
        case .section(let name, let inverted, let body):
            if inverted {
                try renderInverted(body, for: value(of: name))
            } else {
                try renderSection(body, for: value(of: name))
            }
        case .block(let name, let defaultBody, let blockIndentation):
            let override = blockLayers.lazy.compactMap { layer in layer.blocks[name].map { (layer.template, $0) } }.first
            let saved = (indentation, position, template)
            indentation += blockIndentation
            position = nil
            if let override { template = override.0 }
            try render(override?.1 ?? defaultBody)
            (indentation, position, template) = saved
        case .partial(let number, let offset, let partialIndentation, let blocks):
            guard templates.indices.contains(number) else { return }
            let saved = (indentation, position, template)
            if let partialIndentation { indentation += partialIndentation }
            position = nil
            if let blocks { blockLayers.append((template, blocks)) }
            includes.append((template, offset, number))
            template = number
            try render(templates[number])
            includes.removeLast()
            if blocks != nil { blockLayers.removeLast() }
            (indentation, position, template) = saved
        }
    }

    /// `{{#name}}`: once per element of a list, once if true, once with any other value on the stack.
    private mutating func renderSection(_ body: [MustacheNode], for value: TemplateValue?) throws(DepthError) {
        switch value {
        case nil, .flag(false)?:
            break
        case .flag(true)?:
            try render(body)
        case .list(let list)?:
            let saved = position
            let count = list.count
            for index in 0..<count {
                stack.append(list.element(at: index))
                position = ListPosition(index: index, count: count)
                try render(body)
                stack.removeLast()
            }
            position = saved
        case let other?:
            try push(other, rendering: body)
        }
    }

    /// `{{^name}}`: once when the value is missing, false or an empty list.
    private mutating func renderInverted(_ body: [MustacheNode], for value: TemplateValue?) throws(DepthError) {
        switch value {
        case nil, .flag(false)?:
            try render(body)
        case .list(let list)? where list.count == 0:
            try push(.list(list), rendering: body)
        default:
            break
        }
    }

    private mutating func push(_ value: TemplateValue, rendering body: [MustacheNode]) throws(DepthError) {
        let saved = position
        stack.append(value)
        position = nil
        try render(body)
        stack.removeLast()
        position = saved
    }

    /// The value a name reads: its path looked up in the context stack, then its transforms applied.
    private func value(of name: MustacheName) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.path {
        case .current:
            value = stack.last
        case .position:
            guard let position, let first = transforms.popFirst() else { return nil }
            value = position.value(for: first)
        case .top(let keys):
            value = Self.follow(keys[...], from: stack[stack.count - 1])
        case .stack(let keys):
            for context in stack.reversed() {
                if let found = context.field(named: keys[0]) {
                    value = Self.follow(keys.dropFirst(), from: found)
                    break
                }
            }
        }
        for transform in transforms {
            value = value?.applying(transform)
        }
        return value
    }

    private static func follow(_ keys: ArraySlice<String>, from start: TemplateValue) -> TemplateValue? {
        var value = start
        for key in keys {
            guard let next = value.field(named: key) else { return nil }
            value = next
        }
        return value
    }
}

extension MustacheRenderer.ListPosition {
    func value(for transform: MustacheTransform) -> TemplateValue? {
        switch transform {
        case .first: .flag(index == 0)
        case .last: .flag(index == count - 1)
        case .index: .number(index)
        case .even: .flag(index & 1 == 0)
        case .odd: .flag(index & 1 == 1)
        default: nil
        }
    }
}
