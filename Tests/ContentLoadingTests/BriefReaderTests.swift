import BriefingCore
import ContentLoading
import Testing

struct BriefReaderTests {
    let reader = BriefReader()

    @Test func `a brief's front matter becomes a Brief value`() throws {
        let brief = try reader.brief(from: """
        ---
        title: "Summit: what was agreed"
        date: 2025-08-18
        byline: Rafiyat Sadiq
        source: Al Jazeera
        source_url: null
        tags: [Ukraine, security guarantees]
        entities:
          people:
            - {name: Mark Rutte, role: NATO Secretary-General, aliases: [Rutte], mentions: 2}
          organizations:
            - NATO
          places:
            - {name: Kyiv, mentions: 3}
        ---

        - A key point.

        ## Context
        """, path: "Content/briefs/summit.md")

        #expect(brief.title == "Summit: what was agreed")
        #expect(brief.slug == "summit")
        #expect(brief.date == CalendarDate(iso: "2025-08-18"))
        #expect(brief.byline == "Rafiyat Sadiq")
        #expect(brief.source == "Al Jazeera")
        #expect(brief.sourceURL == nil)
        #expect(brief.tags == ["Ukraine", "security guarantees"])
        #expect(brief.entities.people == [BriefEntity(name: "Mark Rutte", role: "NATO Secretary-General", aliases: ["Rutte"], mentions: 2)])
        #expect(brief.entities.organizations == [BriefEntity(name: "NATO")])
        #expect(brief.entities.places == [BriefEntity(name: "Kyiv", mentions: 3)])
        #expect(brief.bodyLine == 16)
        #expect(brief.keyPoints == ["A key point."])
    }

    @Test func `windows line endings and a byte order mark are accepted`() throws {
        let brief = try reader.brief(from: "\u{FEFF}---\r\ntitle: Hello\r\nslug: hello-there\r\n---\r\nBody\r\n", path: "a.md")
        #expect(brief.slug == "hello-there")
        #expect(brief.body == "Body\n")
    }

    @Test func `a file and title without letters cannot make a slug`() {
        #expect(throws: BriefingError(.invalidFrontMatter("the title '...' has no letters or digits to make a URL from. Add a line 'slug: …' with lowercase letters, digits and hyphens."), at: SourceLocation(path: "briefs/---.md", line: 2, column: 8))) {
            try reader.brief(from: "---\ntitle: \"...\"\n---\n", path: "briefs/---.md")
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "no front matter", text: "# Title\n", message:
            "b.md:1:1: error: a brief starts with front matter, but line 1 is not '---'. Begin the file with '---', a line 'title: \"…\"', and '---'."),
        Case(name: "never closed", text: "---\ntitle: A\n", message:
            "b.md:1:1: error: the front matter opened by '---' on line 1 is never closed. Add a line '---' after its last key."),
        Case(name: "YAML syntax", text: "---\ntitle: A\ntags: [a, b\n---\n", message:
            "b.md:4:1: error: this is not valid YAML: did not find expected ',' or ']'. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes."),
        Case(name: "unquoted colon", text: "---\ntitle: Summit: what next\n---\n", message:
            "b.md:2:14: error: this is not valid YAML: mapping values are not allowed in this context. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes."),
        Case(name: "duplicate key", text: "---\ntitle: A\ntitle: B\n---\n", message:
            "b.md:2:1: error: the key 'title' appears more than once. Keep one of them."),
        Case(name: "missing title", text: "---\ndate: 2025-01-01\n---\n", message:
            "b.md:2:1: error: 'title' is missing. Add a line such as 'title: \"What happened, in a line\"'."),
        Case(name: "title is a list", text: "---\ntitle:\n  - A\n---\n", message:
            "b.md:3:3: error: 'title' should be text, but it is a list. Write it on one line, in double quotes if it contains ': '."),
        Case(name: "bad date", text: "---\ntitle: A\ndate: 18/08/2025\n---\n", message:
            "b.md:3:7: error: 'date' is '18/08/2025', which is not a date. Write it as YYYY-MM-DD, such as 2025-08-18."),
        Case(name: "unknown key", text: "---\ntitle: A\ntitel: B\n---\n", message:
            "b.md:3:1: error: 'titel' is not a key of a brief. Use one of: title, slug, date, byline, source, source_url, tags, entities."),
        Case(name: "slug escapes", text: "---\ntitle: A\nslug: ../../x\n---\n", message:
            "b.md:3:7: error: the slug '../../x' cannot be used in a URL. Use lowercase letters, digits and hyphens, such as 'x'."),
        Case(name: "mentions not a number", text: "---\ntitle: A\nentities:\n  places:\n    - {name: Kyiv, mentions: many}\n---\n", message:
            "b.md:5:30: error: 'mentions' is 'many', but it should be a whole number of at least 0."),
        Case(name: "script url", text: "---\ntitle: A\nsource_url: javascript:alert(1)\n---\n", message:
            "b.md:3:13: error: 'source_url' is 'javascript:alert(1)', but it should be a web address starting with https:// or http://."),
        Case(name: "entity group unknown", text: "---\ntitle: A\nentities:\n  persons: [A]\n---\n", message:
            "b.md:4:3: error: 'persons' is not a key of entities. Use one of: people, organizations, places."),
    ])
    func `malformed front matter is an error naming file, line and column`(testCase: Case) {
        #expect(throws: (any Error).self) { try reader.brief(from: testCase.text, path: "b.md") }
        do {
            _ = try reader.brief(from: testCase.text, path: "b.md")
        } catch {
            #expect("\(error)" == testCase.message)
        }
    }
}
