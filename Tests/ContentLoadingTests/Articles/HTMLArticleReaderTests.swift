import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct HTMLArticleReaderTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <meta charset="windows-1252">
        <title>Dam opens | River Gazette</title>
        <meta property="og:title" content="Dam opens after ten years">
        <meta property="og:site_name" content="River Gazette">
        <meta name="author" content="Tom Baker">
        <meta property="article:published_time" content="2021-06-04T09:30:00+02:00">
        <meta property="article:tag" content="energy"><meta property="article:tag" content="rivers">
        <link rel="canonical" href="https://example.org/dam">
        <style>p { color: red }</style>
        <script>var story = "never shown";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <main>
        <article>
          <header><h1>Dam opens after ten years</h1><p class="byline">By Tom Baker</p></header>
          <div class="share-tools"><a>Share on Facebook</a></div>
          <p>The dam opened on Friday,   after a decade
             of work &amp; delays.</p>
          <script>document.write("injected")</script>
          <iframe src="https://ads.example.org"><p>framed text</p></iframe>
          <figure><img src="dam.jpg" alt="The dam"><figcaption>The dam at dawn. Photo: Ann Lee</figcaption></figure>
          <h2>Power for the region</h2>
          <p>It will supply <strong>two</strong> cities with electricity.</p>
          <ul><li>First city: Avon</li><li>Second city: Bree</li></ul>
          <blockquote><p>&ldquo;It is a proud day for the valley,&rdquo; the mayor said.</p></blockquote>
          <aside><p>Read more: Dams of the world</p></aside>
          <form><label>Email</label><input name="e"><button>Subscribe</button></form>
        </article>
        </main>
        <footer><p>&copy; River Gazette</p></footer>
        </body></html>
        """

    @Test func `meta tags give the title, author, date, source, address and tags`() throws {
        let (article, warnings) = try ArticleFile.read(Self.page, named: "dam.html")
        #expect(warnings.isEmpty)
        #expect(article.title == "Dam opens after ten years")
        #expect(article.byline == "Tom Baker")
        #expect(article.date == CalendarDate(year: 2021, month: 6, day: 4))
        #expect(article.source == "River Gazette")
        #expect(article.sourceURL == "https://example.org/dam")
        #expect(article.tags == ["energy", "rivers"])
    }

    @Test func `the article's headings, paragraphs, items and quotations form its sections`() throws {
        let (article, _) = try ArticleFile.read(Self.page, named: "dam.html")
        #expect(article.sections == [
            ArticleSection(heading: nil, paragraphs: ["The dam opened on Friday, after a decade of work & delays."]),
            ArticleSection(heading: "Power for the region", paragraphs: [
                "It will supply two cities with electricity.",
                "First city: Avon",
                "Second city: Bree",
                "\u{201C}It is a proud day for the valley,\u{201D} the mayor said.",
            ]),
        ])
    }

    @Test func `scripts, styles and frames are never text, and navigation, share bars and footers are boilerplate`() throws {
        let (article, _) = try ArticleFile.read(Self.page, named: "dam.html")
        let everything = (article.paragraphs + article.boilerplate).joined(separator: "\n")
        for hidden in ["never shown", "injected", "framed text", "color: red"] {
            #expect(!everything.contains(hidden))
        }
        #expect(article.boilerplate == [
            "Home World", "Share on Facebook", "The dam at dawn. Photo: Ann Lee", "Read more: Dams of the world", "Email", "© River Gazette",
        ])
    }

    @Test func `without an article element the densest block of paragraphs is the story`() throws {
        let (article, _) = try ArticleFile.read("""
            <html><head><title>Quiet election | Daily Sun</title></head><body>
            <div class="menu"><p>Home</p><p>Sport</p></div>
            <div id="main"><div class="text">
              <p>Voters went to the polls on Sunday in a quiet election that saw a low turnout across the country.</p>
              <p>Results are expected on Tuesday, officials said, after all postal votes have been counted.</p>
              Some text outside paragraphs.<br><br>More text after two breaks.
            </div></div>
            <div class="sidebar"><p>Most read: something else entirely</p></div>
            </body></html>
            """, named: "a.htm")
        #expect(article.title == "Quiet election")
        #expect(article.source == "Daily Sun")
        #expect(article.paragraphs == [
            "Voters went to the polls on Sunday in a quiet election that saw a low turnout across the country.",
            "Results are expected on Tuesday, officials said, after all postal votes have been counted.",
            "Some text outside paragraphs.",
            "More text after two breaks.",
        ])
        #expect(article.boilerplate == ["Home", "Sport", "Most read: something else entirely"])
    }

    @Test func `a hundred thousand nested elements are read without overflowing the stack`() throws {
        let depth = 100_000
        let html = "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>At the bottom.</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let (article, _) = try ArticleFile.read(html, named: "deep.html")
        #expect(article.title == "Deep")
        #expect(article.paragraphs == ["At the bottom."])
    }

    @Test func `the page's own charset declaration does not undo the decoding`() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{E9}s</title></head><body><article><p>Caf\u{E9}s close \u{2014} early.</p></article></body></html>"
        let (article, warnings) = try ArticleFile.read(html, named: "a.html")
        #expect(warnings.isEmpty)
        #expect(article.title == "Caf\u{E9}s")
        #expect(article.paragraphs == ["Caf\u{E9}s close \u{2014} early."])
    }

    @Test func `a page without any title is an error`() throws {
        #expect(try ArticleFile.error(reading: Data("<html><body><p>Text only.</p></body></html>".utf8), named: "a.html")
            == "a.html: error: the page has no title: it has no og:title, <h1> or <title>. Add a <title> element with the headline.")
    }
}
