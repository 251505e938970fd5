import BriefingCore
import Testing

struct BriefingErrorTests {
    @Test func `an error prints like a compiler diagnostic`() {
        let error = BriefingError(.invalidFrontMatter("'date' is 'soon'."), at: SourceLocation(path: "Content/briefs/a.md", line: 4, column: 7))
        #expect(error.description == "Content/briefs/a.md:4:7: error: 'date' is 'soon'.")
    }

    @Test func `an error without a line names only the file, and one without a file only the problem`() {
        #expect(BriefingError(.unreadableFile("x."), at: SourceLocation(path: "a.md")).description == "a.md: error: x.")
        #expect(BriefingError(.invalidProject("y.")).description == "error: y.")
    }

    @Test func `the first step stamped on an error stays`() {
        let error = BriefingError(.invalidProject("y.")).during("Reading content").during("Writing output")
        #expect(error.step == "Reading content")
    }
}
