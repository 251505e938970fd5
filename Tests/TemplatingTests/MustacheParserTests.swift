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

    static let onlyBlocks = "only {{$block}} sections may appear inside {{<parent}}. Move this into a block."
    static let noName = "has no name. Write the name inside it, or '.' for the current value."
    static func unexpected(_ tag: String, _ found: String) -> String {
        "the tag '\(tag)' has '\(found)' after its name; a name is letters, digits and . - _ ? * ( ) only. Fix the name, or end the tag with '}}' after it."
    }

    static let cases: [Case] = [
        Case(id: "an unclosed section, at its opening tag", template: "a\n👉{{#s}}\nb\n",
             message: "the section 's' opened here is never closed. Add {{/s}} where the section should end."),
        Case(id: "an unclosed inverted section with a transform", template: "👉{{^empty(tags)}}none",
             message: "the section 'empty(tags)' opened here is never closed. Add {{/empty(tags)}} where the section should end."),
        Case(id: "a section closed before the one inside it", template: "{{#a}}\n  {{#b}}\n👉{{/a}}",
             message: "the closing tag '{{/a}}' does not match the section 'b' that is open. Close the innermost section first, with {{/b}}."),
        Case(id: "an unclosed section under changed delimiters", template: "{{=<% %>=}}\n👉<%#s%>x",
             message: "the section 's' opened here is never closed. Add <%/s%> where the section should end."),
        Case(id: "an unclosed block", template: "{{<layout}}\n👉{{$content}}\nx\n",
             message: "the block 'content' opened here is never closed. Add {{/content}} where the block should end."),
        Case(id: "an unclosed parent", template: "👉{{<layout}}\n{{$a}}{{/a}}\n",
             message: "the parent 'layout' opened here is never closed. Add {{/layout}} where the parent should end."),
        Case(id: "a closing tag naming another section", template: "{{#a}}\n  x👉{{/b}}",
             message: "the closing tag '{{/b}}' does not match the section 'a' that is open. Close the innermost section first, with {{/a}}."),
        Case(id: "a closing tag naming another parent", template: "{{<layout}}👉{{/layot}}",
             message: "the closing tag '{{/layot}}' does not match the parent 'layout' that is open. Close the innermost parent first, with {{/layout}}."),
        Case(id: "a closing tag with no open section", template: "x👉{{/a}}",
             message: "the closing tag '{{/a}}' closes nothing: no section is open here. Remove it, or open its section before it."),
        Case(id: "a name with a space in it", template: "{{name 👉x}}", message: unexpected("{{name x", "x")),
        Case(id: "a name with a character names may not hold", template: "<p>{{#a👉é}}", message: unexpected("{{#aé", "é")),
        Case(id: "a tag cut off by the end of the text", template: "ab👉{{na", message: "the tag '{{na' is never closed. End it with '}}'."),
        Case(id: "a tag cut off by the end of its line", template: "<p>👉{{name\n</p>\n{{x}}", message: "the tag '{{name' is never closed. End it with '}}'."),
        Case(id: "an open delimiter at the end of the text", template: "ab👉{{", message: "the tag '{{' is never closed. End it with '}}'."),
        Case(id: "a comment that never closes", template: "ok\n👉{{! never closed", message: "the tag '{{! never closed' is never closed. End it with '}}'."),
        Case(id: "a long tag is quoted to 40 bytes", template: "👉{{" + String(repeating: "n", count: 60),
             message: "the tag '{{" + String(repeating: "n", count: 38) + "…' is never closed. End it with '}}'."),
        Case(id: "a triple mustache closed with two braces", template: "<div>👉{{{html}}</div>", message: "the tag '{{{html}}' is never closed. End it with '}}}'."),
        Case(id: "a triple mustache cut off by the end of the text", template: "👉{{{html", message: "the tag '{{{html' is never closed. End it with '}}}'."),
        Case(id: "a variable with no name", template: "a👉{{ }}", message: "the tag '{{ }}' " + noName),
        Case(id: "a section with no name", template: "👉{{#}}x{{/}}", message: "the tag '{{#}}' " + noName),
        Case(id: "a partial with no name", template: "👉{{>}}", message: "the tag '{{>}}' " + noName),
        Case(id: "unpaired parentheses", template: "👉{{first(x}}",
             message: "the parentheses in '{{first(x}}' do not pair up. Close each transform's parenthesis, as in {{count(tags)}}."),
        Case(id: "a set-delimiter tag without a close delimiter", template: "👉{{=<% =}}",
             message: "the set-delimiter tag '{{=<% =}}' is malformed. Write it as {{=<% %>=}}: the new open and close delimiters, separated by a space, between '='s."),
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

    @Test func `sections nested more than 100 deep are an error at the 101st, not a stack overflow`() {
        let text = String(repeating: "{{#a}}", count: 60_000)
        #expect(parseError(text) == BriefingError(
            .invalidTemplate("the tag '{{#a}}' opens more than 100 nested sections, blocks and parents, the most a template may have. Nest fewer sections."),
            at: SourceLocation(path: "t.mustache", line: 1, column: 601)
        ))
    }

    @Test func `sections nested 100 deep parse and render`() throws {
        let text = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        var parser = MustacheParser(text, templateNumbers: [:])
        let context = MustacheRendererTests.Fields(values: ["a": .flag(true)]).templateValue
        var renderer = MustacheRenderer(templates: [try parser.nodes()], context: context, capacity: 0)
        try renderer.render(template: 0)
        #expect(renderer.output == Array("x".utf8))
    }

    @Test func `a 10 MB template parses in linear time`() throws {
        let line = "<p>{{#a}}{{b}} {{{c}}} {{! note }}{{/a}}</p>\n"
        let text = String(repeating: line, count: 10_000_000 / line.utf8.count)
        let clock = ContinuousClock()
        var nodes: [MustacheNode] = []
        let elapsed = try clock.measure {
            var parser = MustacheParser(text, templateNumbers: [:])
            nodes = try parser.nodes()
        }
        #expect(nodes.count == 3 * (10_000_000 / line.utf8.count))
        // A quadratic parser would take hours; a linear one well under a minute even in a debug build.
        #expect(elapsed < .seconds(60))
    }

    @Test func `an empty template parses to nothing`() throws {
        var parser = MustacheParser("", templateNumbers: [:])
        #expect(try parser.nodes().isEmpty)
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
