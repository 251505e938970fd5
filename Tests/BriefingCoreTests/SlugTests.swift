import BriefingCore
import Testing

struct SlugTests {
    @Test(arguments: [
        ("Security Guarantees Take Centre Stage", "security-guarantees-take-centre-stage"),
        ("Zelenskyy’s “very good” talks", "zelenskyys-very-good-talks"),
        ("Émigrés in Zürich", "emigres-in-zurich"),
        ("  --Hello,   World!--  ", "hello-world"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", ""),
        ("日本語", ""),
    ])
    func `slug is made of lowercase ascii words joined by hyphens`(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
    }

    @Test func `slug of a long title is cut at eighty characters without a trailing hyphen`() {
        let slug = Slug.make(from: String(repeating: "word ", count: 40))
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
    }

    @Test(arguments: [("kyiv-talks", true), ("Kyiv", false), ("../x", false), ("a--b", false), ("", false), ("-a", false)])
    func `only the form slugify produces is a valid slug`(text: String, valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }
}
