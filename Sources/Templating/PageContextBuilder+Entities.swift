import BriefingCore
import Foundation
import MarkdownRendering
import SiteModel

extension PageContextBuilder {
    /// The pages of one entity, `page_size` of the briefs that name it a page, newest first, each with the quotes of
    /// its briefs; the first also with its roles and related entities.
    /// Only the pages numbered in `numbers` are made, when given.
    public func entityPages(_ entity: SiteEntity, only numbers: Set<Int>? = nil) -> [PageToRender] {
        let summary = "Named in \(Self.count(entity.appearances.count, "brief")) · \(Self.count(entity.mentions, "mention"))"
        return paginate(entity.appearances, first: SitePaths.entity(entity.slug), only: numbers) { number, total, path, items in
            let suffix = number == 1 ? "" : ", page \(number) of \(total)"
            var context = common(path: path, title: "\(entity.name)\(suffix) – \(config.title)", current: nil)
            let root = context.root
            let role = entity.appearances.lazy.flatMap(\.roles).first
            context.pageDescription = (role.map { "\(entity.name), \($0). " } ?? "\(entity.kind.title). ")
                + "Named in \(Self.count(entity.appearances.count, "brief")) of \(config.title)."
            context.openGraph = openGraph(title: entity.name, description: context.pageDescription, url: context.canonicalURL)
            let isFirst = number == 1
            let briefs = items.compactMap { appearance in site.brief(slug: appearance.briefSlug).map { (appearance, $0) } }
            context.entity = EntityPageView(
                name: entity.name,
                slug: entity.slug,
                kind: entity.kind.rawValue,
                kindTitle: entity.kind.title,
                otherNames: entity.otherNames,
                summary: summary,
                roles: isFirst ? roles(of: entity, root: root) : [],
                briefs: briefs.map { appearance, brief in
                    EntityPageView.BriefItem(
                        title: brief.title, url: root + SitePaths.brief(brief.slug), date: brief.date?.iso, dateDisplay: brief.date?.display,
                        source: brief.source, mentions: appearance.mentions, mentionsLabel: Self.count(appearance.mentions, "mention"),
                        role: appearance.roles.isEmpty ? nil : appearance.roles.joined(separator: "; ")
                    )
                },
                quotes: quotes(of: entity, in: Set(items.map(\.briefSlug)), root: root),
                related: isFirst ? related(to: entity, root: root) : [],
                indexURL: root + SitePaths.entities + "#" + entity.kind.groupKey,
                isFirstPage: isFirst
            )
            return PageToRender(path: path, template: "entity", context: context)
        }
    }

    /// Everyone and everything, by kind, A–Z, with how many briefs name each.
    public func entityIndex() -> PageToRender {
        let path = SitePaths.entities
        var context = common(path: path, title: "Who and where – \(config.title)", current: path)
        context.pageDescription = "The people, organisations and places named in the briefs of \(config.title)."
        context.openGraph = openGraph(title: "Who and where", description: context.pageDescription, url: context.canonicalURL)
        let groups = EntityKind.allCases.compactMap { kind -> EntityIndexView.Group? in
            let entities = site.entities.filter { $0.kind == kind }
            guard !entities.isEmpty else { return nil }
            var letters: [String: [EntityIndexView.Item]] = [:]
            for entity in entities {
                let item = EntityIndexView.Item(
                    name: entity.name, url: context.root + SitePaths.entity(entity.slug),
                    briefCount: entity.appearances.count, briefLabel: Self.count(entity.appearances.count, "brief")
                )
                letters[Self.initial(of: entity.name), default: []].append(item)
            }
            return EntityIndexView.Group(
                title: kind.pluralTitle, kind: kind.groupKey, count: entities.count,
                letters: letters.keys.sorted().map { EntityIndexView.Letter(letter: $0, items: letters[$0]!) }
            )
        }
        context.entityIndex = EntityIndexView(groups: groups, count: site.entities.count)
        return PageToRender(path: path, template: "entities", context: context)
    }

