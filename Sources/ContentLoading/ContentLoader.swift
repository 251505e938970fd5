import BriefingCore
import Foundation

/// Reads a content folder (site.yml, briefs/, pages/, static/) into `SiteContent`.
public struct ContentLoader: Sendable {
    let files = TextFileReader()

    public init() {}

    /// The content of `folder`, plus every per-file problem found (warnings first, then errors).
    ///
    /// A brief or page that cannot be read is left out and its error returned, so that a build can report
    /// every problem at once.
    /// - Throws: `BriefingError` when the folder itself or `site.yml` is unusable.
    public func content(in folder: String) throws -> (content: SiteContent, errors: [BriefingError]) {
        var articleCache = ArticleReadCache()
        return try content(in: folder, articleCache: &articleCache)
    }

    /// The content of `folder`, as `content(in:)` reads it, taking from `articleCache` each article whose file is
    /// unchanged since it was read, and leaving in it the articles read now.
    ///
    /// - Parameter changedArticles: when only some article files can have changed since `articleCache` was filled (a
    ///   file watcher says which), their names in `articles/`: the others are taken from the cache without looking at
    ///   their files or listing the folder. Nil to check every file.
    public func content(in folder: String, articleCache: inout ArticleReadCache, changedArticles: Set<String>? = nil) throws -> (content: SiteContent, errors: [BriefingError]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BriefingError(.invalidProject("there is no content folder at '\(folder)'. Run the command from your site's folder, or pass --content FOLDER."))
        }
        let links = ContentLinks(contentFolder: folder)
        let config = try siteConfig(in: folder, links: links)
        var errors: [BriefingError] = []

        var briefs: [Brief] = []
        for path in try markdownFiles(in: join(folder, "briefs"), links: links, errors: &errors) {
            do {
                try links.checkFile(path)
                briefs.append(try BriefReader().brief(from: files.text(at: path), path: path))
            } catch let error as BriefingError {
                errors.append(error)
            }
        }
        let briefDuplicates = duplicateSlugErrors(briefs.map { ($0.slug, $0.path) }, kind: "brief")
        briefs.removeAll { brief in briefDuplicates.contains { $0.location?.path == brief.path } }
        errors += briefDuplicates
        var articles: [Article] = []
        var warnings: [BriefingError] = []
        var readArticles = ShardedDictionary<String, ArticleReadCache.Entry>()
        let articlesFolder = join(folder, "articles")
        let changedPaths = changedArticles.map { Set($0.map { join(articlesFolder, $0) }) }
        let listing: [String]
        if let changedPaths, let previous = articleCache.listing {
            listing = updatedListing(previous, changed: changedPaths)
            readArticles = articleCache.entries
            for path in changedPaths { readArticles[path] = nil }
        } else {
            listing = try files(in: articlesFolder, withExtensions: ArticleReader.extensions, links: links, errors: &errors)
        }
        articleCache.listing = listing
        for path in listing {
            if let changedPaths, !changedPaths.contains(path), let cached = readArticles[path] {
                articles.append(cached.article)
                warnings += cached.warnings
                continue
            }
            let stamp = FileStamp(path: path)
            if let stamp, let cached = articleCache.entries[path], cached.stamp == stamp {
                articles.append(cached.article)
                warnings += cached.warnings
                readArticles[path] = cached
                continue
            }
            do {
                try links.checkFile(path)
                let (article, articleWarnings, digest) = try ArticleReader().reading(at: path)
                articles.append(article)
                warnings += articleWarnings
                if let stamp { readArticles[path] = .init(stamp: stamp, article: article, warnings: articleWarnings, digest: digest) }
            } catch let error as BriefingError {
                errors.append(error)
            }
        }
        articleCache.entries = readArticles
        let articleDuplicates = duplicateSlugErrors(articles.map { ($0.slug, $0.path) }, kind: "article")
        articles.removeAll { article in articleDuplicates.contains { $0.location?.path == article.path } }
        errors += articleDuplicates
        let briefSlugs = Set(briefs.map(\.slug))
        if !briefSlugs.isEmpty { articles.removeAll { briefSlugs.contains($0.slug) } }

