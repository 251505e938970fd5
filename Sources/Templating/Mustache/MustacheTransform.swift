/// A function a tag applies to a value, as in `{{^empty(tags)}}` or `{{uppercased(name)}}`.
///
/// A transform that does not apply to the value it gets (`uppercased` of a list) gives nil, as does `first` of an
/// empty list.
enum MustacheTransform: String, Sendable, CaseIterable {
    // Text.
    case capitalized, lowercased, uppercased
    // Text and lists.
    case empty, reversed
    // Lists.
    case first, last, count, sorted
    // Numbers.
    case equalzero, plusone, minusone, even, odd
    // The position in the list being iterated (`index()`), besides `first()`, `last()`, `even()` and `odd()`.
    case index
}
