import BriefingCore
import Foundation
import MarkdownRendering
import SiteModel
import Templating
import Testing

struct PageContextBuilderTests {
    func briefs(_ count: Int, tags: [String] = []) -> [Brief] {
        (1...count).map { number in
            Brief(
                title: "Brief \(number)", slug: "brief-\(number)", date: CalendarDate(year: 2024, month: 1, day: number),
                tags: tags, body: "- Point \(number).\n", path: "briefs/brief-\(number).md"
            )
        }
    }

    func builder(_ briefs: [Brief], pageSize: Int = 20, baseURL: String? = nil) -> PageContextBuilder {
        PageContextBuilder(config: SiteConfig(title: "Test", baseURL: baseURL, pageSize: pageSize), pages: [], site: SiteIndex(briefs: briefs))
    }

    @Test(arguments: [(0, 3, 1), (3, 3, 1), (7, 3, 3), (7, 1, 7), (25, 20, 2)])
    func `the home page is split into pages with previous and next links`(count: Int, pageSize: Int, pages: Int) {
        let pagesBuilt = builder(count == 0 ? [] : briefs(count), pageSize: pageSize).homePages()
        #expect(pagesBuilt.map(\.path) == (1...pages).map { $0 == 1 ? "index.html" : "page/\($0)/index.html" })
        #expect(pagesBuilt.map { $0.context.briefs?.count ?? -1 }.reduce(0, +) == count)
        #expect(pagesBuilt.allSatisfy { $0.template == "index" })
        if pages == 1 {
            #expect(pagesBuilt[0].context.pagination == nil)
            return
        }
        let links = pagesBuilt.map { $0.context.pagination! }
        #expect(links.map(\.previousURL) == [nil, "../../index.html"] + (2..<pages).map { "../../page/\($0)/index.html" })
        #expect(links.map(\.nextURL) == (2...pages).map { $0 == 2 ? "page/2/index.html" : "../../page/\($0)/index.html" } + [nil])
        #expect(links.map(\.label) == (1...pages).map { "Page \($0) of \(pages)" })
        #expect(pagesBuilt[1].context.briefs?.first?.url == "../../briefs/brief-\(count - pageSize)/index.html", "links from page 2 go up two folders")
    }

    @Test func `a tag's pages are paginated below its own folder`() throws {
        let site = builder(briefs(5, tags: ["Security guarantees"]), pageSize: 2)
        let tag = try #require(site.site.tag(named: "security guarantees"))
        let pages = site.tagPages(tag)
        #expect(pages.map(\.path) == ["tags/security-guarantees/index.html", "tags/security-guarantees/page/2/index.html", "tags/security-guarantees/page/3/index.html"])
        #expect(pages.map { $0.context.tag?.briefs.map(\.title) ?? [] } == [["Brief 5", "Brief 4"], ["Brief 3", "Brief 2"], ["Brief 1"]])
        #expect(pages[2].context.pagination?.previousURL == "../../../../tags/security-guarantees/page/2/index.html")
        #expect(pages[2].context.pagination?.nextURL == nil)
        #expect(pages[0].context.tag?.countLabel == "5 briefs")
        #expect(site.tagIndex().context.tagIndex?.tags.map(\.url) == ["../tags/security-guarantees/index.html"])
    }

