import BriefingCore
import ContentLoading
import Foundation
import MarkdownRendering
import SiteModel
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

    static let stepCount = 8
    /// How many pages are rendered before they are handed to the output: bounds the memory a build holds.
    static let chunkSize = 256

    /// Runs the build.
    /// - Throws: `BuildFailure` listing every problem found; the previous output is then left untouched.
    public func build() async throws -> BuildSummary {
        var cache = BuildCache(keepingRenderings: false)
        return try await build(reusing: &cache, changes: .everything)
    }

    /// Builds again after `changes`, redoing only what they touch: only changed articles are analysed, only pages
    /// whose template or context changed are rendered, and, once `cache` holds a written output, only files whose
    /// bytes changed are written (in place; the summary lists them). A fresh cache builds everything and swaps the
    /// output folder in whole.
    /// - Parameter changedArticles: when a file watcher knows that of the content only some articles changed, their
    ///   file names in the articles folder: the other articles are not looked at again. Nil to check every file.
    /// - Throws: `BuildFailure` listing every problem found; the output and `cache` are then left as they were.
    public func build(reusing cache: inout BuildCache, changes: SiteChanges, changedArticles: Set<String>? = nil) async throws -> BuildSummary {
        let started = Date()
        let filesChanged = changes
        var steps = StepClock(progress: progress, total: Self.stepCount)
        let meter = WorkMeter()
        var next = cache
        var recordCheck = RecordCheck()
        // Fingerprinting the inputs reads every content and template file: part of the reading step.
        steps.begin(1, "Reading \(options.contentFolder)")
        if next.content == nil {
            recordCheck = meter.measure(.reading) { checkRecord() }
            if !next.keepsRenderings, recordCheck.outputIsUpToDate, let record = recordCheck.record {
                return upToDateSummary(record, started: started)
            }
            next.recorded = recordCheck.record == nil ? [:] : recordedBriefs()
            next.written = recordCheck.writtenOutput
        }
        var errors: [BriefingError] = []
        var warnings: [BriefingError] = []
        // Problems of single content files: with `keepsGoing` the site is built without those files.
        var leftOut: [BriefingError] = []
        func reportFileProblems(_ problems: [BriefingError]) {
            if options.keepsGoing { leftOut += problems } else { errors += problems }
        }

        var content: SiteContent
        let known = next.content == nil ? nil : changedArticles
        if let cached = next.content, !changes.contains(.content) {
            content = cached
            if changes.contains(.staticFiles) {
                let (files, staticErrors) = try Self.run("Reading content", after: leftOut + errors) { try ContentLoader().staticFiles(in: options.contentFolder) }
                content.staticFiles = files
                reportFileProblems(staticErrors.map { $0.during("Reading content") })
            }
        } else {
            let (loaded, contentErrors) = try Self.run("Reading content", after: leftOut + errors) {
                try checkFolders()
                return try meter.measure(.reading) { try ContentLoader().content(in: options.contentFolder, articleCache: &next.articles, changedArticles: known) }
            }
            content = loaded
            warnings += contentErrors.filter { $0.severity == .warning }.map { $0.during("Reading content") }
            reportFileProblems(contentErrors.filter { $0.severity == .error }.map { $0.during("Reading content") })
        }
        next.content = content

        steps.begin(2, "Loading templates from \(options.templatesFolder)")
        let theme: Theme
        if let cached = next.theme, !changes.contains(.templates) {
            theme = cached
        } else {
            theme = try Self.run("Loading templates", after: leftOut + errors) { try Theme(folder: options.templatesFolder) }
        }
        next.theme = theme

        steps.begin(3, "Analysing \(plural(content.articles.count, "article"))")
        let previousBriefs = next.briefs
        let fromArticles = await briefs(for: content.articles, fullText: content.config.fullText, cache: &next, meter: meter)
        reportFileProblems(fromArticles.errors.map { $0.during("Analysing articles") })

        steps.begin(4, "Indexing the entities and tags of \(plural(content.briefs.count + fromArticles.briefs.count, "brief"))")
        let allBriefs = content.briefs + fromArticles.briefs.map(\.brief)
        let previousEntries = next.entries
        let entries = await mapInParallel(allBriefs, jobs: options.jobs, cached: { brief -> (entries: BriefEntries, isNew: Bool)? in
            guard let cached = previousEntries[brief.path], cached.brief == brief else { return nil }
            return (cached.entries, false)
        }) { brief in (BriefEntries(of: brief), true) }
        for (brief, made) in zip(allBriefs, entries) where made.isNew { next.entries[brief.path] = (brief, made.entries) }
        if next.entries.count != allBriefs.count {
            let live = Set(allBriefs.map(\.path))
            next.entries = next.entries.filter { live.contains($0.key) }
        }
        let updated = updatedIndex(of: allBriefs, entries: entries, previousEntries: previousEntries, previous: next.contexts?.site)
        let site = updated?.index ?? SiteIndex(briefs: allBriefs) { next.entries[$0.path]?.entries ?? BriefEntries(of: $0) }
        let briefs = site.briefs

        steps.begin(5, "Rendering \(plural(briefs.count, "brief"))")
        let sink = try Self.run("Writing output", after: leftOut + errors) {
            let writer = OutputWriter(outputFolder: options.outputFolder)
            return next.written.isEmpty || !writer.holdsOutput ? try OutputSink(staging: writer) : OutputSink(updating: writer, previous: next.written)
        }
        var committed = false
        defer { if !committed { sink.discard() } }
        // Against the last build's index, with the same settings and templates, and an output updated in place, only
        // the pages that show what changed are made; the others are kept as the output holds them.
        let setup = Self.pageSetup(config: content.config, pages: content.pages, theme: theme)
        var changes: SiteIndexChanges?
        if sink.updatesInPlace, next.setup == setup, let previous = next.contexts {
            changes = if let updated { SiteIndexChanges(replacing: updated.replaced, from: previous.site, to: site) } else { SiteIndexChanges(from: previous.site, to: site) }
        }
        let contexts = PageContextBuilder(
            config: content.config, pages: content.pages, site: site,
            reusingCardsOf: changes == nil ? nil : next.contexts, except: changes?.briefsToRedo ?? []
        )
        let previousMarkdown = next.markdown
        let previousContexts = next.contexts
        // A rebuild that makes the same pages as the last one, from the same templates and static files, keeps every
        // file the output holds and makes only the pages that show a change: nothing else is visited.
        var samePages = false
        // Pages go to the sink as each chunk is rendered, so the whole site is never held in memory; after the first
        // error nothing more is written, but every page is still rendered so that every error is reported.
        var paths: [String] = []
        if let changes, changes.keepsEveryPage, filesChanged.isDisjoint(with: [.templates, .staticFiles]), let outputs = next.outputs {
            samePages = sink.keepEveryFile()
            if samePages { paths = outputs.paths }
        }
        var renderedCount = 0
        var copies: [StaticFile] = []
        func keep(_ file: OutputFile) throws {
            if !samePages { paths.append(file.path) }
            if errors.isEmpty { try meter.measure(.writingFiles) { try sink.add(file) } }
        }
        // Keeps the output's files at `kept` when `unchanged` and the output holds them all; false when they must be made.
        func keepUnchanged(_ kept: [String], _ unchanged: Bool) -> Bool {
            guard unchanged, sink.keepUnchanged(kept) else { return false }
            if !samePages { paths += kept }
            return true
        }
        do {
            let briefsToVisit = samePages ? site.briefs(slugs: changes!.briefsToRedo.union(fromArticles.made)) : briefs
            for chunk in briefsToVisit.chunks(of: Self.chunkSize) {
                let toRender = chunk.filter { brief in
                    !keepUnchanged([SitePaths.brief(brief.slug)], changes.map { !$0.briefsToRedo.contains(brief.slug) } ?? false)
                }
                let results = await renderInParallel(toRender, theme: theme, contexts: contexts, cache: &next, markdown: previousMarkdown, meter: meter)
                for result in results {
                    switch result {
                    case .success(let file):
                        renderedCount += 1
                        try keep(file)
                    case .failure(let error):
                        errors.append(error.during("Rendering briefs"))
                    }
                }
                for brief in chunk {
                    let markdownPath = SitePaths.briefMarkdown(brief.slug)
                    if let markdown = next.briefs[brief.path]?.generated.markdown {
                        let unchanged = changes != nil && previousBriefs[brief.path]?.generated.markdown == markdown
                        if !keepUnchanged([markdownPath], unchanged) { try keep(OutputFile(path: markdownPath, text: markdown)) }
                    } else if !samePages {
                        copies.append(StaticFile(sourcePath: brief.path, outputPath: markdownPath))
                    }
                }
            }

            steps.begin(6, "Rendering \(plural(site.entities.count, "entity page")), \(plural(site.tags.count, "tag page")), the index and \(plural(content.pages.count, "page"))")
            let (batches, sources) = sitePageBatches(
                content: content, theme: theme, contexts: contexts, changes: changes.map { ($0, previousContexts!) },
                onlyChanged: samePages, keepUnchanged: keepUnchanged, meter: meter
            )
            for batch in batches {
                let pages = await batch.pages(from: contexts, jobs: options.jobs, meter: meter)
                for result in await render(pages, theme: theme, sources: sources, meter: meter) {
                    switch result {
                    case .success(let file):
                        renderedCount += 1
                        try keep(file)
                    case .failure(let error): errors.append(error.during("Rendering pages"))
                    }
                }
            }

            steps.begin(7, "Writing the feed, sitemap and search index")
            let (metadata, metadataWarnings) = try Self.run("Writing the feed, sitemap and search index", after: leftOut + errors) {
                try metadataFiles(site: site, config: content.config, pages: paths, samePages: samePages, changes: changes, cache: &next)
            }
            for file in metadata { try keep(file) }
            warnings += metadataWarnings.map { $0.during("Writing the feed, sitemap and search index") }

            var copiesToAdd: [StaticFile]
            if samePages, let outputs = next.outputs {
                // The same paths as the last build's, which collided with no static file; of the files copied, only
                // hand-kept briefs can have changed (the templates and static files did not).
                copies = outputs.copies
                copiesToAdd = content.briefs.map { StaticFile(sourcePath: $0.path, outputPath: SitePaths.briefMarkdown($0.slug)) }
            } else {
                copies += theme.assets
                let generated = Set(paths + copies.map(\.outputPath))
                for file in content.staticFiles {
                    if generated.contains(file.outputPath) {
                        reportFileProblems([BriefingError(.staticFileCollides(file.outputPath), at: SourceLocation(path: file.sourcePath)).during("Reading content")])
                    } else {
                        copies.append(file)
                    }
                }
                copiesToAdd = copies
            }
            guard errors.isEmpty else { throw BuildFailure(errors: warnings + leftOut + errors) }
            for copy in copiesToAdd { try meter.measure(.writingFiles) { try sink.add(copy) } }
        } catch let error as BriefingError {
            throw BuildFailure(errors: warnings + leftOut + errors + [error.during("Writing output")])
        }
        if next.keepsRenderings {
            next.contexts = contexts
            next.setup = setup
            next.outputs = (paths, copies)
            if next.markdown.count > briefs.count {
                let live = Set(briefs.map { $0.path })
                next.markdown = next.markdown.filter { live.contains($0.key) }
            }
        } else {
            next.markdown = [:]
        }

        let fileCount = paths.count + copies.count
        steps.begin(8, "Putting \(plural(fileCount, "file")) in place in \(options.outputFolder)")
        let changed = try Self.run("Writing output", after: leftOut + errors) { try meter.measure(.writingFiles) { try sink.commit() } }
        committed = true
        next.written = sink.digests
        next.recorded = [:]
        var summary = BuildSummary(
            briefs: briefs.count, pages: content.pages.count, files: fileCount,
            outputFolder: options.outputFolder, seconds: 0, warnings: warnings
        )
        summary.leftOut = leftOut
        summary.analysedArticles = fromArticles.analysed
        summary.renderedPages = renderedCount
        summary.changedFiles = changed
        if let fingerprint = recordCheck.fingerprint {
            writeRecord(fingerprint, files: paths + copies.map(\.outputPath), summary: summary, cache: next)
        }
        steps.finish()
        summary.steps = steps.timings
        summary.work = meter.seconds
        summary.seconds = Date().timeIntervalSince(started)
        cache = next
        return summary
    }

    /// The index of the last build with the briefs edited since replaced, when the same briefs are there and the
    /// edited ones name the same entities, quotes and tags as before (`SiteIndex.replacing`), with the slugs of the
    /// briefs replaced; otherwise nil.
    func updatedIndex(of briefs: [Brief], entries: [(entries: BriefEntries, isNew: Bool)], previousEntries: ShardedDictionary<String, (brief: Brief, entries: BriefEntries)>, previous: SiteIndex?) -> (index: SiteIndex, replaced: Set<String>)? {
        guard let previous, briefs.count == previous.briefs.count, briefs.count == previousEntries.count else { return nil }
        var replacements: [(old: Brief, oldEntries: BriefEntries, new: Brief, newEntries: BriefEntries)] = []
        for (brief, made) in zip(briefs, entries) where made.isNew {
            guard let old = previousEntries[brief.path] else { return nil }
            replacements.append((old.brief, old.entries, brief, made.entries))
        }
        return previous.replacing(replacements).map { ($0, Set(replacements.map(\.new.slug))) }
    }

    /// Runs one step that stops the build on error, reporting the step's error after the ones found before it.
    static func run<Value>(_ step: String, after earlier: [BriefingError], _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as BriefingError {
            throw BuildFailure(errors: earlier + [error.during(step)])
        }
    }

    /// A hash of what every page shows besides the site index: the settings, the navigation and the templates. Pages
    /// made under another setup are all made again.
    static func pageSetup(config: SiteConfig, pages: [Page], theme: Theme) -> Int {
        var hasher = Hasher()
        hasher.combine(config)
        for page in pages {
            hasher.combine(page.slug)
            hasher.combine(page.title)
        }
        hasher.combine(theme.library.fingerprint)
        // The 404 page carries the stylesheet inline.
        hasher.combine(theme.stylesheet)
        return hasher.finalize()
    }

    /// The listings (home, tags, entities), the entity, tag and search pages, the 404 page and the plain pages, in a
    /// fixed order, as batches whose contexts are made only when the batch is rendered (so that a large site never
    /// holds every page's context at once), with the source file of each plain page (for errors). With `changes`, the
    /// listings, entities and tags they leave as they were are kept through `keepUnchanged` instead.
    /// With `onlyChanged`, only the entities and tags `changes` names are visited: the others' pages are kept.
    func sitePageBatches(content: SiteContent, theme: Theme, contexts: PageContextBuilder, changes delta: (changes: SiteIndexChanges, previous: PageContextBuilder)?, onlyChanged: Bool, keepUnchanged: ([String], Bool) -> Bool, meter: WorkMeter) -> (batches: [PageBatch], sources: [String: String]) {
        let site = contexts.site
        let changes = delta?.changes
        var listings: [PageToRender] = []
        if let (changes, previousContexts) = delta {
            let previous = previousContexts.site
            // A home page is unchanged when it lists the same briefs, none of them changed, out of as many pages.
            let homePaths = contexts.listingPaths(first: SitePaths.home, count: site.briefs.count)
            let pagination = Pagination(itemCount: site.briefs.count, pageSize: content.config.pageSize)
            let before = Pagination(itemCount: previous.briefs.count, pageSize: content.config.pageSize)
            let numbers = Set((1...pagination.pageCount).filter { number in
                let range = pagination.range(ofPage: number)
                let unchanged = pagination.pageCount == before.pageCount && range == before.range(ofPage: number)
                    && site.briefs[range].elementsEqual(previous.briefs[range]) { $0.slug == $1.slug }
                    && !site.briefs[range].contains { changes.briefsToRedo.contains($0.slug) }
                return !keepUnchanged([homePaths[number - 1]], unchanged)
            })
            listings = numbers.isEmpty ? [] : contexts.homePages(only: numbers)
            if !keepUnchanged([SitePaths.entities], !changes.entityListChanged) { listings.append(contexts.entityIndex()) }
        } else {
            listings = contexts.homePages() + [contexts.entityIndex()]
        }
        var batches: [PageBatch] = [.made(listings)]
        // Of a listing some of whose briefs changed, the pages listing them (and the first) are made, the others kept.
        func pagesToMake(first: String, count: Int, redo: Bool, positions: Set<Int>?) -> (make: Bool, pages: Set<Int>?) {
            let paths = contexts.listingPaths(first: first, count: count)
            guard changes != nil, !redo else { return (!keepUnchanged(paths, false), nil) }
            guard let positions else { return (!keepUnchanged(paths, true), nil) }
            let numbers = Set([1] + positions.map { $0 / max(1, content.config.pageSize) + 1 })
            let kept = paths.enumerated().filter { !numbers.contains($0.offset + 1) }.map(\.element)
            return keepUnchanged(kept, true) ? (true, numbers) : (true, nil)
        }
        // The entities (or tags) whose pages are made, each with the numbers of the pages to make (nil: all); with
        // `onlyChanged`, only those the changes name are visited.
        func listingsToMake<Item>(_ all: [Item], named: (Set<String>) -> [Item], slug: (Item) -> String, first: (String) -> String, count: (Item) -> Int, redo: Set<String>?, positions: [String: Set<Int>]?) -> [(Item, pages: Set<Int>?)] {
            let candidates = if let redo, let positions, onlyChanged { named(redo.union(positions.keys)) } else { all }
            return candidates.compactMap { item in
                let (make, pages) = pagesToMake(first: first(slug(item)), count: count(item), redo: redo?.contains(slug(item)) ?? true, positions: positions?[slug(item)])
                return make ? (item, pages) : nil
            }
        }
        let entities = listingsToMake(
            site.entities, named: { site.entities(slugs: $0) }, slug: \.slug, first: SitePaths.entity, count: \.appearances.count,
            redo: changes?.entitiesToRedo, positions: changes?.entityBriefPositions
        )
        batches += entities.chunks(of: Self.chunkSize / 4).map { .entities(Array($0)) }
        if !keepUnchanged([SitePaths.tags], changes.map { !$0.tagListChanged } ?? false) { batches.append(.made([contexts.tagIndex()])) }
        let tags = listingsToMake(
            site.tags, named: { site.tags(slugs: $0) }, slug: \.slug, first: SitePaths.tag, count: \.briefSlugs.count,
            redo: changes?.tagsToRedo, positions: changes?.tagBriefPositions
        )
        batches += tags.chunks(of: Self.chunkSize / 4).map { .tags(Array($0)) }
        // The search and 404 pages show only the settings and navigation; a plain page also its own text.
        var pages: [PageToRender] = []
        if !keepUnchanged([SitePaths.search], delta != nil) { pages.append(contexts.searchPage()) }
        if !keepUnchanged([SitePaths.notFound], delta != nil) {
            pages.append(PageToRender(path: SitePaths.notFound, template: "404", context: contexts.notFound(stylesheet: theme.stylesheet)))
        }
        let renderer = CommonMarkRenderer()
        var sources: [String: String] = [:]
        for page in content.pages {
            let path = SitePaths.page(page.slug)
            if keepUnchanged([path], delta?.previous.pages.contains(page) ?? false) { continue }
            let body = meter.measure(.renderingMarkdown) { renderer.render(page.body) }
            pages.append(PageToRender(path: path, template: "page", context: contexts.page(for: page, rendered: body)))
            sources[path] = page.path
        }
        batches.append(.made(pages))
        return (batches, sources)
    }

    /// Renders `pages`, `options.jobs` at a time, in their order.
    func render(_ pages: [PageToRender], theme: Theme, sources: [String: String], meter: WorkMeter) async -> [Result<OutputFile, BriefingError>] {
        await mapInParallel(pages, jobs: options.jobs) { page in
            Result { () throws(BriefingError) in
                try meter.measure(.templates) { () throws(BriefingError) in try theme.render(page) }
            }
            .mapError { error in
                var error = error
                if error.location == nil, let source = sources[page.path] { error.location = SourceLocation(path: source) }
                return error
            }
        }
    }

    /// Renders each brief to a whole HTML page, `options.jobs` at a time; results come back in input order. A body
    /// whose HTML `markdown` holds (by the brief's path, for the same Markdown) is not rendered again; `cache` keeps
    /// each body's HTML for the next build.
    func renderInParallel(_ briefs: [Brief], theme: Theme, contexts: PageContextBuilder, cache: inout BuildCache, markdown: ShardedDictionary<String, RenderedBody>, meter: WorkMeter) async -> [Result<OutputFile, BriefingError>] {
        let renderer = CommonMarkRenderer()
        @Sendable func render(_ brief: Brief) -> Result<(OutputFile, RenderedMarkdown), BriefingError> {
            do {
                let kept = markdown[brief.path].flatMap { $0.markdown == brief.body ? $0.html : nil }
                let body = kept ?? meter.measure(.renderingMarkdown) { renderer.render(brief.body) }
                let page = PageToRender(path: SitePaths.brief(brief.slug), template: "brief", context: contexts.page(for: brief, rendered: body))
                let file = try meter.measure(.templates) { () throws(BriefingError) in try theme.render(page) }
                return .success((file, body))
            } catch {
                var located = error
                if located.location == nil { located.location = SourceLocation(path: brief.path) }
                return .failure(located)
            }
        }
        let results = await mapInParallel(briefs, jobs: options.jobs, render)
        return zip(briefs, results).map { brief, result in
            result.map { file, body in
                if cache.keepsRenderings { cache.markdown[brief.path] = RenderedBody(markdown: brief.body, html: body) }
                return file
            }
        }
    }

    /// Refuses an output folder that is, or holds, the content or templates folder: replacing it would lose them.
    /// - Throws: `BriefingError` (`invalidProject`) saying which folder and what to pass instead.
    public func checkFolders() throws {
        func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let output = absolute(options.outputFolder)
        for source in [options.contentFolder, options.templatesFolder] {
            let path = absolute(source)
            if path == output || path.hasPrefix(output.hasSuffix("/") ? output : output + "/") {
                throw BriefingError(.invalidProject("the output folder '\(options.outputFolder)' holds '\(source)', and a build replaces the output folder. Pass another --output."))
            }
        }
    }
}

extension BriefingError.Problem {
    static func staticFileCollides(_ path: String) -> Self {
        .invalidContent("this static file would replace the generated '\(path)'. Rename or move it.")
    }
}
