import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

struct FileSystemFastTests {
    @Test func `removing a tree removes everything in it but never follows a link out of it`() throws {
        let folder = try TemporaryFolder()
        try folder.write("keep me", to: "outside/precious.txt")
        try folder.write("a", to: "tree/a.txt")
        try folder.write("b", to: "tree/deep/er/b.txt")
        try folder.write("", to: "tree/.hidden")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/tree/link", withDestinationPath: folder.path + "/outside")

        try FileSystemFast.removeTree(atPath: folder.path + "/tree")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/tree"))
        #expect(try String(contentsOfFile: folder.path + "/outside/precious.txt", encoding: .utf8) == "keep me")
        try FileSystemFast.removeTree(atPath: folder.path + "/nothing-here")
    }

    @Test func `writing replaces a file's bytes, and a missing folder is an error naming the path`() throws {
        let folder = try TemporaryFolder()
        try FileSystemFast.write(Data("first, longer text".utf8), toPath: folder.path + "/f.txt")
        try FileSystemFast.write(Data("second".utf8), toPath: folder.path + "/f.txt")
        #expect(try String(contentsOfFile: folder.path + "/f.txt", encoding: .utf8) == "second")
        #expect(throws: CocoaError.self) { try FileSystemFast.write(Data(), toPath: folder.path + "/missing/f.txt") }
    }
}
