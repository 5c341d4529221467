/// What a recruiter's words say, before any day is worked out: the same meaning comes from
/// "by the end of next week" and "até o fim da semana que vem", and one resolver turns it into
/// days for both languages.
enum TimelineMeaning: Sendable, Equatable {
    /// "today" (0), "tomorrow" (1), "the day after tomorrow" (2).
    case day(offset: Int)
    case weekday(Weekday, WeekdayChoice)
    /// "within two weeks", "em até 10 dias úteis", "in 48 hours": counted from the day said.
    case span(Amount)
    /// A part of a week or month counted from this one ("early next week", "end of the month").
    case period(Period, offset: Int, part: Part)
    /// A part of a month named ("mid-June", "the first half of May", "in January").
    case namedMonth(Int, year: Int?, part: Part)
    /// A quarter, by number (Q3) or counted from this one (offset).
    case quarter(number: Int?, offset: Int)
    case date(year: Int?, month: Int, day: Int)
    /// "03/04": day and month in an order the policy or the language decides.
    case numericDate(first: Int, second: Int, year: Int?)
    /// "the 24th", "dia 20": the next time that day of the month comes.
    case dayOfMonth(Int)
    /// "after Easter", "a week after Carnival", "by Christmas".
    case holiday(HolidayName, after: Bool, plus: Amount?)
    /// "the weekend": the days before it, or the first working day after it.
    case weekend(after: Bool, offset: Int)
    /// A promise with no date ("we'll be in touch", "em breve").
    case vague(Vagueness)
    /// Two readings, the promise running to the later ("Wednesday or Thursday", "between the
    /// 10th and the 14th").
    indirect case either(TimelineMeaning, TimelineMeaning)
    /// "ahead of 3 June": the day before.
    indirect case dayBefore(TimelineMeaning)
    /// "a week from Monday": an amount counted from another day.
    indirect case from(TimelineMeaning, Amount)
    /// "the week of the 23rd": that day's working week, to its last day.
    indirect case weekOf(TimelineMeaning)
    /// "the first week of April" (1…5), "the last week of March" (-1): within the month.
    case weekOfMonth(Int, month: Int, year: Int?)

    enum WeekdayChoice: Sendable, Equatable {
        /// "by Friday": the next one to come.
        case plain
        /// "this Friday": this week's, or the next if it has passed.
        case this
        /// "next Friday": ambiguous; the policy decides.
        case next
        /// "Friday next week", "sexta da semana que vem".
        case nextWeek
        /// "Friday week after next".
        case weekAfterNext
    }

    enum Period: String, Sendable, Equatable {
        case week, month, year, quarter
    }

    enum Part: String, Sendable, Equatable {
        case whole, early, middle, late, end, firstHalf, secondHalf
    }

    enum Vagueness: Sendable, Equatable {
        /// "soon", "em breve": a shorter wait than a plain promise.
        case soon
        /// "someone will call you back": a day or two.
        case callback
        /// "we'll be in touch", "entraremos em contato": the no-timeline window.
        case contact
    }

    struct Amount: Sendable, Equatable {
        var low: Int
        var high: Int
        var unit: TimeUnit
        var business: Bool
        /// "a few days", "alguns dias": a count that names no number.
        var approximate: Bool
        /// "about two weeks", "mais ou menos uma semana": the day itself or a little later.
        var hedged: Bool

        init(_ low: Int, to high: Int? = nil, _ unit: TimeUnit, business: Bool = false, approximate: Bool = false, hedged: Bool = false) {
            (self.low, self.high, self.unit, self.business) = (low, max(low, high ?? low), unit, business)
            (self.approximate, self.hedged) = (approximate, hedged)
        }
    }
}

/// Days worked out from a meaning: the deadline, the range when there is one, other readings,
/// and the notes that say how.
struct Resolution {
    var deadline: Day
    var range: Deadline?
    var alternatives: [Day] = []
    var notes: [String] = []
}

/// Turns meanings into days for one day said, calendar and policy. Knows no words.
struct TimelineResolver {
    let saidOn: Day
    let calendar: BusinessCalendar
    let policy: TimelinePolicy
    /// Whether "03/04" is day first when the policy leaves it to the language.
    let dayFirst: Bool

