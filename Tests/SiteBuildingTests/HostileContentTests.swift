import BriefingCore
import BriefingTestSupport
import Foundation
import SiteBuilding
import Testing

/// Content saved off the web is messy and sometimes hostile: every kind the suite knows must build or be an error
/// naming the file, never crash or hang, never publish half a site, never run script on a reader's machine and never
/// reach outside the site. The small inputs are in Fixtures/Hostile; the large ones and the links are made here.
struct HostileContentTests {
    /// The size of the long article: 1 MB, as debug builds analyse about 150 kB a second;
    /// `BRIEFING_HOSTILE_ARTICLE_MB=30` runs the suite with a 30 MB one (`make bench-linear` builds 15 and 30 MB
    /// articles in release and checks the time doubles).
    static let longArticleBytes = (ProcessInfo.processInfo.environment["BRIEFING_HOSTILE_ARTICLE_MB"].flatMap(Int.init) ?? 1) * 1_000_000

    /// The fixture site with the generated inputs, beside a folder outside it that links point into.
    func hostileSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copy(Project.fixtures.appendingPathComponent("Hostile/Content"), to: "Content")
        try folder.copy(Project.templates, to: "Templates")
        let articles = "Content/articles/"
        try folder.write(Self.longArticle(bytes: Self.longArticleBytes), to: articles + "long-article.txt")
        try folder.write("A line without spaces\n\n" + String(repeating: "x", count: 2_000_000) + "\n", to: articles + "long-line.txt")
        try folder.write("An opening quotation mark never closed\n\nShe said \u{201C}" + String(repeating: "word ", count: 20_000) + "\n", to: articles + "unclosed-quote.txt")
        let nested = [">", "[", "*"].map { String(repeating: $0, count: 60_000) + " deep\n" }.joined(separator: "\n")
        try folder.write("---\ntitle: Nested sixty thousand deep\n---\nA first paragraph of text.\n\n" + nested, to: articles + "nested.md")
        try folder.write("---\ntitle: A nested brief\n---\n- A point.\n\n" + nested, to: "Content/briefs/nested-brief.md")
        // Larger than any article may be, without writing its bytes.
        let huge = FileManager.default.createFile(atPath: folder.path + "/" + articles + "too-large.txt", contents: nil)
        #expect(huge && truncate(folder.path + "/" + articles + "too-large.txt", 65 * 1_048_576) == 0)

