/// Finds the story in a parsed page and cuts the page's text into blocks: the story's headings, paragraphs,
/// list items and quotations, and every other line of the page (navigation, share bars, comments, footer) as
/// boilerplate. Script, style, frame and form-control contents are never text.
///
/// The story is the `<article>` (or `itemprop="articleBody"`) with the most paragraph text, else the element
/// whose child paragraphs hold the most text. Every pass is a walk over the flat node array, so the work is
/// linear in the size of the page whatever its nesting depth.
struct HTMLTextExtractor {
    let document: HTMLDocument
    /// Characters of paragraph text at or before each node: prefix sums, so any element's share is O(1).
    private let paragraphText: [Int]
    private let never: [Bool]

    init(_ document: HTMLDocument) {
        self.document = document
        let nodes = document.nodes
        var never = [Bool](repeating: false, count: nodes.count)
        var lengths = [Int](repeating: 0, count: nodes.count)
        // Each text node counts once, for the nearest paragraph around it.
        var paragraph = [Int](repeating: -1, count: nodes.count)
        for index in nodes.indices.dropFirst() {
            let node = nodes[index]
            never[index] = never[node.parent] || Self.neverText.contains(node.name)
            paragraph[index] = node.name == "p" ? index : paragraph[node.parent]
            if node.isText, !never[index], paragraph[index] >= 0 {
                lengths[paragraph[index]] += node.text.collapsingWhitespace.count
            }
        }
        var sums = [Int](repeating: 0, count: nodes.count + 1)
        for index in nodes.indices { sums[index + 1] = sums[index] + lengths[index] }
        self.paragraphText = sums
        self.never = never
    }

    /// The text of the `<p>` elements inside `index`.
    func paragraphText(inside index: Int) -> Int {
        paragraphText[document.nodes[index].end] - paragraphText[index]
    }

    /// The element that holds the story.
    func storyRoot() -> Int {
        let nodes = document.nodes
        let total = paragraphText(inside: 0)
        var blocked = [Bool](repeating: false, count: nodes.count)
        var bestMarked: (index: Int, text: Int)?
        var score = [Double](repeating: 0, count: nodes.count)
        for index in nodes.indices.dropFirst() where !nodes[index].isText {
            let node = nodes[index]
            blocked[index] = blocked[node.parent] || never[index] || isChrome(index, within: total)
            guard !blocked[index] else { continue }
            let marked = node.name == "article" || node.attributes["itemprop"]?.lowercased() == "articlebody"
            if marked, paragraphText(inside: index) > (bestMarked?.text ?? 0) {
                bestMarked = (index, paragraphText(inside: index))
            }
            if node.name == "p" {
                let length = Double(paragraphText(inside: index))
                score[node.parent] += length
                if node.parent > 0 { score[nodes[node.parent].parent] += length / 2 }
            }
        }
        let densest = score.indices.max { score[$0] < score[$1] } ?? 0
        if let marked = bestMarked, Double(marked.text) * 2 >= Double(paragraphText(inside: densest)) {
            return marked.index
        }
        guard score[densest] > 0 else { return nodes.firstIndex { $0.name == "body" } ?? 0 }
        return densest
    }

    /// The story's blocks under `root`, and the page's other lines.
    func blocks(under root: Int) -> (story: [ArticleBlock], boilerplate: [String]) {
        var walk = HTMLBlockWalk(extractor: self, root: root)
        let nodes = document.nodes
        var index = 1
        while index < nodes.count {
            walk.closeElements(endingAt: index)
            let node = nodes[index]
            if never[index] {
                index = node.end
            } else if node.isText {
                walk.text(node.text)
                index += 1
            } else {
                walk.open(index)
                index += 1
            }
        }
        walk.closeElements(endingAt: nodes.count)
        walk.flush()
        return (walk.story, walk.boilerplate)
    }

    /// A part of the page that is not story: navigation, a share bar, a caption, a hidden element. Marked by
    /// its tag, its role, or the words of its class and id; never an element holding at least half of
    /// `referenceText` characters of paragraphs, since that is the story whatever its wrapper is called.
    func isChrome(_ index: Int, within referenceText: Int) -> Bool {
        let node = document.nodes[index]
        if ["html", "body", "main", "article"].contains(node.name) { return false }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if Self.chromeTags.contains(node.name) { return true }
        if paragraphText(inside: index) * 2 >= referenceText && referenceText > 0 { return false }
        if let role = node.attributes["role"]?.lowercased(), Self.chromeRoles.contains(role) { return true }
        guard !Self.inlineTags.contains(node.name) else { return false }
        let classes = (node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")
        let names = classes.lowercased().split(separator: " ")
        if names.contains(where: { Self.hiddenClassNames.contains(String($0)) }) { return true }
        return Self.words(ofClassNames: classes).contains { Self.chromeWords.contains($0) }
    }

    /// `share-bar shareBar` gives share, bar, share, bar.
    static func words(ofClassNames names: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in names {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousWasLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousWasLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Elements whose contents are never text a reader sees as such.
    static let neverText: Set<String> = [
        "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas", "object", "embed",
        "video", "audio", "source", "track", "img", "picture", "map", "select", "option", "optgroup", "textarea", "input", "button",
    ]

    static let chromeTags: Set<String> = ["nav", "header", "footer", "aside", "form", "figure", "figcaption", "menu", "dialog", "label", "fieldset", "legend"]

    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "form",
    ]

    static let hiddenClassNames: Set<String> = ["hidden", "is-hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "offscreen"]

    static let chromeWords: Set<String> = [
        "share", "shares", "sharing", "sharebar", "social", "socials", "related", "newsletter", "newsletters", "subscribe", "subscription",
        "signup", "comment", "comments", "promo", "promos", "promotion", "advert", "adverts", "advertisement", "ad", "ads", "adslot",
        "sponsor", "sponsored", "player", "caption", "captions", "credit", "credits", "breadcrumb", "breadcrumbs", "nav", "navigation",
        "navbar", "menu", "footer", "header", "masthead", "sidebar", "widget", "widgets", "popup", "modal", "cookie", "cookies", "banner",
        "toolbar", "tags", "byline", "bylines", "author", "authors", "meta", "print", "recommended", "recommendations", "recirculation",
        "outbrain", "taboola", "pagination", "pager", "skip", "timestamp", "dateline", "gallery", "slideshow", "carousel", "lightbox",
        "embed", "tools", "utility", "actions", "follow", "rss", "login", "search", "trending", "popular", "standfirst", "dek",
        "subtitle", "subheadline", "strapline", "summary", "teaser", "teasers", "more",
    ]

    /// Phrasing elements: their class names say how text looks, not what the block is.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "del", "ins",
    ]

    /// Elements that end the text before them and start a new block.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend",
    ]
}
