import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct ArticleReaderTests {
    /// What every dev-corpus article must give; title, byline, source and boilerplate come from its gold file.
    struct CorpusCase: CustomTestStringConvertible, Sendable {
        let file: String
        let date: String?
        var testDescription: String { file }
    }

    static let devCorpus: [CorpusCase] = [
        CorpusCase(file: "afghan-robotics-team-visas.txt", date: "2017-07-21"),
        CorpusCase(file: "annapolis-joint-understanding.md", date: "2007-11-28"),
        CorpusCase(file: "australia-iodine-deficiency.txt", date: "2006-02-23"),
        CorpusCase(file: "canada-sensitive-document-found.md", date: "2008-08-15"),
        CorpusCase(file: "homeopathy-manslaughter-trial.txt", date: "2009-05-08"),
        CorpusCase(file: "north-korea-expels-bbc-journalists.html", date: nil),
        CorpusCase(file: "ozone-warming-crop-yields.txt", date: "2014-07-28"),
        CorpusCase(file: "uk-asylum-questionnaire.txt", date: "2023-02-23"),
        CorpusCase(file: "ukraine-summit-security-guarantees.txt", date: nil),
        CorpusCase(file: "us-senate-bailout-revisions.txt", date: "2008-10-04"),
    ]

    @Test func `the dev corpus list names every dev article`() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.folder.appendingPathComponent("dev/articles").path)
        #expect(Set(names.filter { !$0.hasPrefix(".") }) == Set(Self.devCorpus.map(\.file)))
    }

    @Test(arguments: devCorpus)
    func `every dev article gives the gold title, byline, source and date, and no boilerplate in its story`(_ example: CorpusCase) throws {
        let path = Corpus.folder.appendingPathComponent("dev/articles/\(example.file)").path
        let slug = String(example.file[..<example.file.lastIndex(of: ".")!])
        let goldData = try Data(contentsOf: Corpus.folder.appendingPathComponent("dev/gold/\(slug).json"))
        let gold = try #require(try JSONSerialization.jsonObject(with: goldData) as? [String: Any])

        let (article, warnings) = try ArticleReader().article(at: path)

        #expect(warnings.isEmpty)
        #expect(article.title == gold["title"] as? String)
        #expect(article.byline == gold["byline"] as? String)
        // The scorer folds case and punctuation, so "ALJAZEERA" as printed matches "Al Jazeera".
        #expect(article.source.map(Self.folded) == (gold["source"] as? String).map(Self.folded))
        #expect(article.date?.iso == example.date)
        #expect(article.paragraphs.count >= 5)
        let boilerplate = article.boilerplate.map(Self.spaced)
        for line in (gold["boilerplate"] as? [String] ?? []).map(Self.spaced) {
            #expect(boilerplate.contains { $0.contains(line) }, "'\(line)' is not in the boilerplate")
            #expect(!article.paragraphs.map(Self.spaced).contains { $0 == line || (line.count > 40 && $0.contains(line)) }, "'\(line)' is in the story")
            #expect(!article.sections.compactMap(\.heading).map(Self.spaced).contains(line), "'\(line)' is a heading")
        }
    }

    @Test func `the extra articles keep every line as story and read their dates`() throws {
        let folder = Corpus.folder.appendingPathComponent("extra/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count > 100)
        let listed = try String(contentsOf: Corpus.folder.appendingPathComponent("extra/SOURCES.md"), encoding: .utf8)
        var dates: [String: String] = [:]
        for line in listed.split(separator: "\n") where line.hasPrefix("- ") {
            let fields = line.dropFirst(2).components(separatedBy: " | ")
            if fields.count >= 2 { dates[fields[0]] = fields[1] }
        }
        for name in names {
            let (article, warnings) = try ArticleReader().article(at: folder.appendingPathComponent(name).path)
            let slug = String(name.dropLast(4))
            #expect(warnings.isEmpty, "\(name)")
            #expect(article.source == "Wikinews", "\(name)")
            #expect(article.date?.iso == dates[slug], "\(name)")
            #expect(!article.paragraphs.isEmpty, "\(name)")
            // The extra articles come with captions, prompts and source lists already removed.
            #expect(article.boilerplate.filter { !$0.isEmpty }.count <= 4, "\(name): \(article.boilerplate)")
        }
    }

    @Test func `a file that is not valid utf-8 is read as windows-1252 with a warning`() throws {
        let folder = try TemporaryFolder()
        let windows1252 = Data([0x43, 0x61, 0x66, 0xE9]) + Data(" society reopens\n\nIt served ".utf8) + Data([0x93]) + Data("coffee".utf8) + Data([0x94]) + Data(" again.\n".utf8)
        let file = try folder.write(windows1252, to: "x.txt")

        let (article, warnings) = try ArticleReader().article(at: file.path)

        #expect(article.title == "Café society reopens")
        #expect(article.paragraphs == ["It served \u{201C}coffee\u{201D} again."])
        #expect(warnings.map(\.description) == [
            "\(file.path): warning: the file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to silence this.",
        ])
    }

    @Test func `utf-8 with a byte order mark is read without the mark`() throws {
        let (article, warnings) = try ArticleFile.read(Data([0xEF, 0xBB, 0xBF]) + Data("Héadline\nThe story goes on.\n".utf8), named: "a.txt")
        #expect(article.title == "Héadline")
        #expect(warnings.isEmpty)
    }

    @Test(arguments: [false, true])
    func `utf-16 with a byte order mark is read in either byte order`(bigEndian: Bool) throws {
        let text = "Zürich votes\r\nBy Anna Keller\r\nVoters said “yes” on Sunday.\r\n"
        let data = bigEndian ? Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)! : Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!

        let (article, warnings) = try ArticleFile.read(data, named: "a.txt")

        #expect(article.title == "Zürich votes")
        #expect(article.byline == "Anna Keller")
        #expect(article.paragraphs == ["Voters said “yes” on Sunday."])
        #expect(warnings.isEmpty)
    }

    @Test func `binary files are refused with the offset of the NUL byte`() throws {
        #expect(try ArticleFile.error(reading: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), named: "a.txt")
            == "a.txt: error: the file holds binary data (a NUL byte at offset 4), not text. Remove it from the articles folder, or save the article as .txt, .md or .html.")
    }

    @Test func `empty and blank files are refused`() throws {
        let message = "error: the file is empty. Write the article in it, with the title on the first line, or remove it."
        #expect(try ArticleFile.error(reading: Data(), named: "a.txt") == "a.txt: \(message)")
        #expect(try ArticleFile.error(reading: Data(" \n\n\t\n".utf8), named: "b.md") == "b.md: \(message)")
    }

    @Test func `an article with a title and nothing else is refused`() throws {
        #expect(try ArticleFile.error(reading: Data("Only a headline\n".utf8), named: "a.txt")
            == "a.txt: error: the article 'Only a headline' has a title but no story text (only boilerplate or nothing was found below it). Add the story's paragraphs, or remove the file.")
    }

    @Test func `files of other kinds are not articles`() throws {
        #expect(try ArticleFile.error(reading: Data("text".utf8), named: "a.rtf")
            == "a.rtf: error: this is not an article file. Articles are .txt, .md or .html files; rename it or move it out of the articles folder.")
    }

    @Test func `a missing file is reported with what to check`() {
        #expect(throws: BriefingError.self) { try ArticleReader().article(at: "/nonexistent/a.txt") }
    }

    static func folded(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