        var pages: [Page] = []
        for path in try markdownFiles(in: join(folder, "pages"), links: links, errors: &errors) {
            do {
                try links.checkFile(path)
                pages.append(try PageReader().page(from: files.text(at: path), path: path))
            } catch let error as BriefingError {
                errors.append(error)
            }
        }
        let pageDuplicates = duplicateSlugErrors(pages.map { ($0.slug, $0.path) }, kind: "page")
        pages.removeAll { page in pageDuplicates.contains { $0.location?.path == page.path } }
        errors += pageDuplicates
        let (staticFiles, staticErrors) = try staticFiles(in: join(folder, "static"), contentFolder: folder)
        errors += staticErrors
        return (SiteContent(config: config, briefs: briefs, articles: articles, pages: pages, staticFiles: staticFiles), warnings + errors)
    }

    /// The files of `folder/static/`, read again on their own when only they changed, and their problems.
    /// - Throws: `BriefingError` when the folder cannot be listed.
    public func staticFiles(in folder: String) throws -> (files: [StaticFile], errors: [BriefingError]) {
        try staticFiles(in: join(folder, "static"), contentFolder: folder)
    }

    func siteConfig(in folder: String, links: ContentLinks) throws -> SiteConfig {
        let path = join(folder, "site.yml")
        var info = stat()
        guard lstat(path, &info) == 0 else { return SiteConfig() }
        do {
            try links.checkFile(path)
            return try SiteConfigReader().config(from: files.text(at: path), path: path)
        } catch var error as BriefingError {
            if case .unreadableFile(let message) = error.problem { error.problem = .invalidSiteConfig(message) }
            throw error
        }
    }

    /// `listing` (article paths, sorted) with the `changed` paths added where their files are articles, and removed
    /// where not.
    func updatedListing(_ listing: [String], changed: Set<String>) -> [String] {
        var paths = listing
        paths.removeAll { changed.contains($0) }
        for path in changed {
            let name = path.split(separator: "/").last ?? ""
            guard !name.hasPrefix("."), let dot = name.lastIndex(of: "."), ArticleReader.extensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            var low = 0, high = paths.count
            while low < high {
                let middle = (low + high) / 2
                if paths[middle] < path { low = middle + 1 } else { high = middle }
            }
            paths.insert(path, at: low)
        }
        return paths
    }

    /// The `.md` files directly in `folder`, sorted by name; none when the folder does not exist.
    func markdownFiles(in folder: String, links: ContentLinks, errors: inout [BriefingError]) throws -> [String] {
        try files(in: folder, withExtensions: ["md"], links: links, errors: &errors)
    }

    /// The files directly in `folder` whose extension is one of `extensions`, sorted by name; none, with an error, when
    /// the folder is a link that `links` does not follow.
    func files(in folder: String, withExtensions extensions: Set<String>, links: ContentLinks, errors: inout [BriefingError]) throws -> [String] {
        if let problem = links.problem(at: folder, folder: true) {
            errors.append(BriefingError(problem, at: SourceLocation(path: folder)))
            return []
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in
            guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
            return extensions.contains(name[name.index(after: dot)...].lowercased())
        }.sorted().map { join(folder, $0) }
    }

    func duplicateSlugErrors(_ entries: [(slug: String, path: String)], kind: String) -> [BriefingError] {
        var firstPath: [String: String] = [:]
        firstPath.reserveCapacity(entries.count)
        var errors: [BriefingError] = []
        for entry in entries {
            if let earlier = firstPath[entry.slug] {
                errors.append(BriefingError(
                    .invalidContent("this \(kind) has the slug '\(entry.slug)', like \(earlier). Give one of them another 'slug:'."),
                    at: SourceLocation(path: entry.path)
                ))
            } else {
                firstPath[entry.slug] = entry.path
            }
        }
        return errors
    }

    /// Every regular file under `folder`, sorted; links are followed only to files inside the content folder.
    func staticFiles(in folder: String, contentFolder: String) throws -> ([StaticFile], [BriefingError]) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder) else { return ([], []) }
        let links = ContentLinks(contentFolder: contentFolder)
        if let problem = links.problem(at: folder, folder: true) { return ([], [BriefingError(problem, at: SourceLocation(path: folder))]) }
        var result: [StaticFile] = []
        var errors: [BriefingError] = []
        var pending = [""]
        while let relativeFolder = pending.popLast() {
            let absoluteFolder = relativeFolder.isEmpty ? folder : join(folder, relativeFolder)
            let names = try manager.contentsOfDirectory(atPath: absoluteFolder).filter { !$0.hasPrefix(".") }
            for name in names {
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let path = join(folder, relative)
                let type = (try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType) ?? nil
                switch type {
                case .typeDirectory?:
                    pending.append(relative)
                case .typeRegular?:
                    result.append(StaticFile(sourcePath: path, outputPath: relative))
                case .typeSymbolicLink?:
                    if let problem = links.problem(at: path) {
                        errors.append(BriefingError(problem, at: SourceLocation(path: path)))
                    } else {
                        result.append(StaticFile(sourcePath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path, outputPath: relative))
                    }
                default:
                    errors.append(BriefingError(.notAFile, at: SourceLocation(path: path)))
                }
            }
        }
        return (result.sorted { $0.outputPath < $1.outputPath }, errors.sorted { $0.description < $1.description })
    }

    func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
