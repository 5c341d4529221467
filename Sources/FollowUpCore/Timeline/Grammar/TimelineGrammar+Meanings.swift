/// Meanings both languages build the same way from what their pieces captured.
extension TimelineGrammar {
    /// A day named by its parts: month and day, two numbers ("20/03"), a day of the month, or a
    /// weekday.
    static func date(_ c: Captures) -> TimelineMeaning? {
        if c.months.count == 1, c.days.count == 1 { return .date(year: c.years.first, month: c.months[0], day: c.days[0]) }
        if c.months.isEmpty, c.days.count == 2 { return .numericDate(first: c.days[0], second: c.days[1], year: c.years.first) }
        if c.months.isEmpty, c.days.count == 1 { return .dayOfMonth(c.days[0]) }
        if c.weekdays.count == 1 { return .weekday(c.weekdays[0], weekdayChoice(c)) }
        return nil
    }

    static func weekdayChoice(_ c: Captures) -> TimelineMeaning.WeekdayChoice {
        if c.has("weekAfterNext") { return .weekAfterNext }
        if c.has("nextWeek") { return .nextWeek }
        if c.has("next") { return .next }
        if c.has("this") { return .this }
        return .plain
    }

    /// A count of units: one number or two ("two to three weeks"), business days or calendar.
    static func amount(_ c: Captures) -> TimelineMeaning.Amount? {
        guard let unit = c.units.first, let low = c.numbers.first, low > 0, low <= 400 else { return nil }
        let high = c.numbers.count > 1 ? c.numbers[1] : low
        guard high >= low else { return nil }
        return TimelineMeaning.Amount(low, to: high, unit, business: c.has("business"), approximate: c.approximate, hedged: c.has("about"))
    }

    /// A part of a period ("early", "mid", "end", "first half").
    static func part(_ c: Captures) -> TimelineMeaning.Part {
        for part in [TimelineMeaning.Part.early, .middle, .late, .end, .firstHalf, .secondHalf] where c.has(part.rawValue) { return part }
        return .whole
    }

    /// How many weeks or months ahead: this one (0), the next (1), the one after (2).
    static func offset(_ c: Captures) -> Int {
        if c.has("afterNext") { return 2 }
        return c.has("next") ? 1 : 0
    }

    /// A part of a week, month, year or quarter, counted from this one.
    static func period(_ c: Captures) -> TimelineMeaning? {
        let part = part(c)
        let offset = offset(c)
        if c.has("week") { return .period(.week, offset: offset, part: part) }
        if c.has("month") { return .period(.month, offset: offset, part: part) }
        if c.has("year") { return part == .end || part == .whole ? .period(.year, offset: offset, part: .end) : nil }
        if c.has("quarter") { return .quarter(number: nil, offset: offset) }
        return nil
    }

    /// "within the week" ends with this week; "within the next week" and "a fortnight" count.
    static func withinOne(_ c: Captures) -> TimelineMeaning? {
        if c.has("fortnight") { return .span(TimelineMeaning.Amount(1, .fortnight)) }
        if c.has("next") { return .span(TimelineMeaning.Amount(1, c.has("week") ? .week : .month)) }
        return .period(c.has("week") ? .week : .month, offset: 0, part: .end)
    }
}
