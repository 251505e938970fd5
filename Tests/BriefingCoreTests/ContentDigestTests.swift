import BriefingCore
import Foundation
import Testing

/// `ContentDigest` is the same in every process (it keys what a build keeps on disk) and tells honest changes apart.
struct ContentDigestTests {
    func digest(_ parts: [String]) -> ContentDigest {
        var digest = ContentDigest()
        for part in parts { digest.combine(part) }
        return digest
    }

    @Test func `the digest of known bytes is pinned, so it cannot depend on a per-process seed`() {
        #expect(digest(["briefing"]).description == digest(["briefing"]).description)
        #expect(digest(["briefing"]).description.count == 32)
        #expect(digest(["briefing"]).description == "358312719af7130fb28fe6e4f7f43597")
    }

    @Test func `parts are told apart by where they split, and one changed byte changes the digest`() {
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["", "x"]) != digest(["x"]))
        let text = String(repeating: "The council met on Monday. ", count: 200)
        var changed = Array(text.utf8)
        changed[2_000] ^= 1
        #expect(digest([text]) != digest([String(decoding: changed, as: UTF8.self)]))
        for length in 0..<40 {
            #expect(digest([String(repeating: "a", count: length)]) != digest([String(repeating: "a", count: length + 1)]))
        }
    }

    @Test func `data, text and numbers fold in their bytes`() {
        var fromData = ContentDigest()
        fromData.combine(Data("same".utf8))
        #expect(fromData == digest(["same"]))
        var one = ContentDigest()
        one.combine(1)
        var two = ContentDigest()
        two.combine(2)
        #expect(one != two)
    }
}
