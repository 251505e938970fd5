import SiteModel
import Templating

/// Some of the site's pages, in output order: made already, or the entities or tags whose pages are made when the
/// batch is rendered (each with the numbers of the pages to make; nil for all).
enum PageBatch {
    case made([PageToRender])
    case entities([(SiteEntity, pages: Set<Int>?)])
    case tags([(SiteTag, pages: Set<Int>?)])

    /// The batch's pages, with their contexts; entity pages are made `jobs` at a time.
    func pages(from contexts: PageContextBuilder, jobs: Int, meter: WorkMeter) async -> [PageToRender] {
        switch self {
        case .made(let pages):
            return pages
        case .entities(let entities):
            return await mapInParallel(entities, jobs: jobs) { entity, pages in meter.measure(.templates) { contexts.entityPages(entity, only: pages) } }.flatMap { $0 }
        case .tags(let tags):
            return meter.measure(.templates) { tags.flatMap { contexts.tagPages($0, only: $1) } }
        }
    }
}
