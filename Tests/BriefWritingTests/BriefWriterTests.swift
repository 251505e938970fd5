import BriefWriting
import Testing

struct BriefWriterTests {
    @Test func `a writer can be made`() {
        _ = BriefWriter()
    }
}
