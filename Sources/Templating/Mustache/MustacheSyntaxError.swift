/// Why a template does not parse, and where: a byte offset into its text.
struct MustacheSyntaxError: Error, Equatable {
    enum Reason: Equatable {
        /// A section, block or parent (`kind`) still open at the end of the text; `close` is the tag that would end it.
        case unclosedSection(kind: String, name: String, close: String)
        case mismatchedClose(tag: String, kind: String, name: String, close: String)
        case closeWithoutOpen(tag: String)
        /// A tag the end of the text cuts off; `end` is its close delimiter.
        case unclosedTag(tag: String, end: String)
        /// Something other than the close delimiter after a tag's name.
        case unexpectedInTag(tag: String, found: String, end: String)
        case emptyName(tag: String)
        case unpairedParentheses(tag: String)
        case invalidSetDelimiter(tag: String)
        case nestedTooDeep(tag: String, limit: Int)
        case notABlockInParent
        case transformOnBlock
        case unknownTransform(String)
        case unsupportedTag(String)
    }

    var reason: Reason
    var offset: Int

    /// What is wrong and what to do, as `BriefingError` prints after the position.
    var explanation: String {
        switch reason {
        case .unclosedSection(let kind, let name, let close):
            "the \(kind) '\(name)' opened here is never closed. Add \(close) where the \(kind) should end."
        case .mismatchedClose(let tag, let kind, let name, let close):
            "the closing tag '\(tag)' does not match the \(kind) '\(name)' that is open. Close the innermost \(kind) first, with \(close)."
        case .closeWithoutOpen(let tag):
            "the closing tag '\(tag)' closes nothing: no section is open here. Remove it, or open its section before it."
        case .unclosedTag(let tag, let end):
            "the tag '\(tag)' is never closed. End it with '\(end)'."
        case .unexpectedInTag(let tag, let found, let end):
            "the tag '\(tag)' has '\(found)' after its name; a name is letters, digits and . - _ ? * ( ) only. Fix the name, or end the tag with '\(end)' after it."
        case .emptyName(let tag):
            "the tag '\(tag)' has no name. Write the name inside it, or '.' for the current value."
        case .unpairedParentheses(let tag):
            "the parentheses in '\(tag)' do not pair up. Close each transform's parenthesis, as in {{count(tags)}}."
        case .invalidSetDelimiter(let tag):
            "the set-delimiter tag '\(tag)' is malformed. Write it as {{=<% %>=}}: the new open and close delimiters, separated by a space, between '='s."
        case .nestedTooDeep(let tag, let limit):
            "the tag '\(tag)' opens more than \(limit) nested sections, blocks and parents, the most a template may have. Nest fewer sections."
        case .notABlockInParent:
            "only {{$block}} sections may appear inside {{<parent}}. Move this into a block."
        case .transformOnBlock:
            "a transform cannot be applied to an inheritance section. Remove the transform."
        case .unknownTransform(let name):
            "there is no transform '\(name)'; the transforms are \(MustacheTransform.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")). Fix the name."
        case .unsupportedTag(let tag):
            "\(tag) tags are not supported by Briefing's templates. Remove it."
        }
    }
}
