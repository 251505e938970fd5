import BriefingCore
import Foundation
import BriefingTestSupport
import Templating
import Testing

struct TemplateLibraryTests {
    /// A templates folder with the required templates, plus `extra` files.
    func folder(_ extra: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let minimal = [
            "layout": "<title>{{pageTitle}}</title>{{$content}}{{/content}}",
            "index": "{{<layout}}{{$content}}{{#briefs}}{{title}};{{/briefs}}{{/content}}{{/layout}}",
            "brief": "{{<layout}}{{$content}}{{{brief.bodyHTML}}}{{/content}}{{/layout}}",
            "page": "{{page.title}}",
            "404": "missing",
            "entity": "{{entity.name}}",
            "entities": "{{entityIndex.count}}",
            "tag": "{{tag.name}}",
            "tags": "tags",
            "search": "search",
        ]
        for (name, text) in minimal.merging(extra, uniquingKeysWith: { $1 }) {
            try folder.write(text, to: "\(name).mustache")
        }
        return folder
    }

    func context(title: String) -> PageContext {
        PageContextBuilder(config: SiteConfig(title: title), pages: []).homePages()[0].context
    }

    @Test func `text is escaped and templates inherit their layout`() throws {
        let templates = try folder()
        let library = try TemplateLibrary(folder: templates.path)
        #expect(try library.render(context(title: "<b>&</b>"), with: "index") == "<title>&lt;b&gt;&amp;&lt;/b&gt;</title>")
    }

