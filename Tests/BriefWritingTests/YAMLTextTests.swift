@testable import BriefWriting
import Testing

struct YAMLTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let text: String
        let written: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "a name stays plain", text: "Iryna Skubii", written: "Iryna Skubii"),
        Case(id: "apostrophes, hyphens and dashes stay plain", text: "Jean-Luc O’Neil – Jr.", written: "Jean-Luc O’Neil – Jr."),
        Case(id: "unicode letters stay plain", text: "Škoda Zürich Kyiv Київ", written: "Škoda Zürich Kyiv Київ"),
        Case(id: "a comma is quoted", text: "Center for Army, Conversion", written: "\"Center for Army, Conversion\""),
        Case(id: "a colon is quoted", text: "Note: this", written: "\"Note: this\""),
        Case(id: "a hash is quoted", text: "Vote #1", written: "\"Vote #1\""),
        Case(id: "yes is quoted", text: "yes", written: "\"yes\""),
        Case(id: "No is quoted", text: "No", written: "\"No\""),
        Case(id: "null is quoted", text: "null", written: "\"null\""),
        Case(id: "a number is quoted", text: "1984", written: "\"1984\""),
        Case(id: "a leading dash is quoted", text: "-minus", written: "\"-minus\""),
        Case(id: "a leading star is quoted", text: "*alias", written: "\"*alias\""),
        Case(id: "a leading ampersand is quoted", text: "&anchor", written: "\"&anchor\""),
        Case(id: "a leading bang is quoted", text: "!tag", written: "\"!tag\""),
        Case(id: "quotes and backslashes are escaped", text: "say \"hi\" \\o/", written: "\"say \\\"hi\\\" \\\\o/\""),
        Case(id: "brackets and braces are quoted", text: "a [b] {c}", written: "\"a [b] {c}\""),
        Case(id: "control characters are escaped", text: "bell\u{7}tab\tline\nsep\u{2028}bom\u{FEFF}", written: "\"bell\\u0007tab\\tline\\nsep\\u2028bom\\uFEFF\""),
    ]

    @Test(arguments: cases)
    func `text is written plain only when it cannot be misread`(_ example: Case) {
        #expect(YAMLText.scalar(example.text) == example.written)
    }

    @Test func `a list quotes only the items that need it`() {
        #expect(YAMLText.list(["Ukraine", "yes", "a, b"]) == "[Ukraine, \"yes\", \"a, b\"]")
        #expect(YAMLText.list([]) == "[]")
    }
}
