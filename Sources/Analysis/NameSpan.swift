import BriefingCore

/// A run of tokens that names something, found in one text unit, before it is merged into an entity.
struct NameSpan: Equatable {
    /// The index of the unit among the article's units.
    var unit: Int
    /// The tokens of the name, without titles or roles before it.
    var range: Range<Int>
    var text: String
    /// What the span is, when its words or context say so; nil when only the rest of the article can tell.
    var type: EntityType?
    /// A role or honorific stood right before the name ("Prime Minister Rishi Sunak", "Mr. Tedeschi").
    var hasTitle = false
    /// Only the rest of the article can confirm it names something: ordinary words capitalised ("Better Idea"), a
    /// two-letter acronym, a lone word at the start of a sentence.
    var isWeak = false
    /// Other ways the same span names it ("Kursk region" for "Kursk").
    var aliases: [String] = []
}
