import BriefingCore

/// What `BriefConverter` did: the briefs written, what was repaired, and what failed.
public struct ConversionReport: Sendable, Equatable {
    /// One brief written from one article.
    public struct Written: Sendable, Equatable {
        public var article: String
        public var brief: String

        public init(article: String, brief: String) {
            self.article = article
            self.brief = brief
        }

        /// `Wrote Content/briefs/x.md from articles/x.txt`.
        public var line: String { "Wrote \(brief) from \(article)" }
    }

    public var written: [Written] = []
    public var warnings: [BriefingError] = []
    /// Every article that could not be converted, in the order given.
    public var errors: [BriefingError] = []
    /// How many articles were asked for.
    public var articles: Int
    /// Where the briefs go.
    public var briefsFolder: String

    /// `Wrote 3 briefs into Content/briefs.`, or `Wrote 2 of 3 briefs into Content/briefs; 1 error.` when
    /// something failed.
    public var summary: String {
        guard !errors.isEmpty else { return "Wrote \(plural(written.count, "brief")) into \(briefsFolder)." }
        return "Wrote \(written.count) of \(plural(articles, "brief")) into \(briefsFolder); \(plural(errors.count, "error"))."
    }
}
