/// The kinds of line that are never story, recognised from the line alone.
///
/// The rules are about what such lines look like on any news site (prompts, credits, captions), never about
/// particular articles or publishers.
enum BoilerplateLine: Equatable {
    case readAlso, newsletter, share, caption, commentPrompt, credit, separator, categories, advertisement, copyright, glossary

    /// The kind of boilerplate `text` is, or nil for story text.
    init?(_ text: String) {
        let words = text.wordCount(upTo: 81)
        guard words <= 80 else { return nil }
        let line = FoldedLine(text)
        guard line.text.hasLetterOrDigitByBytes ?? line.text.contains(where: { $0.isLetter || $0.isNumber }) else {
            self = .separator
            return
        }
        let bare = words <= 15 ? line.text.trimmingPunctuation : ""
        if words <= 30, BoilerplateLine.readAlsoStarts.contains(where: { line.hasPrefix($0) }) {
            self = .readAlso
        } else if words <= 40, BoilerplateLine.isNewsletterPrompt(line) {
            self = .newsletter
        } else if words <= 15, BoilerplateLine.isSharePrompt(line, bare: bare) {
            self = .share
        } else if words <= 60, BoilerplateLine.isCaption(line) {
            self = .caption
        } else if words <= 30, BoilerplateLine.commentPrompts.contains(where: { line.contains($0) }) {
            self = .commentPrompt
        } else if BoilerplateLine.creditStarts.contains(where: { line.hasPrefix($0) }) || BoilerplateLine.creditPhrases.contains(where: { line.contains($0) }) {
            self = .credit
        } else if words <= 60, BoilerplateLine.categoryLabels.contains(where: { line.hasPrefix($0) }) {
            self = .categories
        } else if words <= 6, BoilerplateLine.advertisementLines.contains(bare) {
            self = .advertisement
        } else if words <= 30, line.hasPrefix("©") || line.hasPrefix("copyright ©") || line.hasPrefix("(c) ") || line.contains("all rights reserved") {
            self = .copyright
        } else if BoilerplateLine.isGlossaryEntry(line) {
            self = .glossary
        } else {
            return nil
        }
    }

    static let readAlsoStarts = [
        "read also", "also read", "read more", "read:", "see also", "related:", "related articles", "related stories",
        "related coverage", "related content", "related news", "related reading", "related links", "related story",
        "recommended:", "recommended for you", "you may also like", "you might also like", "you may be interested",
        "more on this", "more stories", "don't miss", "must read", "watch:", "watch now", "watch the video",
        "listen:", "listen now", "listen to this", "click here", "continue reading", "further reading", "► ", "» ",
    ]

    static func isNewsletterPrompt(_ line: FoldedLine) -> Bool {
        let mentionsSigningUp = line.contains("newsletter") || line.hasPrefix("subscribe") || line.contains(" subscribe to") || line.contains("sign up") || line.contains("sign-up") || line.contains("unsubscribe")
        guard mentionsSigningUp else { return false }
        return line.contains("our ") || line.contains("your inbox") || line.contains("you") || line.hasPrefix("subscribe") || line.hasPrefix("sign up") || line.hasPrefix("get ") || line.hasPrefix("join ")
    }

    static func isSharePrompt(_ line: FoldedLine, bare: String) -> Bool {
        if shareLines.contains(bare) { return true }
        if shareStarts.contains(where: { line.hasPrefix($0) }) { return true }
        if line.hasPrefix("follow ") {
            return [" on twitter", " on facebook", " on instagram", " on x", " on linkedin", " on bluesky", " on threads", " on tiktok", " on youtube", "@"].contains { line.contains($0) }
        }
        return false
    }

    static let shareLines: Set<String> = [
        "share", "share this", "share this article", "share this story", "share article", "tweet", "print", "email", "e-mail",
        "facebook", "twitter", "whatsapp", "linkedin", "reddit", "copy link", "print article", "print this page", "comment", "comments",
    ]

    static let shareStarts = [
        "share this", "share on ", "share via ", "share:", "share article", "share the story", "tweet this", "email this", "print this",
        "follow us", "follow me ", "like us on", "find us on", "connect with us", "click to share", "share with",
    ]

    /// Photo credits and captions: `Photo: …`, `(AP Photo/…)`, `Image: …`, `File photo`, `… Getty Images`.
    static func isCaption(_ line: FoldedLine) -> Bool {
        if captionStarts.contains(where: { line.hasPrefix($0) }) { return true }
        if line.contains("photo/") && line.contains("(") { return true }
        guard line.text.wordCount(upTo: 26) <= 25 else { return false }
        return ["(photo", "photo:", "photograph:", "photo credit", "photo courtesy", "image credit", "image copyright", "image courtesy", "getty images", "(file photo", "(image:", "picture credit", "/reuters)", "/afp)", "/ap)"].contains { line.contains($0) }
    }

    static let captionStarts = [
        "photo:", "photos:", "photo credit", "photo by", "image:", "images:", "image by", "image credit", "image source", "image copyright",
        "picture:", "pictures:", "picture by", "photograph:", "photograph by", "caption:", "credit:", "credits:", "video:", "file photo",
        "file picture", "file image", "(photo", "(image", "(file photo", "pictured:", "pictured above", "above:", "top:", "main image:",
    ]

    static let commentPrompts = [
        "have your say", "add or view comments", "leave a comment", "post a comment", "add a comment", "add your comment", "comments section",
        "view comments", "show comments", "join the conversation", "join the discussion", "we want to hear from you", "tell us what you think",
        "what do you think?", "share your thoughts", "share your views", "let us know in the comments", "write to us", "comments are closed",
        "forum has been closed", "comment on this", "comments have been closed", "be the first to comment", "send us your",
    ]

