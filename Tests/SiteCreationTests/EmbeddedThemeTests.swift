import BriefingTestSupport
import Foundation
@testable import SiteCreation
import Testing

/// The theme and starter content compiled into the binary are the folders they were generated from.
struct EmbeddedThemeTests {
    /// Every file under `folder` whose path has no part starting with `.`, relative path → bytes.
    func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        let prefix = folder.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// What differs between a folder and its embedded copy, one phrase per kind of difference.
    func differences(_ folder: URL, _ embedded: [EmbeddedFile]) throws -> [String] {
        let onDisk = try files(in: folder)
        let copy = Dictionary(embedded.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let added = onDisk.keys.filter { copy[$0] == nil }.sorted()
        let removed = copy.keys.filter { onDisk[$0] == nil }.sorted()
        let changed = onDisk.keys.filter { copy[$0] != nil && copy[$0] != onDisk[$0] }.sorted()
        return [("new", added), ("deleted", removed), ("changed", changed)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0): \($0.1.joined(separator: ", "))" }
    }

    static let advice = "Run `python3 scripts/embed-theme.py` in the repository's folder and commit the Sources/SiteCreation/Embedded*.swift files it rewrites, so that `briefing init` creates sites with the current theme."

    @Test func `the theme embedded for briefing init is the Templates folder, file for file`() throws {
        let differences = try differences(Project.templates, EmbeddedTheme.files)
        #expect(differences.isEmpty, "Templates/ differs from the theme embedded in the binary (\(differences.joined(separator: "; "))). \(Self.advice)")
    }

    @Test func `the starter content embedded for briefing init is the StarterContent folder, file for file`() throws {
        let folder = Project.root.appendingPathComponent("Sources/SiteCreation/StarterContent")
        let differences = try differences(folder, EmbeddedStarterContent.files)
        #expect(differences.isEmpty, "Sources/SiteCreation/StarterContent/ differs from the content embedded in the binary (\(differences.joined(separator: "; "))). \(Self.advice)")
    }

    @Test func `embedded files are sorted by path, so regenerating them changes only what changed`() {
        for files in [EmbeddedTheme.files, EmbeddedStarterContent.files] {
            #expect(files.map(\.path) == files.map(\.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
    }
}
