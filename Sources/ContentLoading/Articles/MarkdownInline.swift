/// Turns Markdown inline markup into the plain text a reader sees: emphasis marks and code ticks go, a link
/// becomes its text, an image goes, raw HTML tags go, escapes and common entities are resolved.
enum MarkdownInline {
    /// The plain text of `markdown`, whitespace collapsed. Linear in the length of the text.
    static func plainText(from markdown: String) -> String {
        guard markdown.utf8.contains(where: { markupBytes.contains($0) }) else { return markdown.collapsingWhitespace }
        let characters = Array(markdown)
        let closingBracket = matches(in: characters, open: "[", close: "]")
        let closingParenthesis = matches(in: characters, open: "(", close: ")")
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        /// Where the text of an open link ends, and where to go on from there.
        var linkEnds: [Int: Int] = [:]
        var index = 0

        /// After `]` at `close`: the index past `(target)` or `[reference]`, when there is one.
        func destinationEnd(after close: Int) -> Int? {
            let next = close + 1
            guard next < characters.count else { return nil }
            if characters[next] == "(", let end = closingParenthesis[next] { return end + 1 }
            if characters[next] == "[", let end = closingBracket[next] { return end + 1 }
            return nil
        }

        while index < characters.count {
            let character = characters[index]
            if let resume = linkEnds.removeValue(forKey: index) {
                index = resume
                continue
            }
            switch character {
            case "\\":
                if index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                    output.append(characters[index + 1])
                    index += 2
                } else {
                    output.append(character)
                    index += 1
                }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let close = closingBracket[index + 1], let end = destinationEnd(after: close) {
                    index = end  // an image: its alt text is not part of the story
                } else {
                    output.append(character)
                    index += 1
                }
            case "[":
                if let close = closingBracket[index], let end = destinationEnd(after: close) {
                    linkEnds[close] = end
                } else {
                    output.append(character)
                }
                index += 1
            case "<":
                index = skipTag(in: characters, at: index, into: &output)
            case "*", "~":
                index += 1  // emphasis and strike-through marks
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
                    index += 1  // emphasis, not a snake_case word
                } else {
                    output.append(character)
                    index += 1
                }
            case "`":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if before.isLetter && after.isLetter { output.append(character) }  // used as an apostrophe: don`t
                index += 1
            case "&":
                index = decodeEntity(in: characters, at: index, into: &output)
            default:
                output.append(character)
                index += 1
            }
        }
        return output.collapsingWhitespace
    }

    static let markupBytes = Set("[]*_`<&\\!~".utf8)

    /// For each opening mark, the index of the mark that closes it.
    static func matches(in characters: [Character], open: Character, close: Character) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var stack: [Int] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if character == open {
                stack.append(index)
            } else if character == close, let opening = stack.popLast() {
                result[opening] = index
            }
            index += 1
        }
        return result
    }

    /// `<https://…>` keeps the address; any other tag (`<em>`, `<br/>`) goes. A `<` that starts no tag stays.
    static func skipTag(in characters: [Character], at start: Int, into output: inout String) -> Int {
        var end = start + 1
        while end < characters.count, end - start < 300, characters[end] != ">", characters[end] != "<", characters[end] != "\n" { end += 1 }
        guard end < characters.count, characters[end] == ">", end > start + 1 else {
            output.append("<")
            return start + 1
        }
        let inside = String(characters[(start + 1)..<end])
        let lowered = inside.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            output += inside
            return end + 1
        }
        guard let first = inside.first, first.isLetter || first == "/" || first == "!" else {
            output.append("<")
            return start + 1
        }
        if ["br", "br/", "br /", "p", "/p"].contains(lowered) { output.append(" ") }
        return end + 1
    }

    static func decodeEntity(in characters: [Character], at start: Int, into output: inout String) -> Int {
        var end = start + 1
        while end < characters.count, end - start <= 10, characters[end].isLetter || characters[end].isNumber || characters[end] == "#" { end += 1 }
        guard end < characters.count, characters[end] == ";" else {
            output.append("&")
            return start + 1
        }
        let name = String(characters[(start + 1)..<end])
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
                return end + 1
            }
        } else if let text = entities[name] {
            output += text
            return end + 1
        }
        output.append("&")
        return start + 1
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}", "mdash": "\u{2014}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "middot": "\u{00B7}",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç", "euro": "€", "pound": "£", "copy": "©", "deg": "°",
    ]
}