    static let creditStarts = [
        "reporting by", "(reporting by", "additional reporting", "(additional reporting", "editing by", "(editing by", "writing by",
        "(writing by", "compiled by", "(compiled by", "with reporting by", "with additional reporting",
    ]

    static let creditPhrases = [
        "reported on this story", "reported this story", "contributed to this report", "contributed to the report",
        "contributed reporting", "contributed to this story", "contributed to this article", "adapted this story",
        "adapted this report", "adapted this article", "wrote this story", "wrote this article", "was the editor.", "were the editors.",
    ]

    static let categoryLabels = ["categories:", "category:", "filed under:", "filed in:", "tags:", "tagged:", "topics:", "keywords:"]

    static let advertisementLines: Set<String> = [
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "skip advertisement", "story continues below advertisement",
        "article continues below", "article continues below advertisement", "continue reading below", "scroll to continue with content",
    ]

    /// `word – n. what it means`, as in a story's vocabulary list.
    static func isGlossaryEntry(_ folded: FoldedLine) -> Bool {
        let dashes = folded.bytes.prefix(80)
        guard dashes.contains(0x2D) || dashes.contains(0xE2) else { return false }
        let line = folded.text
        guard let dash = line.prefix(60).firstIndex(where: { $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == "-" }) else { return false }
        let term = String(line[..<dash])
        if line[dash] == "-", !term.hasSuffix(" ") { return false }
        guard !term.trimmingPunctuation.isEmpty, term.trimmingPunctuation.wordCount(upTo: 5) <= 4 else { return false }
        let definition = line[line.index(after: dash)...].drop(while: { $0 == " " })
        return partsOfSpeech.contains { definition.hasPrefix($0) }
    }

    static let partsOfSpeech = [
        "n.", "v.", "adj.", "adv.", "prep.", "conj.", "pron.", "interj.", "det.", "phrasal verb", "phr. v.", "phrasal v.",
        "idiom", "expression", "noun", "verb", "adjective", "adverb", "phrase", "n ", "v ", "adj ", "adv ",
    ]

    /// Headings of a part of the page that is not story, such as a list of sources or related links.
    static let sectionHeadings: Set<String> = [
        "sources", "source", "references", "external links", "see also", "related", "related articles", "related stories", "related links",
        "related news", "related coverage", "related content", "further reading", "notes", "footnotes", "comments", "share", "share this",
        "share this article", "tags", "categories", "more stories", "more from", "most popular", "most read", "most viewed", "trending",
        "read more", "read also", "also read", "newsletter", "about the author", "recommended", "you may also like", "you might also like",
        "sister links", "around the web", "popular stories", "latest news", "top stories", "follow us", "sign up",
    ]

    /// `I'm Jane Doe.`: a broadcast sign-off, when it closes a story.
    static func isSignOff(_ text: String) -> Bool {
        guard text.wordCount(upTo: 8) <= 7 else { return false }
        let line = text.foldedForMatching
        let name: Substring
        if line.hasPrefix("i'm ") {
            name = text.collapsingWhitespace.dropFirst(4)
        } else if line.hasPrefix("i am ") {
            name = text.collapsingWhitespace.dropFirst(5)
        } else {
            return false
        }
        let words = name.trimmingPunctuationCharacters.split(separator: " ")
        return (1...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// `Jane Doe is a reporter …`, `About the author: …`: a biography of the writer, when it closes a story.
    static func isBiography(_ text: String, byline: String?) -> Bool {
        guard text.wordCount(upTo: 101) <= 100 else { return false }
        let line = text.foldedForMatching
        if line.hasPrefix("about the author") { return true }
        let verbs = [" is a ", " is an ", " is the ", " has been ", " was a ", " writes ", " covers ", " reports ", " is based ", " joined "]
        if let byline {
            for name in bylineNames(byline) {
                let folded = name.foldedForMatching
                if line.hasPrefix(folded), verbs.contains(where: { line.dropFirst(folded.count).hasPrefix($0) }) { return true }
            }
        }
        guard !line.contains("\"") else { return false }
        let capitalized = text.collapsingWhitespace.split(separator: " ").prefix(5).prefix { $0.first?.isUppercase == true }
        guard (2...4).contains(capitalized.count) else { return false }
        let rest = line.split(separator: " ").dropFirst(capitalized.count).joined(separator: " ")
        guard verbs.contains(where: { (" " + rest).hasPrefix($0) }) else { return false }
        return journalismWords.contains { line.contains($0) }
    }

    /// The people a byline names: `Ann Lee and Bo Chan` gives both.
    static func bylineNames(_ byline: String) -> [String] {
        var names: [String] = []
        var name: [Substring] = []
        for word in byline.split(separator: " ") + [Substring("and")] {
            if word == "and" || word == "&" {
                if !name.isEmpty { names.append(name.joined(separator: " ")) }
                name = []
            } else {
                name.append(word)
            }
        }
        return names
    }

    static let journalismWords = [
        "reporter", "journalist", "correspondent", "writer", "editor", "columnist", "contributor", "freelance", "author of",
        "covers ", "news desk", "newsroom", "bureau",
    ]
}

private extension Substring {
    var trimmingPunctuationCharacters: Substring {
        var view = self
        while let last = view.last, last.isPunctuation || last == " " { view.removeLast() }
        return view
    }
}
