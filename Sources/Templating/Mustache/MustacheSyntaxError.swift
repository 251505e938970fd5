/// Why a template does not parse, and where: a byte offset into its text.
struct MustacheSyntaxError: Error, Equatable {
    enum Reason: Equatable {
        case unclosedSection
        case mismatchedClose
        case unfinishedTag
        case invalidSetDelimiter
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
        case .unclosedSection:
            "a section is never closed before the end of the template. Add {{/name}} where the section should end."
        case .mismatchedClose:
            "this closing tag does not match the section that is open. Close the innermost section first, with {{/name}} naming it."
        case .unfinishedTag:
            "this tag is not finished. End it with '}}'."
        case .invalidSetDelimiter:
            "this set-delimiter tag is malformed. Write it as {{=<% %>=}}."
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
