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

    @Test func `the default theme loads`() throws {
        let library = try TemplateLibrary(folder: Project.templates.path)
        #expect(Set(TemplateLibrary.requiredTemplates).isSubset(of: library.names))
    }
}
