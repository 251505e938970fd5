import BriefingCore
import Foundation

/// The site's Mustache templates, loaded from a folder and checked before anything is rendered.
///
/// Templates are parsed once, by `MustacheParser`, into nodes whose names are split and whose partials are numbered,
/// and rendered by `MustacheRenderer`. Every template parse error, unknown partial and missing required template is a
/// `BriefingError` naming the template file, line and column.
public struct TemplateLibrary: Sendable {
    /// The templates a site cannot be built without.
    public static let requiredTemplates = ["layout", "index", "brief", "page", "404", "entity", "entities", "tag", "tags", "search"]

    /// Each template's nodes, numbered as `names`.
    private let bodies: [[MustacheNode]]
    private let numbers: [String: Int]
    /// Template names, as partials name them (`partials/sidebar`).
    public let names: [String]
    /// Differs whenever any template's text differs; valid within one process (Swift's hashing is seeded per run).
    public let fingerprint: Int

    /// Loads every `*.mustache` file under `folder`.
    /// - Throws: `BriefingError` (`invalidProject` for a missing folder, else `invalidTemplate`).
    public init(folder: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BriefingError(.invalidProject("there is no templates folder at '\(folder)'. Pass --templates FOLDER, or copy the default theme's Templates/ folder."))
        }
        let files = try Self.templateFiles(in: folder)
        let names = files.map { String($0.dropLast(".mustache".count)) }.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var bodies = [[MustacheNode]](repeating: [], count: names.count)
        var sources: [String: String] = [:]
        var unknownPartials: [String: [(name: String, offset: Int)]] = [:]
        for relative in files {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            let name = String(relative.dropLast(".mustache".count))
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw BriefingError(.invalidTemplate("the template cannot be read as UTF-8 text. Save it as UTF-8."), at: SourceLocation(path: path))
            }
            var parser = MustacheParser(text, templateNumbers: numbers)
            do {
                bodies[numbers[name]!] = try parser.nodes()
            } catch {
                throw BriefingError(.invalidTemplate(error.explanation), at: Self.location(of: error.offset, in: text, path: path))
            }
            sources[path] = text
            unknownPartials[path] = parser.unknownPartials
        }
        for required in Self.requiredTemplates where numbers[required] == nil {
            throw BriefingError(.invalidTemplate("the template '\(required).mustache' is missing; the folder has \(Self.list(names)). Copy it from the default theme."), at: SourceLocation(path: folder))
        }
        for path in sources.keys.sorted() {
            if let unknown = unknownPartials[path]?.first {
                throw BriefingError(
                    .invalidTemplate("the partial '\(unknown.name)' does not exist; the templates are \(Self.list(names)). Fix the name or add \(unknown.name).mustache."),
                    at: Self.location(of: unknown.offset, in: sources[path]!, path: path)
                )
            }
        }
        self.bodies = bodies
        self.numbers = numbers
        self.names = names
        var hasher = Hasher()
        for path in sources.keys.sorted() {
            hasher.combine(path)
            hasher.combine(sources[path]!)
        }
        self.fingerprint = hasher.finalize()
    }

    /// Renders `context` with the template `name`.
    /// - Throws: `BriefingError` when there is no such template.
    public func render(_ context: PageContext, with name: String) throws(BriefingError) -> String {
        guard let number = numbers[name] else {
            throw BriefingError(.invalidTemplate("there is no template '\(name)'; the templates are \(Self.list(names))."))
        }
        var renderer = MustacheRenderer(templates: bodies, context: context.templateValue, capacity: 1 << 16)
        renderer.render(bodies[number])
        return String(decoding: renderer.output, as: UTF8.self)
    }

    static func templateFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".mustache") { files.append(relative) }
        }
        return files.sorted()
    }

    static func list(_ names: [String]) -> String {
        names.isEmpty ? "no templates" : names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The line and column (in characters, from 1) of a byte offset, as swift-mustache counted them.
    static func location(of offset: Int, in text: String, path: String) -> SourceLocation {
        let before = text[..<text.utf8.index(text.startIndex, offsetBy: offset)]
        let line = 1 + before.count(where: \.isNewline)
        let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
        return SourceLocation(path: path, line: line, column: 1 + before[lineStart...].count)
    }
}
