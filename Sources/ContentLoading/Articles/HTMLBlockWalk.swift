/// One walk through a page in document order, gathering text into blocks: a block ends where a block-level
/// element opens or closes, or at two line breaks in a row. Each block goes to the story (inside the story's
/// root and outside any chrome) or to the page's boilerplate lines.
struct HTMLBlockWalk {
    enum Context: Equatable {
        case paragraph, title, heading, listItem
        case quote(group: Int)
    }

    private struct OpenElement {
        var index: Int
        var inStory: Bool
        var context: Context
    }

    let extractor: HTMLTextExtractor
    let root: Int
    private let rootText: Int
    private(set) var story: [ArticleBlock] = []
    private(set) var boilerplate: [String] = []
    private var open: [OpenElement] = []
    private var buffer = ""
    private var bufferInStory = false
    private var bufferContext = Context.paragraph
    private var lastWasBreak = false
    private var quoteGroups = 0

    init(extractor: HTMLTextExtractor, root: Int) {
        self.extractor = extractor
        self.root = root
        self.rootText = extractor.paragraphText(inside: root)
    }

    private var nodes: [HTMLDocument.Node] { extractor.document.nodes }

    mutating func closeElements(endingAt index: Int) {
        while let last = open.last, nodes[last.index].end <= index {
            open.removeLast()
            if HTMLTextExtractor.blockTags.contains(nodes[last.index].name) { flush() }
        }
    }

    mutating func open(_ index: Int) {
        let node = nodes[index]
        let parent = open.last
        if node.name == "br" {
            if lastWasBreak { flush() } else if !buffer.isEmpty { buffer += " " }
            lastWasBreak = true
            return
        }
        if HTMLTextExtractor.blockTags.contains(node.name) { flush() }
        if node.name == "td" || node.name == "th", !buffer.isEmpty { buffer += "; " }
        let inStory: Bool
        if index == root {
            inStory = true
        } else {
            inStory = (parent?.inStory ?? false) && !extractor.isChrome(index, within: rootText)
        }
        var context = parent?.context ?? .paragraph
        switch node.name {
        case "h1":
            context = .title
        case "h2", "h3", "h4", "h5", "h6":
            context = .heading
        case "blockquote":
            quoteGroups += 1
            context = .quote(group: quoteGroups)
        case "li", "dd", "dt":
            if case .quote = context {} else { context = .listItem }
        default:
            break
        }
        open.append(OpenElement(index: index, inStory: inStory, context: context))
    }

    mutating func text(_ text: String) {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            if !buffer.isEmpty { buffer += " " }
            return
        }
        let inStory = open.last?.inStory ?? false
        let context = open.last?.context ?? .paragraph
        if !buffer.isEmpty, inStory != bufferInStory || context != bufferContext { flush() }
        bufferInStory = inStory
        bufferContext = context
        buffer += text
        lastWasBreak = false
    }

    mutating func flush() {
        lastWasBreak = false
        guard !buffer.isEmpty else { return }
        let text = buffer.collapsingWhitespace
        buffer = ""
        guard !text.isEmpty else { return }
        guard bufferInStory else {
            boilerplate.append(text)
            return
        }
        switch bufferContext {
        case .title: break  // the headline, read with the page's other facts
        case .paragraph: story.append(ArticleBlock(.paragraph, text))
        case .heading: story.append(ArticleBlock(.heading, text))
        case .listItem: story.append(ArticleBlock(.listItem, text))
        case .quote(let group): story.append(ArticleBlock(.quote(group: group), text))
        }
    }
}
