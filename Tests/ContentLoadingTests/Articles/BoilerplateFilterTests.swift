@testable import ContentLoading
import Testing

struct BoilerplateFilterTests {
    struct LineCase: CustomTestStringConvertible, Sendable {
        let line: String
        let isBoilerplate: Bool
        var testDescription: String { line }
    }

    static let lines: [LineCase] = [
        LineCase(line: "READ ALSO:Leaders Set to Meet Amid Looming Deadline", isBoilerplate: true),
        LineCase(line: "Read more: the full list of winners", isBoilerplate: true),
        LineCase(line: "Related stories", isBoilerplate: true),
        LineCase(line: "Sign up for our morning newsletter", isBoilerplate: true),
        LineCase(line: "Subscribe to get the latest news in your inbox.", isBoilerplate: true),
        LineCase(line: "Share on Facebook", isBoilerplate: true),
        LineCase(line: "Follow us on Twitter", isBoilerplate: true),
        LineCase(line: "Follow Jane Doe on Twitter @janedoe", isBoilerplate: true),
        LineCase(line: "Photo: Reuters", isBoilerplate: true),
        LineCase(line: "Rescue workers search the rubble on Monday. (AP Photo/Jane Doe)", isBoilerplate: true),
        LineCase(line: "Image: Wikimedia Commons", isBoilerplate: true),
        LineCase(line: "File photo", isBoilerplate: true),
        LineCase(line: "HAVE YOUR SAY", isBoilerplate: true),
        LineCase(line: "Add or view comments", isBoilerplate: true),
        LineCase(line: "We want to hear from you. Write to us in the Comments section.", isBoilerplate: true),
        LineCase(line: "Ann Lee and Bo Chan reported on this story. Cy Day was the editor.", isBoilerplate: true),
        LineCase(line: "Reporting by Ann Lee; Editing by Bo Chan", isBoilerplate: true),
        LineCase(line: "________________", isBoilerplate: true),
        LineCase(line: "* * *", isBoilerplate: true),
        LineCase(line: "Categories: Politics Europe", isBoilerplate: true),
        LineCase(line: "Advertisement", isBoilerplate: true),
        LineCase(line: "© 2024 Example Media. All rights reserved.", isBoilerplate: true),
        LineCase(line: "sanction– n. an official order that restricts trade", isBoilerplate: true),
        LineCase(line: "apparently – adv. according to what you have heard", isBoilerplate: true),
        LineCase(line: "The minister said the newsletter of the party had been closed.", isBoilerplate: false),
        LineCase(line: "Smith, who was the editor of the paper for a decade, resigned.", isBoilerplate: false),
        LineCase(line: "The photographer said she took the photo at dawn.", isBoilerplate: false),
        LineCase(line: "Readers will share the cost of the new press, the owners said.", isBoilerplate: false),
        LineCase(line: "He read more than a hundred letters from voters.", isBoilerplate: false),
        LineCase(line: "Shares rose 4% in early trading.", isBoilerplate: false),
        LineCase(line: "Kim - the party's leader - spoke first.", isBoilerplate: false),
    ]

    @Test(arguments: lines)
    func `a line is boilerplate by what it looks like, wherever it comes from`(_ example: LineCase) {
        #expect((BoilerplateLine(example.line) != nil) == example.isBoilerplate)
    }

    @Test func `the writer's biography at the end goes, found by the byline's name`() {
        let filter = BoilerplateFilter(byline: "Lena Park")
        let (story, dropped) = filter.sorted([
            ArticleBlock(.paragraph, "Lena Park said the budget was approved."),
            ArticleBlock(.paragraph, "Lena Park is a reporter covering city hall."),
        ])
        #expect(story.map(\.text) == ["Lena Park said the budget was approved."])
        #expect(dropped == ["Lena Park is a reporter covering city hall."])
    }

    @Test func `a journalist's biography at the end goes even without a byline`() {
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "The court will rule next month."),
            ArticleBlock(.paragraph, "Omar Haddad is a freelance journalist based in Amman."),
        ])
        #expect(story.map(\.text) == ["The court will rule next month."])
        #expect(dropped == ["Omar Haddad is a freelance journalist based in Amman."])
    }

    @Test func `a closing paragraph about a person in the story stays`() {
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "The court will rule next month."),
            ArticleBlock(.paragraph, "Homeopathy is a form of alternative medicine."),
            ArticleBlock(.paragraph, "Maria Lopez is a nurse who treated the girl."),
        ])
        #expect(story.count == 3)
        #expect(dropped.isEmpty)
    }

    @Test func `a broadcast sign-off closing the story goes`() {
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "The talks end on Friday."),
            ArticleBlock(.paragraph, "I’m Jane Doe."),
        ])
        #expect(story.map(\.text) == ["The talks end on Friday."])
        #expect(dropped == ["I’m Jane Doe."])
    }

    @Test func `the question a comment prompt asks goes with the prompt`() {
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "The bill passed."),
            ArticleBlock(.heading, "HAVE YOUR SAY"),
            ArticleBlock(.paragraph, "Do you think the bill will help?"),
            ArticleBlock(.paragraph, "Add or view comments"),
            ArticleBlock(.paragraph, "The bill goes to the president next."),
            ArticleBlock(.paragraph, "Do you think the vote was fair, asked one senator?"),
        ])
        #expect(story.map(\.text) == ["The bill passed.", "The bill goes to the president next.", "Do you think the vote was fair, asked one senator?"])
        #expect(dropped == ["HAVE YOUR SAY", "Do you think the bill will help?", "Add or view comments"])
    }

    @Test func `a reference section ends where the story resumes`() {
        let long = "The story resumes here with a long paragraph that plainly belongs to the article, since it goes on for many more words than any line of a list of sources or related links would, and says things about the council, the budget and the vote that everyone expected."
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "Opening paragraph."),
            ArticleBlock(.heading, "Related"),
            ArticleBlock(.listItem, "Another story"),
            ArticleBlock(.paragraph, long),
        ])
        #expect(story.map(\.text) == ["Opening paragraph.", long])
        #expect(dropped == ["Related", "Another story"])
    }

    @Test func `a heading left with nothing under it goes, a heading over other headings stays`() {
        let (story, dropped) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.heading, "Events"),
            ArticleBlock(.heading, "Men's relay"),
            ArticleBlock(.paragraph, "The relay was won in record time."),
            ArticleBlock(.heading, "Gallery"),
        ])
        #expect(story.map(\.text) == ["Events", "Men's relay", "The relay was won in record time."])
        #expect(dropped == ["Gallery"])
    }

    @Test func `a quotation that is not in the story stays`() {
        let (story, _) = BoilerplateFilter(byline: nil).sorted([
            ArticleBlock(.paragraph, "The expert was doubtful."),
            ArticleBlock(.quote(group: 1), "I think that proposal needs to be weighed to see if it carries any significance."),
        ])
        #expect(story.count == 2)
    }
}
