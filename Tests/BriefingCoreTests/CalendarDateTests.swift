import BriefingCore
import Testing

struct CalendarDateTests {
    @Test func `iso dates read and print back`() throws {
        let date = try #require(CalendarDate(iso: "2025-08-18"))
        #expect(date.iso == "2025-08-18")
        #expect(date.display == "18 August 2025")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "18/08/2025", "2025-8-18", "yesterday", ""])
    func `impossible or misformatted dates are refused`(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func `leap days exist in leap years only`() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
    }

    @Test func `dates order by day`() throws {
        let earlier = try #require(CalendarDate(iso: "2024-12-31"))
        let later = try #require(CalendarDate(iso: "2025-01-01"))
        #expect(earlier < later)
    }
}