    @Test func `an unclosed section is named at its opening tag`() throws {
        let templates = try folder(["index": "line one\n  {{#briefs}}\n{{title}}\n"])
        #expect(throws: BriefingError(.invalidTemplate("the section 'briefs' opened here is never closed. Add {{/briefs}} where the section should end."), at: SourceLocation(path: templates.path + "/index.mustache", line: 2, column: 3))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a section closed with the wrong name names its line and column`() throws {
        let templates = try folder(["page": "<p>\n  {{#page}}{{title}}{{/pages}}\n"])
        #expect(throws: BriefingError(.invalidTemplate("the closing tag '{{/pages}}' does not match the section 'page' that is open. Close the innermost section first, with {{/page}}."), at: SourceLocation(path: templates.path + "/page.mustache", line: 2, column: 21))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a missing partial is an error, not an empty string`() throws {
        let templates = try folder(["page": "ok\n  {{> partials/sidebar }}\n"])
        #expect(throws: BriefingError(.invalidTemplate("the partial 'partials/sidebar' does not exist; the templates are '404', 'brief', 'entities', 'entity', 'index', 'layout', 'page', 'search', 'tag', 'tags'. Fix the name or add partials/sidebar.mustache."), at: SourceLocation(path: templates.path + "/page.mustache", line: 2, column: 3))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a partial named between changed delimiters is checked too`() throws {
        let templates = try folder(["page": "{{=<% %>=}}\n<%> partials/nope %>\n"])
        #expect(throws: BriefingError(.invalidTemplate("the partial 'partials/nope' does not exist; the templates are '404', 'brief', 'entities', 'entity', 'index', 'layout', 'page', 'search', 'tag', 'tags'. Fix the name or add partials/nope.mustache."), at: SourceLocation(path: templates.path + "/page.mustache", line: 2, column: 1))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `an unknown transform names its template, line and column`() throws {
        let templates = try folder(["tags": "<ul>\n  {{#shout(tags)}}{{/shout(tags)}}\n"])
        #expect(throws: BriefingError(.invalidTemplate("there is no transform 'shout'; the transforms are 'capitalized', 'lowercased', 'uppercased', 'empty', 'reversed', 'first', 'last', 'count', 'sorted', 'equalzero', 'plusone', 'minusone', 'even', 'odd', 'index'. Fix the name."), at: SourceLocation(path: templates.path + "/tags.mustache", line: 2, column: 3))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a missing required template lists the ones there are`() throws {
        let templates = try folder()
        try FileManager.default.removeItem(atPath: templates.path + "/404.mustache")
        #expect(throws: BriefingError(.invalidTemplate("the template '404.mustache' is missing; the folder has 'brief', 'entities', 'entity', 'index', 'layout', 'page', 'search', 'tag', 'tags'. Copy it from the default theme."), at: SourceLocation(path: templates.path))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a partial that includes itself is an error naming the chain`() throws {
        let templates = try folder(["index": "<main>\n{{> partials/selfref}}\n</main>\n", "partials/selfref": "<div>\n  {{#x}}{{> partials/selfref}}{{/x}}\n</div>\n"])
        #expect(throws: BriefingError(.invalidTemplate("the template 'partials/selfref' includes itself (partials/selfref → partials/selfref), so rendering it would never end. Remove or change one of the partial or parent tags in this chain."), at: SourceLocation(path: templates.path + "/partials/selfref.mustache", line: 2, column: 9))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `partials that include each other are an error naming the chain`() throws {
        let templates = try folder([
            "page": "{{> partials/a}}", "partials/a": "a\n{{> partials/b}}\n", "partials/b": "b\n{{> partials/c}}\n", "partials/c": "{{^x}}{{> partials/a}}{{/x}}",
        ])
        #expect(throws: BriefingError(.invalidTemplate("the template 'partials/a' includes itself (partials/a → partials/b → partials/c → partials/a), so rendering it would never end. Remove or change one of the partial or parent tags in this chain."), at: SourceLocation(path: templates.path + "/partials/a.mustache", line: 2, column: 1))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a layout that inherits from itself is an error`() throws {
        let templates = try folder(["layout": "<html>{{<layout}}{{$content}}x{{/content}}{{/layout}}</html>"])
        #expect(throws: BriefingError(.invalidTemplate("the template 'layout' includes itself (layout → layout), so rendering it would never end. Remove or change one of the partial or parent tags in this chain."), at: SourceLocation(path: templates.path + "/layout.mustache", line: 1, column: 7))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `a partial inside a block override that includes the page is an error`() throws {
        let templates = try folder(["search": "{{<layout}}{{$content}}{{> search}}{{/content}}{{/layout}}"])
        #expect(throws: BriefingError(.invalidTemplate("the template 'search' includes itself (search → search), so rendering it would never end. Remove or change one of the partial or parent tags in this chain."), at: SourceLocation(path: templates.path + "/search.mustache", line: 1, column: 24))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `partials nested more than 100 deep stop rendering with an error naming the chain`() throws {
        var partials = ["page": "<p>{{> partials/p1}}</p>"]
        for level in 1...150 { partials["partials/p\(level)"] = level == 150 ? "end" : "{{#site}}\n{{> partials/p\(level + 1)}}\n{{/site}}\n" }
        let templates = try folder(partials)
        let library = try TemplateLibrary(folder: templates.path)
        // Each partial adds two levels, itself and its section, so partials/p51 is the 101st level under 'page'.
        #expect(throws: BriefingError(.invalidTemplate("rendering 'page' nests sections, blocks and partials more than 100 deep, the most Briefing renders, inside 'partials/p51', included here (page → partials/p1 → partials/p2 → partials/p3 → … 44 more … → partials/p48 → partials/p49 → partials/p50 → partials/p51). Include fewer partials within one another, or nest fewer sections."), at: SourceLocation(path: templates.path + "/partials/p50.mustache", line: 2, column: 1))) {
            try library.render(context(title: "t"), with: "page")
        }
    }

    @Test func `partials nested 40 deep render`() throws {
        var partials = ["page": "<p>{{> partials/p1}}</p>"]
        for level in 1...40 { partials["partials/p\(level)"] = level == 40 ? "end" : "{{#site}}{{> partials/p\(level + 1)}}{{/site}}" }
        let templates = try folder(partials)
        let library = try TemplateLibrary(folder: templates.path)
        #expect(try library.render(context(title: "t"), with: "page") == "<p>end</p>")
    }

    @Test func `a template that is not UTF-8 names the file and the first bad byte`() throws {
        let templates = try folder()
        try templates.write(Data("<p>\n  é{{x}}".utf8) + Data([0xFF, 0x00, 0x80]) + Data("\n".utf8), to: "tags.mustache")
        #expect(throws: BriefingError(.invalidTemplate("the template is not UTF-8 text: the byte 0xFF here is not valid UTF-8. Save the file as UTF-8."), at: SourceLocation(path: templates.path + "/tags.mustache", line: 2, column: 9))) {
            try TemplateLibrary(folder: templates.path)
        }
    }

    @Test func `an empty template renders nothing`() throws {
        let templates = try folder(["404": "", "partials/empty": "", "tags": "[{{> partials/empty}}]"])
        let library = try TemplateLibrary(folder: templates.path)
        #expect(try library.render(context(title: "t"), with: "404") == "")
        #expect(try library.render(context(title: "t"), with: "tags") == "[]")
    }

    @Test func `a folder, a pipe or a link to nowhere named like a template is not read as one`() throws {
        let templates = try folder()
        try FileManager.default.createDirectory(atPath: templates.path + "/old.mustache", withIntermediateDirectories: true)
        #expect(mkfifo(templates.path + "/pipe.mustache", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: templates.path + "/gone.mustache", withDestinationPath: templates.path + "/nothing")
        let names = try TemplateLibrary(folder: templates.path).names
        #expect(!names.contains("old") && !names.contains("pipe") && !names.contains("gone"))
    }

    @Test func `the default theme loads`() throws {
        let library = try TemplateLibrary(folder: Project.templates.path)
        #expect(Set(TemplateLibrary.requiredTemplates).isSubset(of: library.names))
    }
}
