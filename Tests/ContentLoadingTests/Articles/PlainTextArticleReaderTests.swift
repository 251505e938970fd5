import BriefingCore
import BriefingTestSupport
import ContentLoading
import Foundation
import Testing

struct PlainTextArticleReaderTests {
    @Test func `a by line becomes the byline and leaves the story`() throws {
        let (article, _) = try ArticleFile.read("""
            Talks resume in Geneva
            By Maria Lopez
            Negotiators met again on Tuesday.
            They will meet again next week.
            """, named: "talks.txt")
        #expect(article.byline == "Maria Lopez")
        #expect(article.standfirst == nil)
        #expect(article.paragraphs == ["Negotiators met again on Tuesday.", "They will meet again next week."])
    }

    @Test func `a byline in capitals with an agency is cut to the name`() throws {
        let (article, _) = try ArticleFile.read("Floods spread\nBY JOHN O'NEILL, Reuters\nRivers rose overnight.\n", named: "a.txt")
        #expect(article.byline == "John O'neill")
        let (mixed, _) = try ArticleFile.read("Floods spread\nBy ANNA BERG and Sam Roe | Staff\nRivers rose overnight.\n", named: "b.txt")
        #expect(mixed.byline == "Anna Berg and Sam Roe")
    }

    @Test func `a sentence that starts with by stays in the story`() throws {
        let (article, _) = try ArticleFile.read("Floods spread\nBy Friday, the rivers had risen by a metre.\n", named: "a.txt")
        #expect(article.byline == nil)
        #expect(article.paragraphs == ["By Friday, the rivers had risen by a metre."])
    }

    @Test func `a line between the title and the byline is the standfirst`() throws {
        let (article, _) = try ArticleFile.read("""
            Ceasefire holds
            A fragile truce enters its second week as aid arrives
            By Sam Reed
            Published: 18 August 2025
            Aid lorries crossed the border on Monday.
            """, named: "a.txt")
        #expect(article.standfirst == "A fragile truce enters its second week as aid arrives")
        #expect(article.byline == "Sam Reed")
        #expect(article.date == CalendarDate(year: 2025, month: 8, day: 18))
        #expect(article.paragraphs == ["Aid lorries crossed the border on Monday."])
    }

    @Test func `wrapped paragraphs separated by blank lines are joined with spaces`() throws {
        let (article, _) = try ArticleFile.read("""
            Harvest falls short

            Farmers in the region said the harvest was the
            smallest in a decade, blaming a dry spring and a
            well-known blight.

            Prices rose at the weekly market, where traders
            expect further increases in the coming inter-
            national season.

            Outlook

            Officials promised seed grants for next year.
            """, named: "a.txt")
        #expect(article.sections == [
            ArticleSection(heading: nil, paragraphs: [
                "Farmers in the region said the harvest was the smallest in a decade, blaming a dry spring and a well-known blight.",
                "Prices rose at the weekly market, where traders expect further increases in the coming inter-national season.",
            ]),
            ArticleSection(heading: "Outlook", paragraphs: ["Officials promised seed grants for next year."]),
        ])
    }

    @Test func `short lines without final punctuation start sections`() throws {
        let (article, _) = try ArticleFile.read("""
            Summit ends
            Leaders left on Friday.
            Security Guarantees Take Centre Stage
            The guarantees were discussed at length.
            Group F — Sweden 1 – 0 Korea Republic
            Sweden won with a penalty.
            Dear Executives,
            We write to object.
            """, named: "a.txt")
        #expect(article.sections.map(\.heading) == [nil, "Security Guarantees Take Centre Stage", "Group F — Sweden 1 – 0 Korea Republic"])
        #expect(article.sections.last?.paragraphs == ["Sweden won with a penalty.", "Dear Executives,", "We write to object."])
    }

    @Test func `source, date, address and tag lines become facts`() throws {
        let (article, _) = try ArticleFile.read("""
            Port strike ends
            Wednesday, November 28, 2007
            Dock workers returned to work.
            Source URL: https://example.org/port-strike
            Tags: labour, ports; shipping
            SOURCE: Harbour Times
            """, named: "a.txt")
        #expect(article.date == CalendarDate(year: 2007, month: 11, day: 28))
        #expect(article.sourceURL == "https://example.org/port-strike")
        #expect(article.tags == ["labour", "ports", "shipping"])
        #expect(article.source == "Harbour Times")
        #expect(article.paragraphs == ["Dock workers returned to work."])
        #expect(article.boilerplate.isEmpty)
    }

    @Test func `read-also lines and the writer's biography go to the boilerplate`() throws {
        let (article, _) = try ArticleFile.read("""
            Council approves budget
            By Lena Park
            The council approved the budget on Monday.
            READ ALSO: Council delays vote on parks
            The vote was seven to two.
            Source: City Post
            Lena Park is a local government reporter at City Post, covering housing and budgets.
            """, named: "a.txt")
        #expect(article.paragraphs == ["The council approved the budget on Monday.", "The vote was seven to two."])
        #expect(article.boilerplate == [
            "READ ALSO: Council delays vote on parks",
            "Lena Park is a local government reporter at City Post, covering housing and budgets.",
        ])
    }

    @Test func `leading blank lines are skipped and markdown marks are taken off a title`() throws {
        let (article, _) = try ArticleFile.read("\n\n# Title: Quiet night\nNothing happened.\n", named: "a.txt")
        #expect(article.title == "Title: Quiet night")
        let (labelled, _) = try ArticleFile.read("Title: Quiet night\nNothing happened.\n", named: "b.txt")
        #expect(labelled.title == "Quiet night")
    }

    @Test func `a byline where the title belongs is an error naming the line`() throws {
        #expect(try ArticleFile.error(reading: Data("\nBy Sam Reed\nText.\n".utf8), named: "a.txt")
            == "a.txt:2:1: error: the first line, 'By Sam Reed', is not a headline, so the article has no title. Put the title on a line of its own above it.")
    }

    @Test func `a title line without words is an error naming the line`() throws {
        #expect(try ArticleFile.error(reading: Data("Title:\nText.\n".utf8), named: "a.txt")
            == "a.txt:1:1: error: the title line 'Title:' has no words, so the article has no headline. Write the title on this line.")
        #expect(try ArticleFile.error(reading: Data("* * *\nText.\n".utf8), named: "b.txt")
            == "b.txt:1:1: error: the title line '* * *' has no words, so the article has no headline. Write the title on this line.")
    }
}
