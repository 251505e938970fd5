import BriefingCore
import ContentLoading

extension SiteBuilder {
    /// The brief of every article, made `options.jobs` at a time, in the articles' order, and the errors of the
    /// articles that failed. An article read exactly as before keeps the brief `cache` holds for it, and one whose
    /// bytes are those the last build recorded keeps the recorded brief. `made` holds the slugs of the briefs not
    /// taken from `cache`.
    func briefs(for articles: [Article], fullText: Bool, cache: inout BuildCache, meter: WorkMeter) async -> (briefs: [GeneratedBrief], errors: [BriefingError], analysed: Int, made: Set<String>) {
        if cache.fullText != fullText { cache.briefs = [:] }
        cache.fullText = fullText
        let previous = cache.briefs
        let recorded = cache.recorded
        let digests = cache.articles
        let generator = BriefGenerator(fullText: fullText, meter: meter)
        let results = await mapInParallel(articles, jobs: options.jobs, cached: { article -> (result: Result<GeneratedBrief, BriefingError>, isNew: Bool, cached: Bool)? in
            guard let cached = previous[article.path], cached.article == article else { return nil }
            return (.success(cached.generated), false, true)
        }) { article -> (result: Result<GeneratedBrief, BriefingError>, isNew: Bool, cached: Bool) in
            if let brief = meter.measure(.writingBriefs, { Self.recordedBrief(for: article, recorded: recorded, digest: digests.digest(ofArticleAt: article.path), fullText: fullText) }) {
                return (.success(brief), false, false)
            }
            let result = Result { try generator.brief(for: article) }.mapError { error in
                error as? BriefingError ?? BriefingError(.invalidContent("the article could not be made into a brief."), at: SourceLocation(path: article.path), underlying: "\(error)")
            }
            return (result, true, false)
        }
        var briefs: [GeneratedBrief] = []
        var errors: [BriefingError] = []
        var analysed = 0
        var made = Set<String>()
        for (article, (result, isNew, cached)) in zip(articles, results) {
            if isNew { analysed += 1 }
            switch result {
            case .success(let brief):
                briefs.append(brief)
                if !cached {
                    cache.briefs[article.path] = CachedBrief(article: article, generated: brief)
                    made.insert(brief.brief.slug)
                }
            case .failure(let error):
                cache.briefs[article.path] = nil
                errors.append(error)
            }
        }
        // Briefs of articles gone (or now overridden by a hand-kept brief) are dropped.
        if cache.briefs.count != briefs.count {
            let live = Set(articles.map(\.path))
            cache.briefs = cache.briefs.filter { live.contains($0.key) }
        }
        return (briefs, errors, analysed, made)
    }
}
