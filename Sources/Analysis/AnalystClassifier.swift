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
    static let governmentWords: Set<String> = ["ministry", "department", "government", "police", "army", "navy", "senate", "house", "parliament", "congress", "office", "agency", "administration", "commission", "cabinet", "embassy", "military", "forces", "court", "state", "white", "kremlin", "party", "city", "county", "republic", "federal", "national"]

    func isAnalyst(role: String?) -> Bool {
        guard let role else { return false }
        let words = role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        if words.contains(where: Self.advocates.contains) { return true }
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
        for length in (1...max(1, lexicon.longestRolePhrase)).reversed() {
            for start in 0..<max(0, words.count - length + 1) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
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
}
