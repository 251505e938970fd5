/// What the search page needs to load its script and index.
public struct SearchView: Sendable, Hashable {
    /// `search-index.js`, relative to the page: the index as a script, which works from disk too.
    public var indexScriptURL: String
    /// `assets/search.js`, relative to the page.
    public var scriptURL: String
    /// The site root relative to the page, which the script puts before the index's URLs.
    public var resultRoot: String
    /// The entities index and the tags index, for browsers without JavaScript.
    public var entitiesURL: String
    public var tagsURL: String
}
