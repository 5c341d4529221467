/// A unit of time a recruiter counts in.
enum TimeUnit: String, Sendable {
    case hour, day, week, fortnight, month
}

/// Holidays a recruiter may name; each is found by date rule in the year it next comes.
enum HolidayName: String, Sendable {
    case christmas = "Christmas"
    case newYear = "New Year's Day"
    /// "The holidays", "as festas": the year-end season, over on New Year's Day.
    case yearEnd = "the year-end holidays"
    case easter = "Easter"
    case carnival = "Carnival"
    case thanksgiving = "Thanksgiving"
    case memorialDay = "Memorial Day"
    case independenceDay = "Independence Day"
    case laborDay = "Labor Day"
    case tiradentes = "Tiradentes"
    case corpusChristi = "Corpus Christi"
    /// "The holiday", "o feriado": the next public holiday of the process's region.
    case nextPublicHoliday = "the next public holiday"
}

/// A language's words for the parts of a timeline, as data: adding a spelling is one entry.
///
/// Words are lower-case and without accents, as `Token.split` leaves them.
struct TimelineVocabulary: Sendable {
    var weekdays: [String: Weekday]
    var months: [String: Int]
    var numbers: [String: Int]
    /// Counts that promise no exact number ("a few", "alguns"), with the number they stand for.
    var vagueNumbers: [String: Int]
    var ordinals: [String: Int]
    var units: [String: TimeUnit]
    /// Holiday names as word sequences ("new year", "ano novo").
    var holidays: [[String]: HolidayName]
    /// Abbreviations that are also common words ("may", "sat", "set", "sex"): read as a day or
    /// month only after one of `dateLeads` or before a number.
    var ambiguous: Set<String>
    var dateLeads: Set<String>
    /// Words between a count and what it counts ("a couple of days", "um par de dias").
    var countLinks: Set<String>
    /// The word after a weekday in some languages ("segunda-feira").
    var weekdaySuffix: String?
    /// Words after an ambiguous weekday that make it one ("quinta que vem").
    var dateFollowers: Set<String> = []
    /// Nouns an ordinal that is also a weekday goes with ("segunda etapa"): not a day then.
    var ordinalNouns: Set<String> = []

    func number(in tokens: [Token], at index: Int) -> (Int, Int, Bool)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            guard token.text.allSatisfy(\.isNumber) else { return nil }
            return (token.value, index + 1, false)
        }
        guard token.kind == .word else { return nil }
        var next = index + 1
        // "a couple of", "a few", "um par de": the article belongs to the vague count.
        if let value = vagueNumbers[token.text] {
            while next < tokens.count, countLinks.contains(tokens[next].text) { next += 1 }
            return (value, next, true)
        }
        if var value = numbers[token.text] {
            // "twenty-four", "quarenta e oito": tens, then a unit.
            if value >= 20, value % 10 == 0 {
                var after = next
                if after < tokens.count, tokens[after].text == "-" || tokens[after].text == "e" { after += 1 }
                if after < tokens.count, let unit = numbers[tokens[after].text], (1...9).contains(unit), tokens[after].text.count > 1 {
                    value += unit
                    next = after + 1
                }
            }
            if next < tokens.count, let vague = vagueNumbers[tokens[next].text] {
                next += 1
                while next < tokens.count, countLinks.contains(tokens[next].text) { next += 1 }
                return (vague, next, true)
            }
            return (value, next, false)
        }
        return nil
    }

    func dayOfMonth(in tokens: [Token], at index: Int) -> (Int, Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number, token.text.count <= 4, (1...31).contains(token.value), token.text.first != "0" || token.text.count == 2 {
            return (token.value, index + 1)
        }
        if token.kind == .word, let value = ordinals[token.text] { return (value, index + 1) }
        return nil
    }

    private func allowed(_ word: String, in tokens: [Token], at index: Int) -> Bool {
        guard ambiguous.contains(word) else { return true }
        if index + 1 < tokens.count, ordinalNouns.contains(tokens[index + 1].text), tokens[index + 1].text != weekdaySuffix { return false }
        if index > 0, dateLeads.contains(tokens[index - 1].text) { return true }
        if index + 1 < tokens.count, tokens[index + 1].kind == .number { return true }
        if index > 0, tokens[index - 1].kind == .number { return true }
        if let suffix = weekdaySuffix, index + 2 < tokens.count, tokens[index + 2].text == suffix { return true }
        if index + 1 < tokens.count, tokens[index + 1].text == weekdaySuffix || dateFollowers.contains(tokens[index + 1].text) { return true }
        return false
    }

    func weekday(in tokens: [Token], at index: Int) -> (Weekday, Int)? {
        guard index < tokens.count, tokens[index].kind == .word, let day = weekdays[tokens[index].text],
            allowed(tokens[index].text, in: tokens, at: index)
        else { return nil }
        var next = index + 1
        if let suffix = weekdaySuffix {
            if next + 1 < tokens.count, tokens[next].text == "-", tokens[next + 1].text == suffix {
                next += 2
            } else if next < tokens.count, tokens[next].text == suffix {
                next += 1
            }
        }
        return (day, next)
    }

    func month(in tokens: [Token], at index: Int) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .word, let month = months[tokens[index].text],
            allowed(tokens[index].text, in: tokens, at: index)
        else { return nil }
        return (month, index + 1)
    }

    func unit(in tokens: [Token], at index: Int) -> (TimeUnit, Int)? {
        guard index < tokens.count, tokens[index].kind == .word, let unit = units[tokens[index].text] else { return nil }
        return (unit, index + 1)
    }

    func holiday(in tokens: [Token], at index: Int) -> (HolidayName, Int)? {
        var best: (HolidayName, Int)?
        for (words, name) in holidays where index + words.count <= tokens.count {
            guard (best?.1 ?? index) < index + words.count else { continue }
            if words.indices.allSatisfy({ tokens[index + $0].text == words[$0] }) { best = (name, index + words.count) }
        }
        return best
    }
}
