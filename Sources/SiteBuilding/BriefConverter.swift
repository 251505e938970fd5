import BriefingCore
import ContentLoading
import Foundation

/// Writes the Markdown brief of each article into the content folder's `briefs/` (`briefing convert`), where an
/// editor can change it and where it wins over the article in every later build.
///
/// An existing brief is replaced only with `force`. Each article is converted on its own: one that fails is
/// reported and the others are still written.
public struct BriefConverter: Sendable {
    public let options: ConvertOptions

    public init(options: ConvertOptions) {
        self.options = options
    }

    /// Converts every article of `options`.
    /// - Throws: `BriefingError` when the content folder or its `site.yml` is unusable, so that nothing can be
    ///   converted; problems with single articles are in the report instead.
    public func convert() throws -> ConversionReport {
        try checkContentFolder()
        let config = try siteConfig()
        let briefsFolder = try prepareBriefsFolder()
        let generator = BriefGenerator(fullText: config.fullText)
        var report = ConversionReport(articles: options.articles.count, briefsFolder: briefsFolder)
        var claimed: [String: String] = [:]
        for path in options.articles {
            do {
                let (article, warnings) = try ArticleReader().article(at: path)
                report.warnings += warnings
                let target = join(briefsFolder, article.slug + ".md")
                if let earlier = claimed[article.slug] {
                    throw BriefingError(.sameSlugInOneRun(article.slug, earlier: earlier), at: SourceLocation(path: path))
                }
                claimed[article.slug] = path
                if !options.force, FileManager.default.fileExists(atPath: target) {
                    throw BriefingError(.briefExists(article: path), at: SourceLocation(path: target))
                }
                let generated = try generator.brief(for: article)
                try write(generated.markdown, to: target)
                report.written.append(ConversionReport.Written(article: path, brief: target))
            } catch let error as BriefingError {
                report.errors.append(error)
            }
        }
        return report
    }

    func checkContentFolder() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.contentFolder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BriefingError(.invalidProject("there is no content folder at '\(options.contentFolder)'. Run the command from your site's folder, or pass --content FOLDER."))
        }
    }

    /// The content folder's `briefs/`, created when missing.
    func prepareBriefsFolder() throws -> String {
        let folder = join(options.contentFolder, "briefs")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BriefingError(.outputFailed("the folder '\(folder)' cannot be created. Check the permissions of '\(options.contentFolder)'."), underlying: (error as NSError).localizedDescription)
        }
        return folder
    }

    /// The settings of the content folder's `site.yml`; the defaults when there is none.
    func siteConfig() throws -> SiteConfig {
        let path = join(options.contentFolder, "site.yml")
        guard FileManager.default.fileExists(atPath: path) else { return SiteConfig() }
        return try SiteConfigReader().config(from: TextFileReader().text(at: path), path: path)
    }

    /// Writes the brief beside its place and renames it there, so that a reader never sees half a brief and nothing is
    /// written outside the content folder (Foundation's atomic write goes through a folder in /tmp, and leaves it).
    func write(_ markdown: String, to path: String) throws {
        let pending = (path as NSString).deletingLastPathComponent + "/.\((path as NSString).lastPathComponent).pending-\(getpid())"
        do {
            try FileSystemFast.write(Data(markdown.utf8), toPath: pending)
            guard rename(pending, path) == 0 else { throw FileSystemFast.failure(path) }
        } catch {
            try? FileManager.default.removeItem(atPath: pending)
            throw BriefingError(.outputFailed("the brief cannot be written. Check the free space and the permissions of its folder."), at: SourceLocation(path: path), underlying: (error as NSError).localizedDescription)
        }
    }

    func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

extension BriefingError.Problem {
    static func briefExists(article: String) -> Self {
        .invalidContent("this brief already exists, so the brief of '\(article)' was not written over it. Pass --force to replace it, or move it away first.")
    }

    static func sameSlugInOneRun(_ slug: String, earlier: String) -> Self {
        .invalidContent("this article has the slug '\(slug)', like '\(earlier)', so their briefs would be one file. Rename one of the articles.")
    }
}
