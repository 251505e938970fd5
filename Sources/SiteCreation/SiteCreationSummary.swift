/// What `SiteCreator` wrote.
public struct SiteCreationSummary: Sendable, Equatable {
    /// The new site's folder, as given.
    public var folder: String
    /// The content files, relative to the site's folder, such as `Content/site.yml`.
    public var contentFiles: [String]
    /// How many files the theme in `Templates/` has.
    public var themeFiles: Int

    public init(folder: String, contentFiles: [String], themeFiles: Int) {
        self.folder = folder
        self.contentFiles = contentFiles
        self.themeFiles = themeFiles
    }

    /// What was created, then what to do next.
    public var lines: [String] {
        let articles = contentFiles.filter { $0.hasPrefix("Content/articles/") }.count
        let pages = contentFiles.filter { $0.hasPrefix("Content/pages/") }.count
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        return [
            "Created \(base)/Content (site.yml, \(plural(articles, "example article")), \(plural(pages, "page"))) and \(base)/Templates (the default theme, \(plural(themeFiles, "file"))).",
            "Next: cd \(base) && briefing build, then open Output/index.html in a browser.",
        ]
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
