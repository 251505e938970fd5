import Foundation
@testable import SiteModel
import Testing

struct TrimmingTests {
    @Test(arguments: ["", " ", "  a b  ", "\ta\t", "\u{00A0}no-break\u{00A0}", "x", " é ", "\u{2009}thin", "line\n", "\u{3000}wide\u{3000}"])
    func `trimming spaces gives what Foundation's whitespace trimming gives`(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func `every scalar up to U+3000 is trimmed or kept as Foundation does`() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a" + String(scalar)
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
