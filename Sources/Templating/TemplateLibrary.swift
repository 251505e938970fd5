import BriefingCore
import Foundation
import Mustache

/// The site's Mustache templates, loaded from a folder and checked before anything is rendered.
///
/// The only importer of Mustache. Every template parse error, unknown partial and missing required template is a
/// `BriefingError` naming the template file, line and column.
public struct TemplateLibrary: Sendable {
    /// The templates a site cannot be built without.
    public static let requiredTemplates = ["layout", "index", "brief", "page", "404", "entity", "entities", "tag", "tags", "search"]

    private let library: MustacheLibrary
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
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        for relative in try Self.templateFiles(in: folder) {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            let name = String(relative.dropLast(".mustache".count))
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw BriefingError(.invalidTemplate("the template cannot be read as UTF-8 text. Save it as UTF-8."), at: SourceLocation(path: path))
            }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw BriefingError(
                    .invalidTemplate(Self.explanation(of: error.error)),
                    at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)
                )
            }
            sources[path] = text
        }
        let names = templates.keys.sorted()
        for required in Self.requiredTemplates where templates[required] == nil {
            throw BriefingError(.invalidTemplate("the template '\(required).mustache' is missing; the folder has \(Self.list(names)). Copy it from the default theme."), at: SourceLocation(path: folder))
        }
        for path in sources.keys.sorted() {
            try PartialReferences.check(sources[path]!, path: path, known: Set(names))
        }
        self.library = MustacheLibrary(templates: templates)
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
        guard let html = library.render(context, withTemplate: name) else {
            throw BriefingError(.invalidTemplate("there is no template '\(name)'; the templates are \(Self.list(names))."))
        }
        return html
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

    static func explanation(of error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return "this closing tag does not match the section that is open. Close the innermost section first, with {{/name}} naming it."
        case .unfinishedName?:
            return "this tag is not finished. End it with '}}'."
        case .expectedSectionEnd?:
            return "a section is never closed before the end of the template. Add {{/name}} where the section should end."
        case .invalidSetDelimiter?:
            return "this set-delimiter tag is malformed. Write it as {{=<% %>=}}."
        case .transformAppliedToInheritanceSection?:
            return "a transform cannot be applied to an inheritance section. Remove the transform."
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return "only {{$block}} sections may appear inside {{<parent}}. Move this into a block."
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return "this {{% … }} configuration tag is not understood. Remove it."
        case nil:
            return "the template does not parse: \(error)."
        }
    }
}

// Templates read every view through its field table (TemplateFields), not by reflection.
extension PageContext: MustacheParent {}
extension SiteView: MustacheParent {}
extension NavItem: MustacheParent {}
extension BriefCard: MustacheParent {}
extension BriefView: MustacheParent {}
extension TocEntry: MustacheParent {}
extension EntityGroup: MustacheParent {}
extension EntityItem: MustacheParent {}
extension PageView: MustacheParent {}
extension MetaProperty: MustacheParent {}
extension EntityLink: MustacheParent {}
extension TagLink: MustacheParent {}
extension PaginationView: MustacheParent {}
extension EntityPageView: MustacheParent {}
extension EntityPageView.Role: MustacheParent {}
extension EntityPageView.BriefLink: MustacheParent {}
extension EntityPageView.BriefItem: MustacheParent {}
extension EntityPageView.Quote: MustacheParent {}
extension EntityPageView.Related: MustacheParent {}
extension EntityIndexView: MustacheParent {}
extension EntityIndexView.Group: MustacheParent {}
extension EntityIndexView.Letter: MustacheParent {}
extension EntityIndexView.Item: MustacheParent {}
extension TagPageView: MustacheParent {}
extension TagIndexView: MustacheParent {}
extension TagIndexView.Item: MustacheParent {}
extension SearchView: MustacheParent {}
