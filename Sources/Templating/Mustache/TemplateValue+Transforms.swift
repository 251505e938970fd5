import Foundation

extension TemplateValue {
    /// The field `name` of a view; other values have no fields.
    func field(named name: String) -> TemplateValue? {
        guard case .fields(let fields) = self else { return nil }
        return fields.child(named: name)
    }

    /// The transform's result, or nil when it does not apply to this kind of value.
    func applying(_ transform: MustacheTransform) -> TemplateValue? {
        switch (self, transform) {
        case (.text(let text), .empty): .flag(text.isEmpty)
        case (.text(let text), .capitalized): .text(text.capitalized)
        case (.text(let text), .lowercased): .text(text.lowercased())
        case (.text(let text), .uppercased): .text(text.uppercased())
        case (.text(let text), .reversed): .text(String(text.reversed()))
        case (.list(let list), .first): list.count > 0 ? list.element(at: 0) : nil
        case (.list(let list), .last): list.count > 0 ? list.element(at: list.count - 1) : nil
        case (.list(let list), .count): .number(list.count)
        case (.list(let list), .empty): .flag(list.count == 0)
        case (.list(let list), .reversed): .list(Array(list.elements.reversed()))
        case (.list(let list), .sorted): Self.sorted(list.elements)
        case (.number(let number), .equalzero): .flag(number == 0)
        case (.number(let number), .plusone): .number(number + 1)
        case (.number(let number), .minusone): .number(number - 1)
        case (.number(let number), .even): .flag(number & 1 == 0)
        case (.number(let number), .odd): .flag(number & 1 == 1)
        default: nil
        }
    }

    /// A list of texts or of numbers, sorted; nil for a list of views.
    private static func sorted(_ elements: [TemplateValue]) -> TemplateValue? {
        var texts: [String] = []
        var numbers: [Int] = []
        for element in elements {
            switch element {
            case .text(let text): texts.append(text)
            case .number(let number): numbers.append(number)
            default: return nil
            }
        }
        if numbers.isEmpty { return texts.sorted().templateValue }
        return texts.isEmpty ? numbers.sorted().templateValue : nil
    }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension TemplateList {
    var elements: [TemplateValue] { (0..<count).map(element(at:)) }
}
