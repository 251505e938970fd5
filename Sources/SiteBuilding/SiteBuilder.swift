import BriefingCore
import ContentLoading
import Foundation
import MarkdownRendering
import Templating

/// Builds a site: content → briefs (hand-kept, and generated from articles) and pages rendered through the templates
/// → a complete new output folder.
///
/// The build is a list of named steps; errors are stamped with their step. Problems with single files are all
/// collected and reported together; nothing is written unless the whole site rendered.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    let progress: any BuildProgress

    public init(options: BuildOptions, progress: any BuildProgress = SilentProgress()) {
        self.options = options
        self.progress = progress
    }

    static let stepCount = 6

    /// Runs the build.
    /// - Throws: `BuildFailure` listing every problem found; the previous output is then left untouched.
    public func build() async throws -> BuildSummary {
        let started = Date()
        var errors: [BriefingError] = []

        progress.step(1, of: Self.stepCount, "Reading \(options.contentFolder)")
        let (content, contentErrors) = try Self.run("Reading content", after: errors) {
            try checkFolders()
            return try ContentLoader().content(in: options.contentFolder)
        }
        let warnings = contentErrors.filter { $0.severity == .warning }.map { $0.during("Reading content") }
        errors += contentErrors.filter { $0.severity == .error }.map { $0.during("Reading content") }

        progress.step(2, of: Self.stepCount, "Loading templates from \(options.templatesFolder)")
        let theme = try Self.run("Loading templates", after: errors) { try Theme(folder: options.templatesFolder) }

        progress.step(3, of: Self.stepCount, "Analysing \(plural(content.articles.count, "article"))")
        let fromArticles = await briefs(for: content.articles, fullText: content.config.fullText)
        errors += fromArticles.errors.map { $0.during("Analysing articles") }
        let generatedMarkdown = Dictionary(fromArticles.briefs.map { ($0.brief.path, $0.markdown) }, uniquingKeysWith: { first, _ in first })

        let briefs = (content.briefs + fromArticles.briefs.map(\.brief)).sorted(by: Self.newestFirst)
        progress.step(4, of: Self.stepCount, "Rendering \(plural(briefs.count, "brief"))")
        let contexts = PageContextBuilder(config: content.config, pages: content.pages)
        let briefResults = await renderInParallel(briefs, theme: theme, contexts: contexts)
        var files: [OutputFile] = []
        var copies: [StaticFile] = []
        for (brief, result) in zip(briefs, briefResults) {
            switch result {
            case .success(let html):
                files.append(OutputFile(path: PageContextBuilder.briefPath(brief.slug), text: html))
                let markdownPath = "briefs/\(brief.slug)/brief.md"
                if let markdown = generatedMarkdown[brief.path] {
                    files.append(OutputFile(path: markdownPath, text: markdown))
                } else {
                    copies.append(StaticFile(sourcePath: brief.path, outputPath: markdownPath))
                }
            case .failure(let error):
                errors.append(error.during("Rendering briefs"))
            }
        }

        progress.step(5, of: Self.stepCount, "Rendering the index and \(plural(content.pages.count, "page"))")
        files += try Self.run("Rendering pages", after: errors) {
            try sitePages(content: content, briefs: briefs, theme: theme, contexts: contexts)
        }
        copies += theme.assets
        let generated = Set(files.map(\.path) + copies.map(\.outputPath))
        for file in content.staticFiles {
            if generated.contains(file.outputPath) {
                errors.append(BriefingError(.staticFileCollides(file.outputPath), at: SourceLocation(path: file.sourcePath)).during("Reading content"))
            } else {
                copies.append(file)
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors: warnings + errors) }

        progress.step(6, of: Self.stepCount, "Writing \(plural(files.count + copies.count, "file")) to \(options.outputFolder)")
        try Self.run("Writing output", after: errors) {
            try OutputWriter(outputFolder: options.outputFolder).publish(files: files, copies: copies)
        }
        return BuildSummary(
            briefs: briefs.count, pages: content.pages.count, files: files.count + copies.count,
            outputFolder: options.outputFolder, seconds: Date().timeIntervalSince(started), warnings: warnings
        )
    }

    /// Runs one step that stops the build on error, reporting the step's error after the ones found before it.
    static func run<Value>(_ step: String, after earlier: [BriefingError], _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as BriefingError {
            throw BuildFailure(errors: earlier + [error.during(step)])
        }
    }

    /// The index, the 404 page and the plain pages.
    func sitePages(content: SiteContent, briefs: [Brief], theme: Theme, contexts: PageContextBuilder) throws -> [OutputFile] {
        var files = [
            OutputFile(path: "index.html", text: try theme.library.render(contexts.index(of: briefs), with: "index")),
            OutputFile(path: "404.html", text: try theme.library.render(contexts.notFound(stylesheet: theme.stylesheet), with: "404")),
        ]
        let renderer = CommonMarkRenderer()
        for page in content.pages {
            let context = contexts.page(for: page, rendered: renderer.render(page.body))
            files.append(OutputFile(path: PageContextBuilder.pagePath(page.slug), text: try theme.library.render(context, with: "page")))
        }
        return files
    }

    /// Renders each brief to a whole HTML page, `options.jobs` at a time; results come back in input order.
    func renderInParallel(_ briefs: [Brief], theme: Theme, contexts: PageContextBuilder) async -> [Result<String, BriefingError>] {
        let renderer = CommonMarkRenderer()
        @Sendable func render(_ brief: Brief) -> Result<String, BriefingError> {
            do {
                return .success(try theme.library.render(contexts.page(for: brief, rendered: renderer.render(brief.body)), with: "brief"))
            } catch {
                var located = error
                if located.location == nil { located.location = SourceLocation(path: brief.path) }
                return .failure(located)
            }
        }
        return await mapInParallel(briefs, jobs: options.jobs, render)
    }

    /// Refuses an output folder that is, or holds, the content or templates folder: replacing it would lose them.
    func checkFolders() throws {
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let output = absolute(options.outputFolder)
        for source in [options.contentFolder, options.templatesFolder] {
            let path = absolute(source)
            if path == output || path.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
                throw BriefingError(.invalidProject("the output folder '\(options.outputFolder)' holds '\(source)', and a build replaces the output folder. Pass another --output."))
            }
        }
    }

    /// Newest first; undated briefs last; then by title and slug, so that the order never depends on the file system.
    static func newestFirst(_ lhs: Brief, _ rhs: Brief) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?) where left != right: return left > right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.title, lhs.slug) < (rhs.title, rhs.slug)
        }
    }
}

extension BriefingError.Problem {
    static func staticFileCollides(_ path: String) -> Self {
        .invalidContent("this static file would replace the generated '\(path)'. Rename or move it.")
    }
}
