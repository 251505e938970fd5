import BriefingCore

extension SiteBuilder {
    /// The brief of every article, made `options.jobs` at a time, in the articles' order, and the errors of the
    /// articles that failed.
    func briefs(for articles: [Article], fullText: Bool) async -> (briefs: [GeneratedBrief], errors: [BriefingError]) {
        let generator = BriefGenerator(fullText: fullText)
        let results = await mapInParallel(articles, jobs: options.jobs) { article in
            Result { try generator.brief(for: article) }.mapError { error in
                error as? BriefingError ?? BriefingError(.invalidContent("the article could not be made into a brief."), at: SourceLocation(path: article.path), underlying: "\(error)")
            }
        }
        var briefs: [GeneratedBrief] = []
        var errors: [BriefingError] = []
        for result in results {
            switch result {
            case .success(let brief): briefs.append(brief)
            case .failure(let error): errors.append(error)
            }
        }
        return (briefs, errors)
    }
}