    private var mondayThisWeek: Day { saidOn.adding(days: -((saidOn.weekday.rawValue + 6) % 7)) }

    private func day(_ weekday: Weekday, weekOf monday: Day) -> Day { monday.adding(days: (weekday.rawValue + 6) % 7) }

    private func nextOccurrence(_ weekday: Weekday, after day: Day) -> Day {
        let ahead = (weekday.rawValue - day.weekday.rawValue + 7) % 7
        return day.adding(days: ahead == 0 ? 7 : ahead)
    }

    private func range(_ start: Day, _ end: Day) -> Deadline? { start < end ? try? Deadline(start: start, end: end) : nil }

    /// The next time a month (and day) comes round: this year unless it is over.
    private func year(for month: Int, day: Int? = nil) -> Int {
        let (y, m, d) = saidOn.parts
        return month > m || (month == m && (day ?? 31) >= d) ? y : y + 1
    }

    private func addingMonths(_ count: Int, to day: Day) -> Day {
        let (y, m, d) = day.parts
        let index = y * 12 + (m - 1) + count
        let (year, month) = (index / 12, index % 12 + 1)
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year)))!
    }

    private func lastBusinessDay(year: Int, month: Int) -> Day {
        calendar.businessDay(onOrBefore: Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!)
    }

    func resolve(_ meaning: TimelineMeaning) -> Resolution? {
        switch meaning {
        case .day(let offset):
            return Resolution(deadline: saidOn.adding(days: offset))
        case .weekday(let weekday, let choice):
            return resolve(weekday, choice)
        case .span(let amount):
            return count(amount, from: saidOn)
        case .period(let period, let offset, let part):
            return resolve(period, offset: offset, part: part)
        case .namedMonth(let month, let explicitYear, let part):
            return resolve(month: month, year: explicitYear ?? year(for: month), part: part)
        case .quarter(let number, let offset):
            let (y, m, _) = saidOn.parts
            var quarter = number ?? ((m - 1) / 3 + 1 + offset)
            var year = y
            if number != nil, quarter * 3 < m { year += 1 }
            while quarter > 4 { (quarter, year) = (quarter - 4, year + 1) }
            let start = Day(year: year, month: quarter * 3 - 2, day: 1)!
            let end = lastBusinessDay(year: year, month: quarter * 3)
            return Resolution(deadline: end, range: range(max(start, saidOn), end), notes: ["the quarter's last business day"])
        case .date(let explicitYear, let month, let day):
            guard let date = Day(year: explicitYear ?? year(for: month, day: day), month: month, day: day) else { return nil }
            return Resolution(deadline: date)
        case .numericDate(let first, let second, let explicitYear):
            func date(month: Int, day: Int) -> Day? { Day(year: explicitYear ?? year(for: month, day: day), month: month, day: day) }
            if first > 12 { return date(month: second, day: first).map { Resolution(deadline: $0) } }
            if second > 12 { return date(month: first, day: second).map { Resolution(deadline: $0) } }
            guard let chosen = dayFirst ? date(month: second, day: first) : date(month: first, day: second) else { return nil }
            let other = dayFirst ? date(month: first, day: second) : date(month: second, day: first)
            return Resolution(
                deadline: chosen, alternatives: other.map { [$0] } ?? [], notes: [dayFirst ? "read day first" : "read month first"])
        case .dayOfMonth(let day):
            let (y, m, d) = saidOn.parts
            let (year, month) = day > d ? (y, m) : (m == 12 ? (y + 1, 1) : (y, m + 1))
            guard let date = Day(year: year, month: month, day: day) else { return nil }
            return Resolution(deadline: date, notes: ["the next \(Self.ordinal(day))"])
        case .holiday(let name, let after, let plus):
            return resolve(holiday: name, after: after, plus: plus)
        case .weekend(let after, let offset):
            let friday = day(policy.weekEnds, weekOf: mondayThisWeek.adding(days: 7 * offset))
            if after {
                return Resolution(
                    deadline: calendar.nextBusinessDay(after: friday.adding(days: 2)), notes: ["the first working day after the weekend"])
            }
            let last = friday < saidOn ? day(policy.weekEnds, weekOf: mondayThisWeek.adding(days: 7)) : friday
            return Resolution(deadline: calendar.businessDay(onOrBefore: last), notes: ["the last working day before the weekend"])
        case .vague(let kind):
            let window: ClosedRange<Int>
            let note: String
            switch kind {
            case .contact:
                window = policy.defaultWindow
                note = "no date given: the default window of \(window.lowerBound)–\(window.upperBound) business days"
            case .soon:
                window = policy.soonWindow
                note = "'soon' gives no date: the window of \(window.lowerBound)–\(window.upperBound) business days"
            case .callback:
                window = policy.callbackWindow
                note = "a call back gives no date: the window of \(window.lowerBound)–\(window.upperBound) business days"
            }
            let from = calendar.adding(businessDays: window.lowerBound, to: saidOn)
            let to = calendar.adding(businessDays: window.upperBound, to: saidOn)
            return Resolution(deadline: to, range: range(from, to), notes: [note])
        case .either(let first, let second):
            guard let a = resolve(first), var b = resolve(second) else { return nil }
            if case .weekday(let later, _) = second, case .weekday = first {
                // "Wednesday or Thursday": the second day comes after the first, whichever week that is.
                let ahead = (later.rawValue - a.deadline.weekday.rawValue + 7) % 7
                let end = a.deadline.adding(days: ahead)
                return Resolution(
                    deadline: end, range: range(a.deadline, end), alternatives: a.alternatives, notes: ["the later day of the two"] + a.notes)
            }
            if b.deadline < a.deadline {
                // "between the 10th and the 14th" said on the 11th: both ends in one month.
                if case .dayOfMonth(let low) = first, case .dayOfMonth = second,
                    let start = Day(year: b.deadline.year, month: b.deadline.parts.month, day: low)
                {
                    b.range = range(max(start, saidOn), b.deadline)
                    b.notes = ["the later day of the two"]
                    return b
                }
                return Resolution(deadline: a.deadline, range: range(b.range?.start ?? b.deadline, a.deadline), notes: ["the later day of the two"])
            }
            return Resolution(
                deadline: b.deadline, range: range(a.range?.start ?? a.deadline, b.deadline), alternatives: a.alternatives + b.alternatives,
                notes: ["the later day of the two"] + b.notes)
        case .dayBefore(let inner):
            guard let day = resolve(inner) else { return nil }
            return Resolution(deadline: day.deadline.adding(days: -1), notes: ["the day before \(DateText.long(day.deadline))"])
        case .weekOfMonth(let n, let month, let explicitYear):
            let year = explicitYear ?? self.year(for: month)
            let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
            guard let inside = n == -1 ? last : Day(year: year, month: month, day: min(1 + 7 * (n - 1), last.parts.day)) else { return nil }
            let monday = inside.adding(days: -((inside.weekday.rawValue + 6) % 7))
            let first = Day(year: year, month: month, day: 1)!
            let end = calendar.businessDay(onOrBefore: min(day(policy.weekEnds, weekOf: monday), last))
            guard end >= saidOn else { return nil }
            return Resolution(deadline: end, range: range(max(max(monday, first), saidOn), end), notes: ["that week, within the month"])
        case .weekOf(let inner):
            guard let day = resolve(inner) else { return nil }
            let monday = day.deadline.adding(days: -((day.deadline.weekday.rawValue + 6) % 7))
            let end = self.day(policy.weekEnds, weekOf: monday)
            return Resolution(
                deadline: end, range: range(max(monday, saidOn), end), notes: ["the week of \(DateText.long(day.deadline)), to its last working day"])
        case .from(let anchor, let amount):
            guard let day = resolve(anchor) else { return nil }
            var counted = count(amount, from: day.deadline)
            counted.notes.append("counted from \(DateText.long(day.deadline))")
            return counted
        }
    }

    private func count(_ amount: TimelineMeaning.Amount, from anchor: Day) -> Resolution {
        func shifted(_ n: Int) -> Day {
            switch amount.unit {
            case .month: return addingMonths(n, to: anchor)
            case .hour:
                let days = (n + 23) / 24
                return amount.business ? calendar.adding(businessDays: days, to: anchor) : anchor.adding(days: days)
            case .day: return amount.business ? calendar.adding(businessDays: n, to: anchor) : anchor.adding(days: n)
            case .week: return amount.business ? calendar.adding(businessDays: n * 5, to: anchor) : anchor.adding(days: n * 7)
            case .fortnight: return amount.business ? calendar.adding(businessDays: n * 10, to: anchor) : anchor.adding(days: n * 14)
            }
        }
        let end = shifted(amount.high)
        var notes: [String] = []
        switch (amount.unit, amount.business) {
        case (_, true): notes.append("business days")
        case (.day, false): notes.append("calendar days")
        case (.hour, false): notes.append("\(amount.high) hours: \((amount.high + 23) / 24) day(s)")
        default: break
        }
        if amount.low != amount.high || amount.approximate {
            let start = amount.approximate ? shifted(max(1, amount.low - 1)) : shifted(amount.low)
            return Resolution(deadline: end, range: range(start, end), notes: notes)
        }
        if amount.hedged {
            // "about two weeks": the day itself, or up to two working days later.
            let late = calendar.adding(businessDays: 2, to: end)
            return Resolution(deadline: late, range: range(end, late), notes: notes + ["'about': up to two working days more"])
        }
        return Resolution(deadline: end, notes: notes)
    }

    private func resolve(_ weekday: Weekday, _ choice: TimelineMeaning.WeekdayChoice) -> Resolution {
        let plain = nextOccurrence(weekday, after: saidOn)
        switch choice {
        case .plain:
            if weekday == saidOn.weekday {
                return Resolution(deadline: plain, alternatives: [saidOn], notes: ["said on a \(weekday.name): read as next week's, not today"])
            }
            return Resolution(deadline: plain)
        case .this:
            let inWeek = day(weekday, weekOf: mondayThisWeek)
            return Resolution(deadline: inWeek >= saidOn ? inWeek : plain)
        case .next:
            let following = day(weekday, weekOf: mondayThisWeek.adding(days: 7))
            let chosen = policy.nextWeekday == .followingWeek ? following : plain
            let other = chosen == following ? plain : following
            guard other != chosen else { return Resolution(deadline: chosen) }
            let which = policy.nextWeekday == .followingWeek ? "next week's" : "the first to come"
            return Resolution(
                deadline: chosen, alternatives: [other],
                notes: [
                    "a next \(weekday.name) said on a \(saidOn.weekday.name) could be this week's or next week's: took \(which) (setting next-weekday: \(policy.nextWeekday.rawValue))"
                ])
        case .nextWeek:
            return Resolution(deadline: day(weekday, weekOf: mondayThisWeek.adding(days: 7)))
        case .weekAfterNext:
            return Resolution(deadline: day(weekday, weekOf: mondayThisWeek.adding(days: 14)))
        }
    }

    private func resolve(_ period: TimelineMeaning.Period, offset: Int, part: TimelineMeaning.Part) -> Resolution? {
        switch period {
        case .week:
            let monday = mondayThisWeek.adding(days: 7 * offset)
            let last = day(policy.weekEnds, weekOf: monday)
            let note = "a week ends on \(policy.weekEnds.name)"
            if part == .end {
                let end = last < saidOn ? day(policy.weekEnds, weekOf: monday.adding(days: 7)) : last
                return Resolution(deadline: end, notes: [note])
            }
            let (from, to): (Day, Day)
            switch part {
            case .whole, .end: (from, to) = (monday, last)
            case .early, .firstHalf: (from, to) = (monday, monday.adding(days: 1))
            case .middle: (from, to) = (monday.adding(days: 1), monday.adding(days: 3))
            case .late, .secondHalf: (from, to) = (monday.adding(days: 3), last)
            }
            guard to >= saidOn else { return nil }
            let start = offset == 0 ? max(from, min(saidOn.adding(days: 1), to)) : from
            return Resolution(deadline: to, range: range(start, to), notes: part == .whole ? [note] : [])
        case .month:
            let (y, m, _) = saidOn.parts
            let index = y * 12 + (m - 1) + offset
            return resolve(month: index % 12 + 1, year: index / 12, part: part)
        case .year:
            let year = saidOn.year + offset
            return Resolution(deadline: lastBusinessDay(year: year, month: 12), notes: ["the year's last business day"])
        case .quarter:
            return resolve(.quarter(number: nil, offset: offset))
        }
    }

    private func resolve(month: Int, year: Int, part: TimelineMeaning.Part) -> Resolution? {
        let last = Day.daysIn(month: month, year: year)
        let (from, to): (Int, Int)
        var notes: [String] = []
        switch part {
        case .whole: (from, to) = (1, last)
        case .early: (from, to) = (1, 10)
        case .middle:
            (from, to) = (11, 15)
            notes.append("the middle of a month: by the 15th")
        case .late: (from, to) = (21, last)
        case .end:
            let end = lastBusinessDay(year: year, month: month)
            return Resolution(deadline: end, notes: ["the month's last business day"])
        case .firstHalf: (from, to) = (1, 15)
        case .secondHalf: (from, to) = (16, last)
        }
        let end = calendar.businessDay(onOrBefore: Day(year: year, month: month, day: to)!)
        guard end >= saidOn else { return nil }
        let start = max(Day(year: year, month: month, day: from)!, saidOn)
        return Resolution(deadline: end, range: range(start, end), notes: notes)
    }

    /// The next time a holiday comes (its last day, for a season), from the day said.
    func nextDay(of holiday: HolidayName) -> (first: Day, last: Day)? {
        let y = saidOn.year
        func upcoming(_ date: (Int) -> Day?, lasting days: Int = 0) -> (Day, Day)? {
            for year in [y - 1, y, y + 1] {
                guard let day = date(year), day.adding(days: days) >= saidOn else { continue }
                return (day, day.adding(days: days))
            }
            return nil
        }
        switch holiday {
        case .christmas: return upcoming { Day(year: $0, month: 12, day: 25) }
        case .newYear: return upcoming { Day(year: $0, month: 1, day: 1) }
        // The season runs from Christmas Eve to New Year's Day.
        case .yearEnd: return upcoming({ Day(year: $0, month: 12, day: 24) }, lasting: 8)
        case .easter: return upcoming { Day.easter($0) }
        // Carnival Monday and Tuesday, before Ash Wednesday.
        case .carnival: return upcoming({ Day.easter($0).adding(days: -48) }, lasting: 1)
        case .thanksgiving: return upcoming { DateRule.nth(4, .thursday, month: 11).days(in: $0).first }
        case .memorialDay: return upcoming { DateRule.nth(-1, .monday, month: 5).days(in: $0).first }
        case .laborDay: return upcoming { DateRule.nth(1, .monday, month: 9).days(in: $0).first }
        case .independenceDay: return upcoming { Day(year: $0, month: 7, day: 4) }
        case .tiradentes: return upcoming { Day(year: $0, month: 4, day: 21) }
        case .corpusChristi: return upcoming { Day.easter($0).adding(days: 60) }
        case .nextPublicHoliday:
            guard let day = calendar.holidays.filter({ $0 >= saidOn && calendar.weekend.contains($0.weekday) == false }).min() else { return nil }
            var last = day
            while calendar.holidays.contains(last.adding(days: 1)) { last = last.adding(days: 1) }
            return (day, last)
        }
    }

    private func resolve(holiday: HolidayName, after: Bool, plus: TimelineMeaning.Amount?) -> Resolution? {
        guard let (first, last) = nextDay(of: holiday) else { return nil }
        let name = holiday == .nextPublicHoliday ? "the next public holiday (\(DateText.long(first)))" : holiday.rawValue
        if !after {
            return Resolution(deadline: calendar.businessDay(onOrBefore: first.adding(days: -1)), notes: ["the last working day before \(name)"])
        }
        let back = calendar.nextBusinessDay(after: last)
        guard let plus else { return Resolution(deadline: back, notes: ["the first working day after \(name)"]) }
        var counted = count(plus, from: back)
        counted.notes.append("counted from the first working day after \(name), \(DateText.long(back))")
        return counted
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }
}
