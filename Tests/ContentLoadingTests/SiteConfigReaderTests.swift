import BriefingCore
import ContentLoading
import Testing

struct SiteConfigReaderTests {
    @Test func `settings are read and absent ones take defaults`() throws {
        let config = try SiteConfigReader().config(from: "title: Daily\nbase_url: https://example.org/daily\nfull_text: true\n", path: "site.yml")
        #expect(config == SiteConfig(title: "Daily", baseURL: "https://example.org/daily/", fullText: true))
    }

    @Test func `a mistyped setting names its line`() {
        #expect(throws: BriefingError(.invalidSiteConfig("'page_size' is 'ten', but it should be a whole number of at least 1."), at: SourceLocation(path: "site.yml", line: 2, column: 12))) {
            try SiteConfigReader().config(from: "title: A\npage_size: ten\n", path: "site.yml")
        }
    }

    @Test func `a relative base url is refused`() {
        #expect(throws: BriefingError(.invalidSiteConfig("'base_url' is '/briefing/', but it should be an absolute URL such as https://example.org/briefing/."), at: SourceLocation(path: "site.yml", line: 1, column: 11))) {
            try SiteConfigReader().config(from: "base_url: /briefing/\n", path: "site.yml")
        }
    }
}
