import BriefingCore
import Foundation
import Testing
@testable import Templating

/// Parse errors, each at the position marked 👉 in its template.
struct MustacheParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var template: String
        var message: String
        var testDescription: String { id }
    }

    static let unclosed = "a section is never closed before the end of the template. Add {{/name}} where the section should end."
    static let mismatched = "this closing tag does not match the section that is open. Close the innermost section first, with {{/name}} naming it."
    static let unfinished = "this tag is not finished. End it with '}}'."
    static let onlyBlocks = "only {{$block}} sections may appear inside {{<parent}}. Move this into a block."

    static let cases: [Case] = [
        Case(id: "an unclosed section, at the end of the text", template: "a\n{{#s}}\nb\n👉", message: unclosed),
        Case(id: "a closing tag naming another section", template: "{{#a}}\n  x{{/👉b}}", message: mismatched),
        Case(id: "a closing tag with no open section", template: "x{{/👉a}}", message: mismatched),
        Case(id: "a name with a space in it", template: "{{name 👉x}}", message: unfinished),
        Case(id: "a tag cut off by the end of the text", template: "ab{{na👉", message: unfinished),
        Case(id: "an open delimiter at the end of the text", template: "ab{{👉", message: unfinished),
        Case(id: "a comment that never closes", template: "ok\n👉{{! never closed", message: unfinished),
        Case(id: "unpaired parentheses", template: "{{first(x}}👉", message: unfinished),
        Case(id: "a set-delimiter tag without a close delimiter", template: "👉{{=<% =}}", message: "this set-delimiter tag is malformed. Write it as {{=<% %>=}}."),
        Case(id: "text directly inside a parent", template: "{{<layout}}\n  👉hello\n{{/layout}}", message: onlyBlocks),
        Case(id: "a variable directly inside a parent", template: "{{<layout}}👉{{name}}{{/layout}}", message: onlyBlocks),
        Case(id: "a transform on a block", template: "👉{{$empty(x)}}{{/empty(x)}}", message: "a transform cannot be applied to an inheritance section. Remove the transform."),
        Case(id: "an unknown transform", template: "<p>👉{{shout(x)}}</p>",
             message: "there is no transform 'shout'; the transforms are 'capitalized', 'lowercased', 'uppercased', 'empty', 'reversed', 'first', 'last', 'count', 'sorted', 'equalzero', 'plusone', 'minusone', 'even', 'odd', 'index'. Fix the name."),
        Case(id: "a configuration tag", template: "👉{{%CONTENT_TYPE:TEXT}}", message: "{{% … }} configuration tags are not supported by Briefing's templates. Remove it."),
        Case(id: "a dynamic partial", template: "👉{{>*name}}", message: "dynamic partial ({{>*name}}) tags are not supported by Briefing's templates. Remove it."),
    ]

    @Test(arguments: cases) func `a template that does not parse names the line and column`(_ example: Case) throws {
        let marker = try #require(example.template.range(of: "👉"))
        let before = example.template[..<marker.lowerBound]
        let line = 1 + before.count(where: \.isNewline)
        let column = 1 + before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0)
        let text = example.template.replacingCharacters(in: marker, with: "")
        #expect(parseError(text) == BriefingError(.invalidTemplate(example.message), at: SourceLocation(path: "t.mustache", line: line, column: column)))
    }

    /// The error `TemplateLibrary` would throw for `text`, or nil when it parses.
    func parseError(_ text: String) -> BriefingError? {
        var parser = MustacheParser(text, templateNumbers: ["layout": 0])
        do {
            _ = try parser.nodes()
            return nil
        } catch {
            return BriefingError(.invalidTemplate(error.explanation), at: TemplateLibrary.location(of: error.offset, in: text, path: "t.mustache"))
        }
    }

    @Test func `partials are numbered and unknown ones listed with their tag`() throws {
        var parser = MustacheParser("a\n  {{> known}}{{> nope}}\n", templateNumbers: ["known": 0])
        _ = try parser.nodes()
        #expect(parser.unknownPartials.map(\.name) == ["nope"])
        #expect(TemplateLibrary.location(of: parser.unknownPartials[0].offset, in: "a\n  {{> known}}{{> nope}}\n", path: "t") == SourceLocation(path: "t", line: 2, column: 14))
    }
}
