import BriefingCore

/// Gives each heading of a document a stable id made from its text, unique within the document.
struct HeadingIDs {
    /// Ids the default theme uses itself (`<main id="main">`, `id="brief-title"`…), and `entities-…` for its sidebar.
    static let reserved: Set<String> = [
        "main", "top", "content", "sidebar", "toc", "brief-title", "latest-heading", "sidebar-heading", "toc-heading",
        "entities-people", "entities-organizations", "entities-places",
    ]
    private var used = HeadingIDs.reserved

    /// The id for a heading reading `text`: its slug, or the slug with `-2`, `-3`… when taken.
    mutating func id(for text: String) -> String {
        let base = Slug.make(from: text).isEmpty ? "section" : Slug.make(from: text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
