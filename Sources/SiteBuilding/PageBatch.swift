import SiteModel
import Templating

/// Some of the site's pages, in output order: made already, or the entities or tags whose pages are made when the
/// batch is rendered.
enum PageBatch {
    case made([PageToRender])
    case entities([SiteEntity])
    case tags([SiteTag])

    /// The batch's pages, with their contexts; entity pages are made `jobs` at a time.
    func pages(from contexts: PageContextBuilder, jobs: Int) async -> [PageToRender] {
        switch self {
        case .made(let pages):
            return pages
        case .entities(let entities):
            return await mapInParallel(entities, jobs: jobs) { contexts.entityPages($0) }.flatMap { $0 }
        case .tags(let tags):
            return tags.flatMap { contexts.tagPages($0) }
        }
    }
}
