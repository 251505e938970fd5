/// A tag's name, split at parse time: `a.b.c`, `.`, `.a` (no stack search) or `index()`, with its transforms.
struct MustacheName: Sendable, Equatable {
    enum Path: Sendable, Equatable {
        /// `.` (or an empty name): the top of the context stack.
        case current
        /// `first()`, `index()` …: the position in the list being iterated, read by the innermost transform.
        case position
        /// `a.b`: `a` from the nearest context that has it, then `b` of that.
        case stack([String])
        /// `.a.b`: `a` from the top of the stack only.
        case top([String])
    }

    var path: Path
    /// Applied innermost first: `count(reversed(x))` is `[.reversed, .count]`.
    var transforms: [MustacheTransform]
}
