import Foundation

/// Folders of this repository and of the shared corpus beside it, found from this source file.
public enum Project {
    /// The package root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The default theme.
    public static var templates: URL { root.appendingPathComponent("Templates") }
    /// The sample site's content.
    public static var content: URL { root.appendingPathComponent("Content") }
    /// Tests/Fixtures.
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// A built product of this package (`briefing`), beside the running test bundle.
    public static func product(_ name: String) -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent(name).path) {
            return folder.appendingPathComponent(name)
        }
        return candidates[0].appendingPathComponent(name)
    }
}

/// The shared corpus (`../shared/corpus` beside the repository).
public enum Corpus {
    public static let folder = Project.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The text of `corpus/<split>/articles/<name>`.
    public static func article(_ name: String, split: String = "dev") throws -> String {
        let file = folder.appendingPathComponent("\(split)/articles/\(name)")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw CorpusMissing(path: file.path)
        }
        return text
    }

    /// Says where the corpus was looked for.
    public struct CorpusMissing: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "the shared corpus is not at \(path); put shared/ beside the repository" }
    }
}
