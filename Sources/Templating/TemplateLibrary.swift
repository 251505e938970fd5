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
    /// Each template's path and text, numbered as `names`, for the position of an error found while rendering.
    private let paths: [String]
    private let texts: [String]
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
        var paths = [String](repeating: "", count: names.count)
        var texts = [String](repeating: "", count: names.count)
        var includes = [[(template: Int, offset: Int)]](repeating: [], count: names.count)
        var sources: [String: String] = [:]
        var unknownPartials: [String: [(name: String, offset: Int)]] = [:]
        for relative in files {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            let name = String(relative.dropLast(".mustache".count))
            let text = try Self.text(ofTemplateAt: path)
            var parser = MustacheParser(text, templateNumbers: numbers)
            do {
                bodies[numbers[name]!] = try parser.nodes()
            } catch {
                throw BriefingError(.invalidTemplate(error.explanation), at: Self.location(of: error.offset, in: text, path: path))
            }
            sources[path] = text
            unknownPartials[path] = parser.unknownPartials
            paths[numbers[name]!] = path
            texts[numbers[name]!] = text
            includes[numbers[name]!] = parser.includes
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
        if let loop = Self.firstLoop(in: includes) {
            let chain = (loop.templates + [loop.templates[0]]).map { names[$0] }
            throw BriefingError.includesItself(names[loop.templates[0]], chain: chain, at: Self.location(of: loop.offset, in: texts[loop.templates[0]], path: paths[loop.templates[0]]))
        }
        self.bodies = bodies
        self.numbers = numbers
        self.paths = paths
        self.texts = texts
        self.names = names
        var hasher = Hasher()
        for path in sources.keys.sorted() {
            hasher.combine(path)
            hasher.combine(sources[path]!)
        }
        self.fingerprint = hasher.finalize()
    }

    /// Renders `context` with the template `name`.
    /// - Throws: `BriefingError` when there is no such template, or when its sections, blocks and partials nest more
    ///   than `MustacheRenderer.maximumDepth` deep.
    public func render(_ context: PageContext, with name: String) throws(BriefingError) -> String {
        guard let number = numbers[name] else {
            throw BriefingError(.invalidTemplate("there is no template '\(name)'; the templates are \(Self.list(names))."))
        }
        var renderer = MustacheRenderer(templates: bodies, context: context.templateValue, capacity: 1 << 16)
        do {
            try renderer.render(template: number)
        } catch {
            let location = Self.location(of: error.offset, in: texts[error.template], path: paths[error.template])
            throw .nestsTooDeep(name, chain: error.chain.map { names[$0] }, at: location)
        }
        return String(decoding: renderer.output, as: UTF8.self)
    }

    /// The text of a template file.
    /// - Throws: `BriefingError` when it cannot be read, or at the first byte that is not UTF-8.
    static func text(ofTemplateAt path: String) throws(BriefingError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw BriefingError(.invalidTemplate("the template cannot be read. Check that it is a file you may read."), at: SourceLocation(path: path), underlying: error.localizedDescription)
        }
        if let text = String(validating: data, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) { offset += scalar.count }
        let valid = String(decoding: data.prefix(offset), as: UTF8.self)
        throw .notUTF8(byte: data[data.startIndex + offset], at: location(of: offset, in: valid, path: path))
    }

    /// The first loop of includes (partial and parent tags), found depth first from each template in turn: its
    /// templates in order, and the offset of the first one's tag that starts it.
    static func firstLoop(in includes: [[(template: Int, offset: Int)]]) -> (templates: [Int], offset: Int)? {
        // 0: not reached yet, 1: on the path being followed, 2: all its includes followed, no loop.
        var state = [UInt8](repeating: 0, count: includes.count)
        for root in includes.indices where state[root] == 0 {
            var path: [(template: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let last = path.last {
                guard last.next < includes[last.template].count else {
                    state[last.template] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = includes[last.template][last.next].template
                if state[target] == 1 {
                    let start = path.firstIndex { $0.template == target }!
                    let first = path[start]
                    return (path[start...].map(\.template), includes[first.template][first.next - 1].offset)
                }
                if state[target] == 0 {
                    state[target] = 1
                    path.append((target, 0))
                }
            }
        }
        return nil
    }

    /// The `*.mustache` files below `folder`, relative to it, sorted: regular files only (a folder, a pipe, which would
    /// never end, or a link leading nowhere is not a template).
    static func templateFiles(in folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".mustache") else { continue }
            var info = stat()
            if stat(folder + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFREG { files.append(relative) }
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

extension BriefingError {
    static func includesItself(_ name: String, chain: [String], at location: SourceLocation) -> Self {
        BriefingError(.invalidTemplate("the template '\(name)' includes itself (\(chain.joined(separator: " → "))), so rendering it would never end. Remove or change one of the partial or parent tags in this chain."), at: location)
    }

    static func nestsTooDeep(_ name: String, chain: [String], at location: SourceLocation) -> Self {
        let shown = chain.count <= 10 ? chain : chain.prefix(4) + ["… \(chain.count - 8) more …"] + chain.suffix(4)
        return BriefingError(
            .invalidTemplate("rendering '\(name)' nests sections, blocks and partials more than \(MustacheRenderer.maximumDepth) deep, the most Briefing renders, inside '\(chain.last ?? name)', included here (\(shown.joined(separator: " → "))). Include fewer partials within one another, or nest fewer sections."),
            at: location
        )
    }

    static func notUTF8(byte: UInt8, at location: SourceLocation) -> Self {
        BriefingError(.invalidTemplate("the template is not UTF-8 text: the byte 0x\(String(byte >> 4, radix: 16, uppercase: true))\(String(byte & 0xF, radix: 16, uppercase: true)) here is not valid UTF-8. Save the file as UTF-8."), at: location)
    }
}
