/// Renders parsed templates into one byte buffer, keeping the context stack, the list position, the blocks a
/// `{{<parent}}` overrides and the indentation of standalone partials as swift-mustache 2.1.1 did.
struct MustacheRenderer {
    /// Where a section is in the list it iterates, for `first()`, `last()`, `index()`, `even()` and `odd()`.
    struct ListPosition {
        var index: Int
        var count: Int
    }

    private let templates: [[MustacheNode]]
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var position: ListPosition?
    /// The blocks of each `{{<parent}}` being rendered, outermost first: the outermost definition of a block wins.
    private var blockLayers: [[String: [MustacheNode]]] = []
    /// Written before each line of a standalone partial's or block's output after its first.
    private var indentation: [UInt8] = []

    /// - Parameter templates: the bodies a partial node's number points to.
    init(templates: [[MustacheNode]], context: TemplateValue, capacity: Int) {
        self.templates = templates
        self.stack = [context]
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [MustacheNode]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node) }
            return
        }
        let start = output.count
        for node in nodes {
            let mark = output.count
            let startsLine = mark > start && output[mark - 1] == UInt8(ascii: "\n")
            render(node)
            if startsLine, output.count > mark { output.insert(contentsOf: indentation, at: mark) }
        }
    }

    private mutating func render(_ node: MustacheNode) {
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
                renderInverted(body, for: value(of: name))
            } else {
                renderSection(body, for: value(of: name))
            }
        case .block(let name, let defaultBody, let blockIndentation):
            let body = blockLayers.lazy.compactMap { $0[name] }.first ?? defaultBody
            let saved = (indentation, position)
            indentation += blockIndentation
            position = nil
            render(body)
            (indentation, position) = saved
        case .partial(let number, let partialIndentation, let blocks):
            guard templates.indices.contains(number) else { return }
            let saved = (indentation, position)
            if let partialIndentation { indentation += partialIndentation }
            position = nil
            if let blocks { blockLayers.append(blocks) }
            render(templates[number])
            if blocks != nil { blockLayers.removeLast() }
            (indentation, position) = saved
        }
    }

    /// `{{#name}}`: once per element of a list, once if true, once with any other value on the stack.
    private mutating func renderSection(_ body: [MustacheNode], for value: TemplateValue?) {
        switch value {
        case nil, .flag(false)?:
            break
        case .flag(true)?:
            render(body)
        case .list(let list)?:
            let saved = position
            let count = list.count
            for index in 0..<count {
                stack.append(list.element(at: index))
                position = ListPosition(index: index, count: count)
                render(body)
                stack.removeLast()
            }
            position = saved
        case let other?:
            push(other, rendering: body)
        }
    }

    /// `{{^name}}`: once when the value is missing, false or an empty list.
    private mutating func renderInverted(_ body: [MustacheNode], for value: TemplateValue?) {
        switch value {
        case nil, .flag(false)?:
            render(body)
        case .list(let list)? where list.count == 0:
            push(.list(list), rendering: body)
        default:
            break
        }
    }

    private mutating func push(_ value: TemplateValue, rendering body: [MustacheNode]) {
        let saved = position
        stack.append(value)
        position = nil
        render(body)
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
