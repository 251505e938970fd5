import BriefingCore
import Testing

struct BriefTests {
    @Test func `key points are the bullet list that opens the body`() {
        let brief = Brief(title: "T", slug: "t", body: """

        - First point,
          wrapped.
        - Second point.

        ## Section

        - Not a key point.
        """, path: "t.md")
        #expect(brief.keyPoints == ["First point, wrapped.", "Second point."])
    }

    @Test func `a body that opens with prose has no key points`() {
        #expect(Brief(title: "T", slug: "t", body: "Prose.\n\n- item\n", path: "t.md").keyPoints.isEmpty)
    }
}

struct BriefKeyPointEscapeTests {
    @Test func `key points drop the backslashes that keep punctuation literal in Markdown`() {
        let brief = Brief(title: "T", slug: "t", body: "- Costs rose 5\\* in \\[Q1\\] at C:\\\\path\n", path: "t.md")
        #expect(brief.keyPoints == ["Costs rose 5* in [Q1] at C:\\path"])
    }
}
