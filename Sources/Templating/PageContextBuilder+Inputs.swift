import BriefingCore
import SiteModel

extension PageContextBuilder {
    /// A hash of everything a brief's page shows besides the brief itself: the site settings and navigation, and how
    /// the site index resolves the brief's entities, quote speakers and tags. For an equal brief, an equal hash means
    /// an equal page, so a rebuild can skip making its context. Valid within one process.
    public func briefPageInputs(of brief: Brief) -> Int {
        var hasher = Hasher()
        hasher.combine(config)
        for page in pages {
            hasher.combine(page.slug)
            hasher.combine(page.title)
        }
        let listed: [(EntityKind, BriefEntity)] = brief.entities.people.map { (.person, $0) }
            + brief.entities.organizations.map { (.organization, $0) } + brief.entities.places.map { (.place, $0) }
        for (kind, entity) in listed {
            let merged = site.entity(named: entity.name, kind: kind)
            hasher.combine(merged?.slug)
            hasher.combine(merged?.name)
        }
        for (quote, speaker) in site.quotes(inBrief: brief.slug) {
            hasher.combine(quote.speaker)
            hasher.combine(speaker.slug)
            hasher.combine(speaker.name)
            hasher.combine(speaker.kind)
        }
        for name in brief.tags {
            let tag = site.tag(named: name)
            hasher.combine(tag?.slug)
            hasher.combine(tag?.name)
        }
        return hasher.finalize()
    }
}