    @Test func `a brief's JSON-LD is a NewsArticle that mentions its people, organisations and places`() throws {
        let brief = Brief(
            title: "Summit </script><script>alert(1)</script> & talks", slug: "summit", date: CalendarDate(iso: "2025-08-18"),
            byline: "Rafiyat Sadiq", sourceURL: "https://example.com/story", tags: ["Ukraine"],
            entities: BriefEntities(
                people: [BriefEntity(name: "Vladimir Putin", role: "Russian President", aliases: ["Putin"], mentions: 9)],
                organizations: [BriefEntity(name: "NATO", mentions: 3)],
                places: [BriefEntity(name: "Kyiv", mentions: 12), BriefEntity(name: "Moscow", mentions: 1)]
            ),
            body: "- Leaders met.\n", path: "briefs/summit.md"
        )
        let contexts = builder([brief], baseURL: "https://example.org/briefing/")
        let context = contexts.page(for: brief, rendered: CommonMarkRenderer().render(brief.body))
        let json = try #require(context.jsonLD)
        #expect(!json.contains("</"), "nothing in it can close the script element")
        #expect(!json.contains("<"))

        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["@type"] as? String == "NewsArticle")
        #expect(object["headline"] as? String == brief.title)
        #expect(object["datePublished"] as? String == "2025-08-18")
        #expect(object["url"] as? String == "https://example.org/briefing/briefs/summit/")
        #expect((object["author"] as? [String: Any])?["name"] as? String == "Rafiyat Sadiq")
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.map { "\($0["@type"]!) \($0["name"]!)" } == ["Person Vladimir Putin", "Organization NATO", "Place Kyiv", "Place Moscow"])
        #expect(mentions.first?["url"] as? String == "https://example.org/briefing/entities/vladimir-putin/")
        let about = try #require(object["about"] as? [[String: Any]])
        #expect(about.map { $0["name"] as? String } == ["Kyiv", "Vladimir Putin", "NATO"], "the most mentioned")

        #expect(context.canonicalURL == "https://example.org/briefing/briefs/summit/")
        #expect(context.openGraph.contains(MetaProperty(property: "og:type", content: "article")))
        #expect(context.openGraph.contains(MetaProperty(property: "og:url", content: "https://example.org/briefing/briefs/summit/")))
        #expect(context.openGraph.contains(MetaProperty(property: "article:published_time", content: "2025-08-18")))
    }

    @Test func `an entity's roles link their newest briefs and count the rest, and each page carries its own briefs' quotes`() throws {
        let briefs = (1...5).map { number in
            Brief(
                title: "Brief \(number)", slug: "brief-\(number)", date: CalendarDate(year: 2024, month: 1, day: number),
                entities: BriefEntities(people: [BriefEntity(name: "Ann Lee", role: number == 1 ? "mayor" : "minister")]),
                body: "- Point \(number).\n\n> [!quote] Ann Lee\n> Words of brief \(number).\n", path: "briefs/brief-\(number).md"
            )
        }
        let site = builder(briefs, pageSize: 2)
        let entity = try #require(site.site.entity(named: "Ann Lee", kind: .person))
        let pages = site.entityPages(entity)
        #expect(pages.count == 3)
        let first = try #require(pages[0].context.entity)
        #expect(first.roles.map(\.role) == ["minister", "mayor"])
        #expect(first.roles.map { $0.briefs.map(\.title) } == [["Brief 5", "Brief 4", "Brief 3"], ["Brief 1"]])
        #expect(first.roles.map(\.briefCount) == [4, 1])
        #expect(first.roles.map(\.moreLabel) == ["and 1 other brief", nil])
        #expect(pages.map { $0.context.entity?.quotes.map(\.briefTitle) ?? [] } == [["Brief 5", "Brief 4"], ["Brief 3", "Brief 2"], ["Brief 1"]])
        #expect(pages[1].context.entity?.roles == [], "roles are on the first page only")
        #expect(site.entityPages(entity, only: [3]).map(\.path) == ["entities/ann-lee/page/3/index.html"])
    }

    @Test func `a brief page links its sidebar, tags and quote speakers to their pages`() throws {
        let brief = Brief(
            title: "Summit", slug: "summit", tags: ["Ukraine"],
            entities: BriefEntities(people: [BriefEntity(name: "Yurii Poita", role: "analyst", aliases: ["Poita"])]),
            body: "- Leaders met.\n\n> [!analyst] Poita, Center for Army Studies\n> Pressure matters.\n", path: "briefs/summit.md"
        )
        let context = builder([brief]).page(for: brief, rendered: CommonMarkRenderer().render(brief.body))
        let view = try #require(context.brief)
        #expect(view.entityGroups.first?.items.map(\.url) == ["../../entities/yurii-poita/index.html"])
        #expect(view.tags.map(\.url) == ["../../tags/ukraine/index.html"])
        #expect(view.bodyHTML.contains(#"<cite><a href="../../entities/yurii-poita/index.html">Poita</a></cite>, Center for Army Studies"#))
    }

    @Test func `the first mention of each entity in a brief's text links to its page, never inside links, headings or quotes`() throws {
        let body = """
        - Talks between the United States and Ukraine, said Jane O'Neil.

        ## United States and Ukraine

        The [United States](https://example.com) team met in Kyiv. Kyiv and the United States
        Senate agreed; AT&T and the U.S. too.

        > [!quote] Jane O'Neil, envoy
        > Kyiv is calm.

        Ukrainians in `Kyiv` and Kyivans.
        """
        let brief = Brief(
            title: "Talks", slug: "talks",
            entities: BriefEntities(
                people: [BriefEntity(name: "Jane O'Neil")],
                organizations: [BriefEntity(name: "AT&T"), BriefEntity(name: "United States Senate")],
                places: [BriefEntity(name: "United States"), BriefEntity(name: "Ukraine"), BriefEntity(name: "Kyiv")]
            ),
            body: body, path: "talks.md"
        )
        let html = try #require(builder([brief]).page(for: brief, rendered: CommonMarkRenderer().render(body)).brief?.bodyHTML)
        func link(_ slug: String, _ text: String) -> String { #"<a class="entity-link" href="../../entities/\#(slug)/index.html">\#(text)</a>"# }
        #expect(html.contains("<li>Talks between the \(link("united-states", "United States")) and \(link("ukraine", "Ukraine")), said \(link("jane-oneil", "Jane O’Neil")).</li>"))
        #expect(html.contains("<h2 id=\"united-states-and-ukraine\">United States and Ukraine</h2>"), "headings stay as they are")
        #expect(html.contains(#"<a href="https://example.com">United States</a> team met in "# + link("kyiv", "Kyiv") + ". Kyiv and the " + link("united-states-senate", "United States\nSenate") + " agreed; " + link("at-t", "AT&amp;T") + " and the U.S. too."))
        #expect(html.contains("<p>Kyiv is calm.</p>"), "quotes stay as they are")
        #expect(html.contains("Ukrainians in <code>Kyiv</code> and Kyivans."), "only whole words, only once")
    }

    @Test func `every page links relative to where it is written`() {
        let contexts = builder(briefs(3, tags: ["x"]))
        let pages = contexts.homePages() + [contexts.entityIndex(), contexts.tagIndex(), contexts.searchPage()]
            + contexts.site.tags.flatMap { contexts.tagPages($0) }
        for page in pages {
            let root = SitePaths.root(of: page.path)
            #expect(page.context.root == root)
            #expect(page.context.stylesheetURL == root + "assets/style.css")
            #expect(page.context.nav.allSatisfy { $0.url.hasPrefix(root) && !$0.url.hasPrefix("/") })
        }
        #expect(contexts.searchPage().context.search?.indexScriptURL == "../search-index.js")
    }
}
