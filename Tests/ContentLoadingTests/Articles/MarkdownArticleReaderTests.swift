import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct MarkdownArticleReaderTests {
    @Test func `front matter gives the title, author, date, source, address, tags and standfirst`() throws {
        let (article, warnings) = try ArticleFile.read("""
            ---
            title: "Rail strike called off"
            author: Priya Shah
            date: 2024-03-05
            source: Transit Weekly
            url: https://example.org/rail
            tags: [rail, unions]
            description: Unions accepted a late offer.
            ---

            # Rail strike called off

            Trains will run as normal on Monday.
            """, named: "rail.md")
        #expect(warnings.isEmpty)
        #expect(article.title == "Rail strike called off")
        #expect(article.byline == "Priya Shah")
        #expect(article.date == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(article.source == "Transit Weekly")
        #expect(article.sourceURL == "https://example.org/rail")
        #expect(article.tags == ["rail", "unions"])
        #expect(article.standfirst == "Unions accepted a late offer.")
        #expect(article.sections == [ArticleSection(heading: nil, paragraphs: ["Trains will run as normal on Monday."])])
    }

    @Test func `an empty author is no byline and a list of authors is joined`() throws {
        let (none, _) = try ArticleFile.read("---\ntitle: A\nauthor: \"\"\n---\nText.\n", named: "a.md")
        #expect(none.byline == nil)
        let (two, _) = try ArticleFile.read("---\ntitle: A\nauthor: [Ann Lee, Bo Chan]\n---\nText.\n", named: "b.md")
        #expect(two.byline == "Ann Lee and Bo Chan")
    }

    @Test func `level-two headings start sections and inline markup becomes plain text`() throws {
        let (article, _) = try ArticleFile.read("""
            ---
            title: Markup
            ---
            The **mayor** said the _plan_ was [on track](https://example.org "status") and ![a chart](chart.png) `final`.

            ## What comes next
            Work starts in *June*, under a snake_case_name and a <em>tag</em> &amp; an escaped \\*star\\*.
            A wrapped line joins the paragraph.
            """, named: "a.md")
        #expect(article.sections == [
            ArticleSection(heading: nil, paragraphs: ["The mayor said the plan was on track and final."]),
            ArticleSection(heading: "What comes next", paragraphs: [
                "Work starts in June, under a snake_case_name and a tag & an escaped *star*. A wrapped line joins the paragraph.",
            ]),
        ])
    }

    @Test func `list items and block quotations become paragraphs`() throws {
        let (article, _) = try ArticleFile.read("""
            ---
            title: Lists
            ---
            The report made three demands:

            - more inspectors,
            * faster hearings, and
            1. an annual review.

            > Nobody expected the review to pass so quickly.
            > It passed in a day.
            """, named: "a.md")
        #expect(article.paragraphs == [
            "The report made three demands:",
            "more inspectors,",
            "faster hearings, and",
            "an annual review.",
            "Nobody expected the review to pass so quickly. It passed in a day.",
        ])
    }

    @Test func `a pull quote repeating the story goes to the boilerplate with its attribution`() throws {
        let (article, _) = try ArticleFile.read("""
            ---
            title: Pull quote
            ---
            > We will rebuild every school in the valley before winter.
            >
            > —Jane Doe

            The minister visited on Monday. "We will rebuild every school [damaged] in the valley before winter," she said.
            """, named: "a.md")
        #expect(article.paragraphs == [#"The minister visited on Monday. "We will rebuild every school [damaged] in the valley before winter," she said."#])
        #expect(article.boilerplate == ["We will rebuild every school in the valley before winter.", "—Jane Doe"])
    }

    @Test func `a sources section and a categories line go to the boilerplate`() throws {
        let (article, _) = try ArticleFile.read("""
            ---
            title: Bridge reopens
            ---
            The bridge reopened after repairs that took two years and cost far more than the city planned.

            ## Sources

            - "Bridge reopens" — City News, May 1, 2020

            Categories: Transport Published
            """, named: "a.md")
        #expect(article.sections == [ArticleSection(heading: nil, paragraphs: ["The bridge reopened after repairs that took two years and cost far more than the city planned."])])
        #expect(article.boilerplate == ["Sources", "\"Bridge reopens\" — City News, May 1, 2020", "Categories: Transport Published"])
    }

    @Test func `without front matter the first heading is the title and date lines become the date`() throws {
        let (article, _) = try ArticleFile.read("# Storm hits coast\n\nWednesday, November 28, 2007\n\nBy Ola Berg\n\nWaves flooded the harbour.\n", named: "a.md")
        #expect(article.title == "Storm hits coast")
        #expect(article.date == CalendarDate(year: 2007, month: 11, day: 28))
        #expect(article.byline == "Ola Berg")
        #expect(article.paragraphs == ["Waves flooded the harbour."])
    }

    @Test func `front matter errors name the file, line and column`() throws {
        #expect(try ArticleFile.error(reading: Data("---\ntitle: [\n---\nText.\n".utf8), named: "a.md")
            == "a.md:3:1: error: this is not valid YAML: did not find expected node content. Check the quoting on this line; text with ': ' or '#' in it must be in double quotes.")
        #expect(try ArticleFile.error(reading: Data("---\ntitle: A\ndate: soon\n---\nText.\n".utf8), named: "b.md")
            == "b.md:3:7: error: 'date' is 'soon', which is not a date. Write it as YYYY-MM-DD, such as 2025-08-18.")
        #expect(try ArticleFile.error(reading: Data("---\ntitle: A\nurl: example.org\n---\nText.\n".utf8), named: "c.md")
            == "c.md:3:6: error: 'url' is 'example.org', but it should be a web address starting with https:// or http://.")
        #expect(try ArticleFile.error(reading: Data("---\ntitle: A\n".utf8), named: "d.md")
            == "d.md:1:1: error: the front matter opened by '---' on line 1 is never closed. Add a line '---' after its last key.")
    }

    @Test func `an article without any title is an error`() throws {
        #expect(try ArticleFile.error(reading: Data("---\nauthor: Ann Lee\n---\nText.\n".utf8), named: "a.md")
            == "a.md:1:1: error: the article has no title: its front matter has no 'title:' and its body no '# Title' line. Add 'title: \"…\"' to the front matter.")
    }
}
