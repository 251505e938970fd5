import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

/// The fuzz targets' seed corpora (Fuzz/Corpus), hostile generated inputs and every input the fuzzers in Fuzz/
/// found, each read through every reader: the answer is an article (or a brief) or a `BriefingError` naming the
/// file, never a crash and never minutes of work.
struct FuzzFindingsTests {
    /// The file names each input is read as: one per reader.
    static let paths = ["Content/articles/fuzz.txt", "Content/articles/fuzz.md", "Content/articles/fuzz.html", "Content/briefs/fuzz.md"]

    static let seeds: [String] = {
        let folder = Project.root.appendingPathComponent("Fuzz/Corpus")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted()
    }()

    /// Inputs built to be hostile: huge repeats of the tokens the readers look for, deep nesting, broken encodings.
    static let generated: [(id: String, bytes: [UInt8])] = [
        ("100,000 straight quotes", Array(repeating: UInt8(ascii: "\""), count: 100_000)),
        ("50,000 curly opening quotes", Array(String(repeating: "“", count: 50_000).utf8)),
        ("20,000 front-matter fences", Array(String(repeating: "---\n", count: 20_000).utf8)),
        ("a title then 100,000 blank lines", Array(("Title\n" + String(repeating: "\n", count: 100_000)).utf8)),
        ("one 1 MB line", Array(repeating: UInt8(ascii: "a"), count: 1_000_000)),
        ("10,000 nested brackets", Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8)),
        ("10,000 nested block quotes", Array(("Title\n\n" + String(repeating: ">", count: 10_000) + " quote\n").utf8)),
        ("10,000 nested divs", Array(("<title>t</title>" + String(repeating: "<div>", count: 10_000) + "<p>text</p>").utf8)),
        ("50,000 unclosed tags", Array(String(repeating: "<", count: 50_000).utf8)),
        ("20,000 list markers", Array(("Title\n\n" + String(repeating: "- ", count: 20_000) + "item\n").utf8)),
        ("a NUL byte", [UInt8(ascii: "T"), 0, UInt8(ascii: "\n")]),
        ("invalid UTF-8", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0x0A, 0xFF]),
        ("a lone byte-order mark", [0xEF, 0xBB, 0xBF]),
        ("an odd-length UTF-16 file", [0xFF, 0xFE, 0x41, 0x00, 0x42]),
        ("a UTF-16 lone surrogate", [0xFF, 0xFE, 0x00, 0xD8, 0x0A, 0x00, 0x41, 0x00]),
        ("carriage returns only", Array("Title\r\rBy A\r\rBody\r".utf8)),
        ("a YAML alias bomb", Array("""
        ---
        title: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        ---
        body

        """.utf8)),
        ("an empty front matter", Array("---\n---\n".utf8)),
        ("front matter that never closes", Array("---\ntitle: x\n".utf8)),
    ]

    @Test func `the seed corpus is found, one folder per fuzz target`() {
        let folders = Set(Self.seeds.compactMap { $0.split(separator: "/").first.map(String.init) })
        #expect(folders == ["brief", "html", "markdown", "plain-text"])
    }

    @Test(arguments: seeds)
    func `every seed in Fuzz/Corpus is read by every reader without crashing`(seed: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Project.root.appendingPathComponent("Fuzz/Corpus/\(seed)")))
        for path in Self.paths {
            try Self.expectReadOrRefused(bytes, as: path)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: generated.map(\.id))
    func `a hostile generated input is read by every reader without crashing`(id: String) throws {
        let bytes = try #require(Self.generated.first { $0.id == id }).bytes
        for path in Self.paths {
            try Self.expectReadOrRefused(bytes, as: path)
        }
    }

    /// Reads `bytes` as the file `path`, as the fuzz targets do: an error must be a `BriefingError` naming `path`.
    static func expectReadOrRefused(_ bytes: [UInt8], as path: String) throws {
        do {
            if path.hasPrefix("Content/briefs/") {
                _ = try BriefReader().brief(from: String(decoding: bytes, as: UTF8.self), path: path)
            } else {
                _ = try ArticleReader().article(from: bytes, path: path)
            }
        } catch let error as BriefingError {
            #expect(error.location?.path == path, "\(error)")
        }
    }
}
