import Testing
@testable import Templating

struct MustacheRendererTests {
    /// A view built from a table, so that each case states its context inline.
    struct Fields: TemplateFields {
        var values: [String: TemplateValue]
        func child(named name: String) -> TemplateValue? { values[name] }
    }

    static func list(_ values: TemplateValue...) -> TemplateValue { .list(values) }
    static func object(_ values: [String: TemplateValue]) -> TemplateValue { .fields(Fields(values: values)) }

    /// Renders `template` over `context`, with `partials` as the other templates of the set.
    func rendered(_ template: String, _ context: [String: TemplateValue], partials: [String: String]) throws -> String {
        let names = ["main"] + partials.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var bodies: [[MustacheNode]] = []
        for name in names {
            var parser = MustacheParser(name == "main" ? template : partials[name]!, templateNumbers: numbers)
            bodies.append(try parser.nodes())
        }
        var renderer = MustacheRenderer(templates: bodies, context: Fields(values: context).templateValue, capacity: 0)
        try renderer.render(template: 0)
        return String(decoding: renderer.output, as: UTF8.self)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var template: String
        var context: [String: TemplateValue] = [:]
        var partials: [String: String] = [:]
        var expected: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "text is escaped, & < > \" ' included", template: "{{x}}", context: ["x": .text(#"a & b < c > d " e ' f é"#)],
             expected: "a &amp; b &lt; c &gt; d &quot; e &#39; f é"),
        Case(id: "triple mustache and ampersand write raw", template: "{{{x}}}|{{& x}}|{{{ x }}}", context: ["x": .text("<b>")], expected: "<b>|<b>|<b>"),
        Case(id: "numbers and flags are written", template: "{{n}} {{f}}", context: ["n": .number(-3), "f": .flag(true)], expected: "-3 true"),
        Case(id: "a missing name writes nothing", template: "[{{nothing}}]", expected: "[]"),
        Case(id: "comments vanish, standalone ones with their line", template: "a{{! one }}b\n  {{! two\nlines }}  \nc\n", expected: "ab\nc\n"),
        Case(id: "standalone section tags take their whole line", template: "<ul>\n  {{#f}}\n  <li>\n  {{/f}}\n</ul>\n", context: ["f": .flag(true)],
             expected: "<ul>\n  <li>\n</ul>\n"),
        Case(id: "tags sharing a line with text are not standalone", template: " {{#f}}x{{/f}} \n", context: ["f": .flag(true)], expected: " x \n"),
        Case(id: "a standalone tag at the end of the text needs no line break", template: "a\n{{#f}}\nb\n{{/f}}", context: ["f": .flag(true)], expected: "a\nb\n"),
        Case(id: "CRLF line breaks make standalone lines too", template: "{{#f}}\r\nb\r\n{{/f}}\r\n", context: ["f": .flag(true)], expected: "b\r\n"),
        Case(id: "a list renders once per element, elements on the stack", template: "{{#xs}}<{{.}}>{{/xs}}", context: ["xs": list(.text("a"), .text("b"))],
             expected: "<a><b>"),
        Case(id: "an empty list, false and nil are falsy; an empty text is truthy",
             template: "{{#xs}}1{{/xs}}{{#f}}2{{/f}}{{#none}}3{{/none}}{{#s}}4{{/s}}{{^xs}}5{{/xs}}{{^f}}6{{/f}}{{^none}}7{{/none}}{{^s}}8{{/s}}",
             context: ["xs": list(), "f": .flag(false), "s": .text("")], expected: "4567"),
        Case(id: "zero is truthy", template: "{{#n}}[{{.}}]{{/n}}{{^n}}no{{/n}}", context: ["n": .number(0)], expected: "[0]"),
        Case(id: "nested sections look names up the context stack", template: "{{#a}}{{#b}}{{x}}{{y}}{{z}}{{/b}}{{/a}}",
             context: ["a": object(["x": .text("ax"), "b": object(["y": .text("by")])]), "x": .text("root"), "z": .text("rz")], expected: "axbyrz"),
        Case(id: "a nil field lets the lookup go on up the stack", template: "{{#items}}{{title}};{{/items}}",
             context: ["title": .text("page"), "items": list(object(["title": .text("one")]), object([:]))], expected: "one;page;"),
        Case(id: "dotted names follow fields and do not climb from the middle", template: "{{a.b.c}}|{{#a}}{{b.x}}{{/a}}",
             context: ["a": object(["b": object(["c": .text("abc")])]), "x": .text("no")], expected: "abc|"),
        Case(id: "a leading dot reads the top of the stack only", template: "{{#a}}[{{.x}}][{{x}}]{{/a}}", context: ["a": object([:]), "x": .text("root")],
             expected: "[][root]"),
        Case(id: "set delimiters change the tags that follow", template: "{{=<% %>=}}<% x %>{{x}}<%={{ }}=%>{{x}}", context: ["x": .text("1")],
             expected: "1{{x}}1"),
        Case(id: "delimiters set inside a section end with it", template: "{{#f}}{{=<% %>=}}<%x%><%/f%>{{x}}", context: ["f": .flag(true), "x": .text("1")],
             expected: "11"),
        Case(id: "a standalone partial is indented line by line", template: "<div>\n  {{> p}}\n</div>\n", partials: ["p": "<a>\n<b>\n"],
             expected: "<div>\n  <a>\n  <b>\n</div>\n"),
        Case(id: "an inline partial is not indented", template: "  x{{> p}}\n", partials: ["p": "<a>\n<b>\n"], expected: "  x<a>\n<b>\n\n"),
        Case(id: "a value's own line breaks are not indented", template: "  {{> p}}\n", context: ["html": .text("1\n2\n")], partials: ["p": "{{{html}}}\nend\n"],
             expected: "  1\n2\n  \n  end\n"),
        Case(id: "a partial sees the caller's context", template: "{{#a}}{{> p}}{{/a}}", context: ["a": object(["n": .text("inner")])], partials: ["p": "{{n}}"],
             expected: "inner"),
        Case(id: "a parent's blocks keep their defaults unless overridden",
             template: "{{<layout}}\n{{$title}}Mine{{/title}}\n{{/layout}}\n",
             partials: ["layout": "<title>{{$title}}Default{{/title}}</title>\n{{$body}}\nempty\n{{/body}}\n"],
             expected: "<title>Mine</title>\nempty\n"),
        Case(id: "the outermost override of a block wins, through nested parents",
             template: "{{<middle}}{{$b}}page{{/b}}{{/middle}}",
             partials: ["middle": "{{<base}}{{$b}}middle{{/b}}{{/base}}", "base": "[{{$b}}base{{/b}}]"], expected: "[page]"),
        Case(id: "a block override renders where the parent expands it", template: "{{<layout}}{{$b}}{{x}}{{/b}}{{/layout}}",
             context: ["x": .text("outer"), "a": object(["x": .text("inner")])], partials: ["layout": "{{#a}}{{$b}}{{/b}}{{/a}}"], expected: "inner"),
        Case(id: "empty() tests a list or a text", template: "{{^empty(xs)}}has{{/empty(xs)}}{{#empty(s)}}blank{{/empty(s)}}",
             context: ["xs": list(.text("a")), "s": .text("")], expected: "hasblank"),
        Case(id: "a missing list is not empty", template: "{{^empty(missing)}}shown{{/empty(missing)}}", expected: "shown"),
        Case(id: "list transforms", template: "{{count(xs)}} {{first(xs)}} {{last(xs)}} {{#reversed(xs)}}{{.}}{{/reversed(xs)}} {{#sorted(xs)}}{{.}}{{/sorted(xs)}} {{count(reversed(xs))}}",
             context: ["xs": list(.text("b"), .text("c"), .text("a"))], expected: "3 b a acb abc 3"),
        Case(id: "first and last of an empty list are nothing", template: "[{{first(xs)}}{{#last(xs)}}x{{/last(xs)}}]", context: ["xs": list()], expected: "[]"),
        Case(id: "text transforms", template: "{{uppercased(s)}} {{lowercased(s)}} {{capitalized(s)}} {{reversed(s)}}", context: ["s": .text("héllo wOrld")],
             expected: "HÉLLO WORLD héllo world Héllo World dlrOw olléh"),
        Case(id: "number transforms", template: "{{plusone(n)}} {{minusone(n)}} {{#even(n)}}even{{/even(n)}}{{#odd(n)}}odd{{/odd(n)}} {{#equalzero(n)}}zero{{/equalzero(n)}}",
             context: ["n": .number(3)], expected: "4 2 odd "),
        Case(id: "list position transforms inside a section", template: "{{#xs}}{{index()}}{{#first()}}F{{/first()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{^last()}},{{/last()}}{{/xs}}",
             context: ["xs": list(.text("a"), .text("b"), .text("c"))], expected: "0Fe,1o,2e"),
        Case(id: "a transform that does not apply gives nothing", template: "[{{uppercased(xs)}}{{count(s)}}{{first()}}]",
             context: ["xs": list(.text("a")), "s": .text("s")], expected: "[]"),
    ]

    @Test(arguments: cases) func `renders as swift-mustache did`(_ example: Case) throws {
        #expect(try rendered(example.template, example.context, partials: example.partials) == example.expected)
    }
}
