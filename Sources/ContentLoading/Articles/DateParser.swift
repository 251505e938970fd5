import BriefingCore

/// Reads the dates articles print: `2007-11-28` (with or without a time), `November 28, 2007`, `Nov. 28 2007`,
/// `28 November 2007`, `28/11/2007` when the day is unambiguous, each with an optional weekday before it.
enum DateParser {
    /// The date that `text` holds.
    /// - Parameter trailing: whether words may follow the date (`Published: 18 August 2025, updated …`); otherwise
    ///   only a time of day and a time zone may follow, so that a sentence that starts with a date is not a date.
    static func date(in text: String, allowingTrailingWords trailing: Bool = false) -> CalendarDate? {
        guard text.utf8.count <= 120, let first = text.unicodeScalars.first else { return nil }
        if !("0"..."9").contains(first) {
            let word = text.prefix(10).prefix(while: \.isLetter).lowercased()
            guard weekdays.contains(word) || month(word) != nil else { return nil }
        }
        var tokens = tokenize(text)
        if let first = tokens.first, weekdays.contains(first) { tokens.removeFirst() }
        guard let (date, used) = leadingDate(in: tokens) else { return nil }
        let rest = tokens.dropFirst(used)
        guard trailing || rest.allSatisfy(isTimeOfDay) else { return nil }
        return date
    }

    /// Lowercased words and numbers; commas and periods after abbreviations go.
    static func tokenize(_ text: String) -> [String] {
        text.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "," })
            .map { token in
                var word = String(token)
                while word.count > 1, let last = word.last, last == "." || last == ";" { word.removeLast() }
                return word
            }
    }

    static func leadingDate(in tokens: [String]) -> (CalendarDate, Int)? {
        guard let first = tokens.first else { return nil }
        if let date = numericDate(first) { return (date, 1) }
        // November 28, 2007 / Nov. 28th 2007
        if let month = month(first), tokens.count >= 3, let day = dayNumber(tokens[1]), let year = year(tokens[2]) {
            return CalendarDate(year: year, month: month, day: day).map { ($0, 3) }
        }
        // 28 November 2007 / 28th of November 2007
        if let day = dayNumber(first) {
            var index = 1
            if tokens.count > index, tokens[index] == "of" { index += 1 }
            if tokens.count > index + 1, let month = month(tokens[index]), let year = year(tokens[index + 1]) {
                return CalendarDate(year: year, month: month, day: day).map { ($0, index + 2) }
            }
        }
        return nil
    }

    /// `2007-11-28`, `2007-11-28T10:00:00Z`, `2007/11/28`, and day-first or month-first dates whose order is clear.
    static func numericDate(_ token: String) -> CalendarDate? {
        var token = Substring(token)
        if let time = token.firstIndex(of: "t"), token.distance(from: token.startIndex, to: time) == 10 { token = token[..<time] }
        for separator in ["-", "/", "."] as [Character] {
            let parts = token.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(isDigit) }) else { continue }
            let numbers = parts.compactMap { Int($0) }
            if parts[0].count == 4 {
                return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
            }
            guard parts[2].count == 4 else { return nil }
            let (a, b, year) = (numbers[0], numbers[1], numbers[2])
            if a > 12, b <= 12 { return CalendarDate(year: year, month: b, day: a) }
            if b > 12, a <= 12 { return CalendarDate(year: year, month: a, day: b) }
            if a == b { return CalendarDate(year: year, month: a, day: b) }
            return nil
        }
        return nil
    }

    static func month(_ token: String) -> Int? {
        if let index = monthNames.firstIndex(of: token) { return index + 1 }
        if token == "sept" { return 9 }
        if token.count == 3, let index = monthNames.firstIndex(where: { $0.hasPrefix(token) }) { return index + 1 }
        return nil
    }

    static func dayNumber(_ token: String) -> Int? {
        var digits = Substring(token)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(isDigit), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    static func year(_ token: String) -> Int? {
        guard token.count == 4, token.allSatisfy(isDigit) else { return nil }
        return Int(token)
    }

    /// `10:30`, `10.30am`, `pm`, `gmt`, `+0000`, `(utc)`, `at`.
    static func isTimeOfDay(_ token: String) -> Bool {
        let word = token.filter { $0 != "(" && $0 != ")" }
        if ["at", "am", "pm", "a.m", "p.m", "-", "|"].contains(word) || timeZones.contains(word) { return true }
        let digits = word.filter(DateParser.isDigit)
        guard !digits.isEmpty else { return false }
        return word.allSatisfy { DateParser.isDigit($0) || ":.+-apmz".contains($0) } && (word.contains(":") || word.hasPrefix("+") || word.hasPrefix("-") || word.hasSuffix("am") || word.hasSuffix("pm"))
    }

    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    static let timeZones: Set<String> = [
        "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist", "jst", "aest", "aedt", "z",
    ]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
}