        try folder.write("Secret title\n\nSecret text from outside the site.\n", to: "Outside/secret.txt")
        let link = FileManager.default.createSymbolicLink(atPath:withDestinationPath:)
        try link(folder.path + "/" + articles + "passwd.txt", "/etc/passwd")
        try link(folder.path + "/" + articles + "secret.txt", folder.path + "/Outside/secret.txt")
        try link(folder.path + "/" + articles + "loop.txt", "loop.txt")
        try link(folder.path + "/" + articles + "outside-folder", folder.path + "/Outside")
        try link(folder.path + "/Content/static", folder.path + "/Outside")
        #expect(mkfifo(folder.path + "/" + articles + "pipe.txt", 0o644) == 0)
        return folder
    }

    /// A plain-text article of about `bytes` bytes: paragraphs of sentences, names and quotations, each paragraph
    /// different (a repeated line would be dropped as boilerplate).
    static func longArticle(bytes: Int) -> String {
        let names = ["Jane Doe", "Amina Diallo", "Lars Berg", "Mei Chen", "Carlos Ruiz"]
        func sentence(_ kind: Int, _ number: Int) -> String {
            switch kind {
            case 0: "The council met on day \(number) to discuss the new bridge over the river."
            case 1: "Officials said plan \(number) would cost more than expected."
            case 2: "\(names[number % names.count]), the council leader, said \u{201C}we listened to every resident before we voted on plan \(number).\u{201D}"
            case 3: "John Roe, a professor of urban policy at Example University, said the tolls of plan \(number) would pay for it within a decade."
            default: "Residents of Rivertown gathered outside the hall in the rain for the \(number)th time."
            }
        }
        var text = "A very long article about the harbour bridge\nBy Jane Reporter\n"
        var number = 0
        while text.utf8.count < bytes {
            text += (0..<6).map { sentence(($0 + number) % 5, number) }.joined(separator: " ") + "\n"
            number += 1
        }
        return text
    }

    func options(_ site: TemporaryFolder, output: String = "Output", jobs: Int = 2, keepingGoing: Bool = false) -> BuildOptions {
        var options = BuildOptions(contentFolder: site.path + "/Content", templatesFolder: site.path + "/Templates", outputFolder: site.path + "/" + output, jobs: jobs)
        options.keepsGoing = keepingGoing
        return options
    }

    /// What each unusable input gets: the file, relative to the content folder, and the start of its error.
    static let unusable: [(file: String, error: String)] = [
        ("briefs/escape.md", "3:7: error: the slug '../../x' cannot be used in a URL."),
        ("articles/!!!.md", "error: neither the file name nor the title '???' has letters or digits to make the brief's URL from."),
        ("articles/binary.txt", "error: the file holds binary data (a NUL byte at offset 0), not text."),
        ("articles/duplicate-keys.md", "2:1: error: the key 'title' appears more than once."),
        ("articles/empty.txt", "error: the file is empty."),
        ("articles/loop.txt", "error: this link leads back to itself through other links, so it leads nowhere."),
        ("articles/not-yaml.md", "3:1: error: this is not valid YAML: did not find expected ',' or ']'."),
        ("articles/nul.txt", "error: the file holds binary data (a NUL byte at offset 27), not text."),
        ("articles/passwd.txt", "error: this link leads outside the content folder, so it is not published."),
        ("articles/pipe.txt", "error: this is neither a file nor a folder (a pipe, socket or device)."),
        ("articles/script-url.md", "3:6: error: 'url' is 'javascript:alert(1)', but it should be a web address starting with https:// or http://."),
        ("articles/secret.txt", "error: this link leads outside the content folder, so it is not published."),
        ("articles/slug-dots.md", "3:7: error: the slug '..' cannot be used in a URL."),
        ("articles/slug-escape.md", "3:7: error: the slug '../../x' cannot be used in a URL."),
        ("articles/slug-nothing.md", "3:7: error: the slug '!!!' cannot be used in a URL."),
        ("articles/too-large.txt", "error: the file is 65 MiB, more than the 64 MiB an article may have."),
        ("articles/wrong-types.md", "2:8: error: 'title' should be text, but it is a set of keys."),
        ("pages/up.md", "3:7: error: the slug '..' cannot be used in a URL."),
        ("static", "error: this link leads outside the content folder, so it is not published."),
    ]

    func expectUnusableReported(_ errors: [BriefingError], in site: TemporaryFolder) {
        let content = site.path + "/Content/"
        #expect(errors.map { $0.location?.path ?? "" } == Self.unusable.map { content + $0.file })
        for (error, expected) in zip(errors, Self.unusable) {
            #expect(error.description.hasPrefix(content + expected.file + ":" + (expected.error.first == "e" ? " " : "") + expected.error), "\(error)")
        }
    }

    @Test func `a build of hostile content lists every unusable file, exits with the failure and writes nothing`() async throws {
        let site = try hostileSite()
        await #expect {
            try await SiteBuilder(options: options(site)).build()
        } throws: { error in
            let failure = try #require(error as? BuildFailure)
            expectUnusableReported(failure.errors.filter { $0.severity == .error }, in: site)
            return true
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Output"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == ["Content", "Outside", "Templates"])
    }

    @Test func `keeping going builds every usable hostile article, warns of what was repaired and reads nothing outside the site`() async throws {
        let site = try hostileSite()
        let summary = try await SiteBuilder(options: options(site, keepingGoing: true)).build()
        expectUnusableReported(summary.leftOut, in: site)
        #expect(summary.warnings.map { $0.location?.path ?? "" } == ["invalid-utf8.txt", "windows-1252.txt"].map { site.path + "/Content/articles/" + $0 })
        let output = try FolderContents.files(in: site.url.appendingPathComponent("Output"))
        let briefs = Set(output.keys.filter { $0.hasPrefix("briefs/") && $0.hasSuffix("/brief.md") }.map { $0.split(separator: "/")[1] })
        #expect(briefs == [
            "hostile", "invalid-utf8", "long-article", "long-line", "nested", "nested-brief", "same-title-1", "same-title-2",
            "script-title", "unclosed-quote", "utf16", "windows-1252",
        ])
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(beside == ["Content", "Output", "Outside", "Templates"], "nothing is written beside the output")
        let allText = output.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!allText.contains { $0.contains("Secret text") || $0.contains("root:x:0:0") }, "nothing outside the content folder is read")
        let utf16 = try #require(output["briefs/utf16/brief.md"].map { String(decoding: $0, as: UTF8.self) })
        #expect(utf16.contains("title: \"Café owners meet in UTF-16\""))
        let cp1252 = try #require(output["briefs/windows-1252/brief.md"].map { String(decoding: $0, as: UTF8.self) })
        #expect(cp1252.contains("title: \"Café owners “meet” in Windows-1252\""))
    }

    @Test func `no script, handler, frame or script address from content reaches a page as markup`() async throws {
        let site = try hostileSite()
        _ = try await SiteBuilder(options: options(site, keepingGoing: true)).build()
        let pages = try FolderContents.files(in: site.url.appendingPathComponent("Output")).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 20)
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self).lowercased()
            for tag in HTMLTags.openingTags(in: html) {
                #expect(!["iframe", "object", "embed", "base", "frame", "applet"].contains(tag.name), "\(path): <\(tag.name)>")
                #expect(!(tag.name == "meta" && tag.text.contains("http-equiv")), "\(path): \(tag.text)")
                #expect(tag.name != "script" || tag.text == #"<script type="application/ld+json">"# || tag.text.hasPrefix(#"<script src=""#), "\(path): \(tag.text)")
                #expect(!tag.attributeNames.contains { $0.hasPrefix("on") }, "\(path): \(tag.text)")
                #expect(!tag.text.contains("javascript:"), "\(path): \(tag.text)")
            }
            // Inside the JSON-LD, no `</script>` can end the element early.
            if let start = html.range(of: #"<script type="application/ld+json">"#) {
                let rest = html[start.upperBound...]
                let end = try #require(rest.range(of: "</script>"))
                #expect(!rest[..<end.lowerBound].contains("<"), "\(path)")
            }
        }
    }

    @Test func `hostile content builds byte for byte the same whatever the number of jobs`() async throws {
        let site = try hostileSite()
        _ = try await SiteBuilder(options: options(site, output: "One", jobs: 1, keepingGoing: true)).build()
        _ = try await SiteBuilder(options: options(site, output: "Four", jobs: 4, keepingGoing: true)).build()
        let one = try FolderContents.files(in: site.url.appendingPathComponent("One")).filter { $0.key != ".briefing-cache" }
        let four = try FolderContents.files(in: site.url.appendingPathComponent("Four")).filter { $0.key != ".briefing-cache" }
        #expect(one.count > 40)
        #expect(one == four)
    }

    @Test(.enabled(if: getuid() != 0, "root may read any file"))
    func `an article that may not be read is an error naming it`() async throws {
        let site = try hostileSite()
        try site.write("Locked\n\nText.\n", to: "Content/articles/locked.txt")
        #expect(chmod(site.path + "/Content/articles/locked.txt", 0) == 0)
        let summary = try await SiteBuilder(options: options(site, keepingGoing: true)).build()
        #expect(summary.leftOut.contains { $0.location?.path == site.path + "/Content/articles/locked.txt" && $0.description.contains("cannot be read") })
    }
}

/// The opening tags of an HTML text, as a browser would find them (outside comments), with their attribute names.
enum HTMLTags {
    struct Tag {
        var name: String
        var text: String
        var attributeNames: [String]
    }

    static func openingTags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { break }
                rest = rest[end.upperBound...]
                continue
            }
            guard let first = rest.first, first.isLetter, let close = rest.firstIndex(of: ">") else { continue }
            let inside = rest[..<close]
            let name = String(inside.prefix { $0.isLetter || $0.isNumber })
            var attributes: [String] = []
            var quote: Character?
            var word = ""
            var afterSpace = false
            for character in inside.dropFirst(name.count) {
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                if character == "\"" || character == "'" {
                    quote = character
                } else if character.isWhitespace || character == "/" {
                    afterSpace = true
                    word = ""
                } else if character == "=" {
                    if !word.isEmpty { attributes.append(word) }
                    word = ""
                    afterSpace = false
                } else if afterSpace {
                    word.append(character)
                }
            }
            if !word.isEmpty { attributes.append(word) }
            tags.append(Tag(name: name, text: "<" + inside + ">", attributeNames: attributes))
            rest = rest[close...]
        }
        return tags
    }
}
