/// A value as a template sees it: what `{{name}}` writes, what `{{#name}}` tests or iterates, what a transform reads.
///
/// Views hand out their fields as `TemplateValue`s (see `TemplateFields`), chosen at compile time by the field's type,
/// so rendering never inspects a value's dynamic type.
public enum TemplateValue: Sendable, CustomStringConvertible {
    case text(String)
    case number(Int)
    case flag(Bool)
    /// A view whose fields templates read by name.
    case fields(any TemplateFields)
    /// A list: a section renders once per element.
    case list(any TemplateList)

    /// The text `{{name}}` writes before escaping; a view or a list writes nothing.
    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .flag(let flag): flag ? "true" : "false"
        case .fields, .list: ""
        }
    }
}

/// The elements of a list, read by position.
public protocol TemplateList: Sendable {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

/// A type whose values a template can read.
public protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .flag(self) }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension Optional where Wrapped: TemplateValueConvertible {
    /// nil stays nil, so that the lookup goes on up the context stack.
    public var templateValue: TemplateValue? { self?.templateValue }
}
