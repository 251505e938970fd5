/// A passage between quotation marks in one paragraph.
struct QuoteSpan {
    var unit: Int
    /// Tokens of the quotation marks: the opening one, and the closing one (nil when the paragraph ends first).
    var open: Int
    var close: Int?
    var text: String
    var wordCount: Int
    /// The quotation began in an earlier paragraph ("…" opened and not closed, this paragraph opening again).
    var continuesPrevious = false
}
