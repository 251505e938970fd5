import Analysis
import BriefingCore
import Testing

struct ArticleAnalyzerTests {
    @Test func `the title comes through`() {
        let article = Article(title: "T", sections: [], path: "a.txt")
        #expect(ArticleAnalyzer().analysis(of: article).title == "T")
    }
}
