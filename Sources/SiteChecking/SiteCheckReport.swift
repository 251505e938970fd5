/// What `SiteChecker` found in a built site.
public struct SiteCheckReport: Sendable, Equatable {
    /// The site folder as it was given, which starts every printed page path.
    public var folder: String
    /// How many HTML pages were read.
    public var pages: Int
    /// How many addresses inside the site were followed (links, assets, `srcset` candidates, CSS `url()`s).
    public var links: Int
    /// Every problem, by page (in path order), then in the order of the page.
    public var problems: [SiteProblem]

    public init(folder: String, pages: Int, links: Int, problems: [SiteProblem]) {
        self.folder = folder
        self.pages = pages
        self.links = links
        self.problems = problems
    }

    /// Whether the site has no problems.
    public var passed: Bool { problems.isEmpty }

    /// One line a problem: `Output/briefs/a/index.html: link '../b/index.html#z': no element with id 'z'`.
    public var lines: [String] { problems.map { $0.line(inSiteAt: folder) } }

    /// `24 pages, 310 links checked, no problems`, or `Found 2 problems (24 pages, 310 links checked).`
    public var summary: String {
        let counts = "\(plural(pages, "page")), \(plural(links, "link")) checked"
        return passed ? counts + ", no problems" : "Found \(plural(problems.count, "problem")) (\(counts))."
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
