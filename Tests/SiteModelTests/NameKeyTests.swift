@testable import SiteModel
import Testing

struct NameKeyTests {
    @Test(arguments: [
        "U.S.", "us", "Jean-Claude  Juncker", "ZELENSKYY", " leading and trailing ", "O`Brien", "a `b", "Smith- Jones",
        "A\tB\nC", "", "...", "-", "x.-.y", "Mary-Kate O'Neil", "AT&T", "3M", "B-52 Bomber",
    ])
    func `an ASCII name gets the key Unicode folding would give`(name: String) {
        #expect(NameKey.asciiKey(name) == NameKey.foldedKey(name))
    }

    @Test func `accents, case and typographic apostrophes do not count`() {
        #expect(NameKey("Zélensky") == NameKey("ZELENSKY"))
        #expect(NameKey("O\u{2019}Brien") == NameKey("o'brien"))
    }
}
