/// Tells outside experts (academics, researchers, think-tank fellows, analysts, campaigners speaking for a cause)
/// from the people in the story (officials, leaders, spokespeople, participants), from the role the article gives.
struct AnalystClassifier {
    let lexicon: Lexicon

    /// Words of an organisation's name that mark research or advocacy bodies rather than governments or companies.
    static let expertBodies: Set<String> = ["institute", "institution", "center", "centre", "foundation", "studies", "university", "college", "school", "think", "tank", "council", "forum", "trust", "society", "academy", "laboratory", "observatory", "programme", "program"]

    /// People who speak for a cause or a study rather than hold office.
    static let advocates: Set<String> = ["campaigner", "campaigners", "activist", "activists", "advocate", "advocates", "lobbyist", "coauthor", "co-author", "author", "authors", "commentator", "critic", "critics", "observer"]
    /// Officers of a body: whether they comment as outsiders depends on what the body is.
    static let officers: Set<String> = ["ceo", "chief executive", "president", "vice president", "director", "executive director", "chairman", "chairwoman", "chair", "head", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson"]
    static let governmentWords: Set<String> = ["ministry", "department", "government", "police", "army", "navy", "senate", "house", "parliament", "congress", "office", "agency", "administration", "commission", "cabinet", "embassy", "military", "forces", "court", "white", "kremlin", "party", "city", "county", "republic"]

    /// Whether any of the roles the article gives a person marks an outside expert, the chosen one first: a person
    /// introduced as "Professor Eastman" and described as a study's director comments as an expert.
    func isAnalyst(roles: [String]) -> Bool {
        guard let first = roles.first else { return false }
        if isAnalyst(role: first) { return true }
        if officialOnly(first) { return false }
        return roles.dropFirst().contains { isAnalyst(role: $0) }
    }

    /// A role whose words are all an official's ("Prime Minister", "spokesman"), which settles the question.
    func officialOnly(_ role: String) -> Bool {
        lexicon.roleWords[role.lowercased()] == .official
    }

    func isAnalyst(role: String?) -> Bool {
        guard let role else { return false }
        let words = Self.lowercaseWords(of: role)
        if words.contains(where: Self.advocates.contains) { return true }
        // A role that is only a body's name ("Center for Army, Conversion and Disarmament Studies").
        if words.contains(where: Self.expertBodies.contains), !hasDescribingWord(role) { return true }
        // "Vice President of Taxpayers for Common Sense", "CEO of the Refugee Council": an officer of a body that
        // is not a government speaks from outside the story.
        if let of = words.firstIndex(where: { $0 == "of" || $0 == "at" }), of > 0,
           Self.officers.contains(words[..<of].suffix(2).joined(separator: " ")) || Self.officers.contains(words[of - 1]) {
            let body = words[(of + 1)...]
            let isGovernment = body.contains(where: Self.governmentWords.contains) || body.contains { lexicon.place(named: $0) != nil }
            if !isGovernment && !body.isEmpty { return true }
        }
        var sawAnalyst = false
        var sawOfficial = false
        // A phrase of two or more words can be a role phrase only if its first word starts one and its last word
        // ends one.
        let classes = words.map { lexicon.classes(of: $0) }
        for length in (1...max(1, lexicon.longestRolePhrase)).reversed() {
            for start in 0..<max(0, words.count - length + 1)
            where length == 1 || (classes[start].contains(.roleFirstWord) && classes[start + length - 1].contains(.roleLastWord)) {
                let phrase = length == 1 ? words[start] : words[start..<(start + length)].joined(separator: " ")
                switch lexicon.roleWords[phrase] {
                case .analyst?: sawAnalyst = true
                case .official?: sawOfficial = true
                default: break
                }
            }
        }
        if sawAnalyst { return true }
        if sawOfficial { return false }
        // A role that is only an affiliation with a research or advocacy body: "Brookings Institution".
        return words.contains(where: Self.expertBodies.contains) && !words.contains { ["ministry", "department", "government", "police", "army"].contains($0) }
    }

    /// A space-separated word of `role` that starts in lowercase and is not a little word ("of", "and"…): the
    /// role describes the person rather than only naming a body.
    func hasDescribingWord(_ role: String) -> Bool {
        if role.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a word starts in lowercase exactly when its first byte is a–z, which none of the little words
            // but "&" fails, so only those need comparing.
            return role.utf8.split(separator: 0x20).contains { word in
                guard let first = word.first, first >= 0x61 && first <= 0x7A else { return false }
                return !["of", "for", "and", "the", "on", "in", "at"].contains { $0.utf8.elementsEqual(word) }
            }
        }
        return role.split(separator: " ").contains { word in
            guard let first = word.first else { return false }
            return first.isLowercase && !["of", "for", "and", "the", "on", "in", "at", "&"].contains(word)
        }
    }

    /// The lowercase words of `role`: runs of letters and hyphens. ASCII, the common case, is split byte by byte
    /// (an ASCII character is a letter exactly when it is A–Z or a–z); anything else by `Character`.
    static func lowercaseWords(of role: String) -> [String] {
        guard role.utf8.allSatisfy({ $0 < 0x80 }) else {
            return role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in role.utf8 {
            let lower = byte | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || byte == 0x2D {
                word.append(byte == 0x2D ? byte : lower)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
