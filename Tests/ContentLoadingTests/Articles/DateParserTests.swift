import BriefingCore
@testable import ContentLoading
import Testing

struct DateParserTests {
    @Test(arguments: [
        ("2025-08-18", "2025-08-18"),
        ("2021-06-04T09:30:00+02:00", "2021-06-04"),
        ("2007/11/28", "2007-11-28"),
        ("November 28, 2007", "2007-11-28"),
        ("Wednesday, November 28, 2007", "2007-11-28"),
        ("Nov. 28 2007", "2007-11-28"),
        ("Sept 3rd, 2019", "2019-09-03"),
        ("28 November 2007", "2007-11-28"),
        ("Wed, 28 Nov 2007 10:00:00 GMT", "2007-11-28"),
        ("28th of November 2007", "2007-11-28"),
        ("28/11/2007", "2007-11-28"),
        ("11/28/2007", "2007-11-28"),
        ("Friday, July 21, 2017 at 10:30 am EDT", "2017-07-21"),
    ])
    func `common date forms are read`(text: String, iso: String) {
        #expect(DateParser.date(in: text)?.iso == iso)
    }

    @Test(arguments: ["03/04/2007", "February 30, 2007", "November 2007", "Monday", "On November 28, 2007, the talks began.", "2007", "Nov 28, 07"])
    func `what is not a clear date is not read as one`(text: String) {
        #expect(DateParser.date(in: text) == nil)
    }

    @Test func `words after a date are allowed only where a label said a date follows`() {
        #expect(DateParser.date(in: "18 August 2025, updated 19 August") == nil)
        #expect(DateParser.date(in: "18 August 2025, updated 19 August", allowingTrailingWords: true)?.iso == "2025-08-18")
    }
}