    /// Each role the entity was given, in the order of the newest brief that gives it, with how many briefs give it
    /// and the newest `EntityPageView.Role.briefsShown` of them. Only those few briefs are looked up: a person named in
    /// a thousand briefs keeps a first page of a few kilobytes.
    func roles(of entity: SiteEntity, root: String) -> [EntityPageView.Role] {
        var order: [String] = []
        var roles: [String: (role: String, briefSlugs: [String], count: Int)] = [:]
        for appearance in entity.appearances {
            for role in appearance.roles {
                let key = role.lowercased()
                if roles[key] == nil {
                    order.append(key)
                    roles[key] = (role, [], 0)
                }
                roles[key]!.count += 1
                if roles[key]!.briefSlugs.count < EntityPageView.Role.briefsShown { roles[key]!.briefSlugs.append(appearance.briefSlug) }
            }
        }
        return order.map { key in
            let (role, slugs, count) = roles[key]!
            let links = slugs.compactMap { slug in
                site.brief(slug: slug).map { brief in
                    EntityPageView.BriefLink(title: brief.title, url: root + SitePaths.brief(brief.slug), date: brief.date?.iso, dateDisplay: brief.date?.display)
                }
            }
            let more = count - links.count
            return EntityPageView.Role(role: role, briefs: links, briefCount: count, moreLabel: more > 0 ? "and \(Self.count(more, "other brief"))" : nil)
        }
    }

    /// The entity's quotes from the briefs `briefSlugs` (a page's), as quote boxes, each with its brief.
    func quotes(of entity: SiteEntity, in briefSlugs: Set<String>, root: String) -> [EntityPageView.Quote] {
        entity.quotes.compactMap { quote in
            guard briefSlugs.contains(quote.briefSlug), let brief = site.brief(slug: quote.briefSlug) else { return nil }
            return EntityPageView.Quote(
                kind: quote.kind, textHTML: renderer.render(quote.markdown).html, role: quote.role,
                briefTitle: brief.title, briefURL: root + SitePaths.brief(brief.slug), dateDisplay: brief.date?.display
            )
        }
    }

    func related(to entity: SiteEntity, root: String) -> [EntityPageView.Related] {
        entity.related.compactMap { related in
            guard let other = site.entity(slug: related.slug) else { return nil }
            return EntityPageView.Related(
                name: other.name, url: root + SitePaths.entity(other.slug), kind: other.kind.rawValue, kindTitle: other.kind.title,
                sharedBriefs: related.sharedBriefs, sharedLabel: Self.count(related.sharedBriefs, "brief") + " together"
            )
        }
    }

    /// The letter an entity is listed under: its first letter without accents, or `#`.
    static func initial(of name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        guard let first = folded.first(where: { !$0.isPunctuation && !$0.isWhitespace }), first.isLetter else { return "#" }
        return String(first).uppercased()
    }

    /// `bodyHTML` with each quote box's `<cite>Speaker</cite>` linked to the speaker's entity page.
    func linkingSpeakers(in html: String, of brief: Brief, root: String) -> String {
        var result = ""
        var rest = html[...]
        for (quote, entity) in site.quotes(inBrief: brief.slug) {
            let spellings = [quote.speaker, quote.speaker.replacingOccurrences(of: "'", with: "\u{2019}")].map { HTML.escaped($0) }
            guard let found = spellings.lazy.compactMap({ rest.firstRange(ofBytes: "<cite>\($0)</cite>") }).first else { continue }
            let name = rest[found].dropFirst("<cite>".count).dropLast("</cite>".count)
            result += rest[..<found.lowerBound]
            result += "<cite><a href=\"\(HTML.escaped(root + SitePaths.entity(entity.slug)))\">\(name)</a></cite>"
            rest = rest[found.upperBound...]
        }
        return result + rest
    }

    /// `bodyHTML` with the first mention of each entity of the brief's sidebar linked to its page.
    func linkingNames(in html: String, of brief: Brief, root: String) -> String {
        let listed: [(EntityKind, BriefEntity)] = brief.entities.people.map { (.person, $0) }
            + brief.entities.organizations.map { (.organization, $0) } + brief.entities.places.map { (.place, $0) }
        let targets = listed.compactMap { kind, entity in
            site.entity(named: entity.name, kind: kind).map { EntityLinker.Target(name: entity.name, url: root + SitePaths.entity($0.slug)) }
        }
        return EntityLinker(targets: targets).linking(html)
    }
}
