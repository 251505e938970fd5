import Analysis
import BriefingCore
import BriefWriting
import ContentLoading

/// A brief made from an article: its Markdown text, and that text read back as any brief is.
struct GeneratedBrief: Sendable {
    var brief: Brief
    var markdown: String
}

/// Turns an article into its brief in memory: analysis, then brief writing. The writer gives the `Brief` its Markdown
/// reads back as (tests check it is what `BriefReader` reads); where it cannot vouch for it, the Markdown is read
/// back, so that such a brief goes through the same reader as a hand-kept one.
struct BriefGenerator: Sendable {
    /// Whether briefs carry the whole story (`site.yml` `full_text`).
    var fullText: Bool
    /// Where the CPU time of analysing and of writing briefs is counted, if anywhere.
    var meter: WorkMeter?

    /// The brief of `article`, read back with the article's path so that any error names the article.
    /// - Throws: `BriefingError` when the written brief does not read back, which is a bug in the writer.
    func brief(for article: Article) throws -> GeneratedBrief {
        let analysis = measure(.analysing) { ArticleAnalyzer().analysis(of: article) }
        let written = measure(.writingBriefs) { BriefWriter().written(for: article, using: analysis, fullText: fullText) }
        let markdown = written.markdown
        if let brief = written.brief { return GeneratedBrief(brief: brief, markdown: markdown) }
        do {
            let brief = try measure(.writingBriefs) { try BriefReader().brief(from: markdown, path: article.path) }
            return GeneratedBrief(brief: brief, markdown: markdown)
        } catch let error as BriefingError {
            let line = error.location?.line.map { "line \($0) of the brief: " } ?? ""
            throw BriefingError(.unreadableGeneratedBrief(line + error.problem.message), at: SourceLocation(path: article.path))
        }
    }
}

extension BriefGenerator {
    func measure<Value, Failure: Error>(_ kind: WorkKind, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard let meter else { return try work() }
        return try meter.measure(kind, work)
    }
}

extension BriefingError.Problem {
    static func unreadableGeneratedBrief(_ reason: String) -> Self {
        .invalidContent("the brief written for this article does not read back (\(reason)). This is a bug in Briefing; please report it with the article.")
    }
}
