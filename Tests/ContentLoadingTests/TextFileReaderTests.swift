import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct TextFileReaderTests {
    @Test func `binary files are refused with the offset of the NUL byte`() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(Data([0x2D, 0x2D, 0x00, 0x01]), to: "a.md")
        #expect(throws: BriefingError(.unreadableFile("the file holds binary data (a NUL byte at offset 2), not text. Remove it from the content folder."), at: SourceLocation(path: file.path))) {
            try TextFileReader().text(at: file.path)
        }
    }

    @Test func `invalid utf-8 names the line of the first bad byte`() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(Data("ok\nalso ok\n".utf8) + Data([0x63, 0x61, 0x66, 0xE9, 0x0A]), to: "a.md")
        #expect(throws: BriefingError(.unreadableFile("the file is not valid UTF-8 text. Save it as UTF-8 in your editor."), at: SourceLocation(path: file.path, line: 3))) {
            try TextFileReader().text(at: file.path)
        }
    }

    @Test func `utf-16 with a byte order mark is read`() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(Data([0xFF, 0xFE]) + "Hé".data(using: .utf16LittleEndian)!, to: "a.md")
        #expect(try TextFileReader().text(at: file.path).hasSuffix("Hé"))
    }
}
