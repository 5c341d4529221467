/// How a holiday's date is found in a given year.
///
/// Holidays are defined by rule rather than listed, so a calendar works for any year its rules
/// cover; only holidays that follow a lunar calendar come from dated tables.
public enum DateRule: Sendable {
    /// The same month and day every year (1 May).
    case fixed(month: Int, day: Int)
    /// The `n`-th weekday of a month; `n` below zero counts from the end (-1 is the last).
    case nth(Int, Weekday, month: Int)
    /// The nearest given weekday on or before a date (Victoria Day: the Monday on or before 24 May).
    case onOrBefore(Weekday, month: Int, day: Int)
    /// The nearest given weekday on or after a date (Melbourne Cup: the Tuesday on or after 1 November).
    case onOrAfter(Weekday, month: Int, day: Int)
    /// Days after (or before, when negative) Western Easter Sunday.
    case easter(Int)
    /// Another rule's date shifted by a number of days (Friday before the first Saturday in a month).
    indirect case shifted(DateRule, days: Int)
    /// Dates listed per year, for holidays that follow a lunar calendar or are decreed each year.
    case table([Int: [Day]])
    /// A rule with exceptions for particular years (a bank holiday moved for a jubilee).
    indirect case except([Int: Day], otherwise: DateRule)

    /// The dates of this rule in `year` (several for a table that lists more than one).
    func days(in year: Int) -> [Day] {
        switch self {
        case .fixed(let month, let day):
            return Day(year: year, month: month, day: day).map { [$0] } ?? []
        case .nth(let n, let weekday, let month):
            if n > 0 {
                let first = Day(year: year, month: month, day: 1)!
                let day = first.adding(days: (weekday.rawValue - first.weekday.rawValue + 7) % 7 + (n - 1) * 7)
                return day.month == month ? [day] : []
            }
            let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
            return [last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7) + (n + 1) * 7)]
        case .onOrBefore(let weekday, let month, let day):
            let anchor = Day(year: year, month: month, day: day)!
            return [anchor.adding(days: -((anchor.weekday.rawValue - weekday.rawValue + 7) % 7))]
        case .onOrAfter(let weekday, let month, let day):
            let anchor = Day(year: year, month: month, day: day)!
            return [anchor.adding(days: (weekday.rawValue - anchor.weekday.rawValue + 7) % 7)]
        case .easter(let offset):
            return [Day.easter(year).adding(days: offset)]
        case .shifted(let rule, let days):
            return rule.days(in: year).map { $0.adding(days: days) }
        case .table(let dates):
            return dates[year] ?? []
        case .except(let exceptions, let otherwise):
            return exceptions[year].map { [$0] } ?? otherwise.days(in: year)
        }
    }
}

/// Where a holiday goes when it falls on a day off, by weekday of the actual date.
///
/// Countries differ: the US moves Saturday holidays to Friday, the UK gives the next Monday,
/// Spain drops a national holiday that falls on Sunday and lets the regions decide.
public struct Shift: Sendable {
    /// What happens on one weekday.
    public enum Step: Sendable {
        /// Move a fixed number of days, even onto another holiday.
        case days(Int)
        /// The holiday is not kept at all that year.
        case drop
    }

    /// Steps indexed by `Weekday.rawValue`; `nil` leaves the holiday where it is.
    var steps: [Step?]

    public init(_ steps: [Weekday: Step]) {
        var table = [Step?](repeating: nil, count: 7)
        for (weekday, step) in steps { table[weekday.rawValue] = step }
        self.steps = table
    }

    /// Both tables apply; where both name a weekday the right-hand one wins.
    public static func + (lhs: Shift, rhs: Shift) -> Shift {
        var result = lhs
        for index in 0..<7 where rhs.steps[index] != nil { result.steps[index] = rhs.steps[index] }
        return result
    }

    public static let satToFriSunToMon = Shift([.saturday: .days(-1), .sunday: .days(1)])
    public static let satSunToMon = Shift([.saturday: .days(2), .sunday: .days(1)])
    /// For two consecutive holidays (Christmas and Boxing Day): Saturday and Sunday both move two days.
    public static let satSunToMonTue = Shift([.saturday: .days(2), .sunday: .days(2)])
    public static let sunToMon = Shift([.sunday: .days(1)])
    public static let sunToTue = Shift([.sunday: .days(2)])
    public static let monToTue = Shift([.monday: .days(1)])
    public static let dropOnSunday = Shift([.sunday: .drop])
}

/// One holiday of a region: its name, how its date is found, and in which years it applies.
public struct HolidayRule: Sendable {
    /// What a shifted holiday does to its actual date.
    public enum Observance: Sendable {
        /// The actual date stays a holiday and the shifted day is added ("Christmas Day (observed)").
        case alsoObserved(Shift)
        /// The holiday moves: only the shifted day is a holiday, under the same name.
        case moved(Shift)
        /// Moved on some weekdays and also observed on others (South Australia 2004–2023).
        case movedOrObserved(moved: Shift, observed: Shift)

        /// Where the holiday goes from a weekday, and whether it leaves its actual date.
        func step(on weekday: Weekday) -> (step: Shift.Step, moves: Bool)? {
            switch self {
            case .alsoObserved(let shift): return shift.steps[weekday.rawValue].map { ($0, false) }
            case .moved(let shift): return shift.steps[weekday.rawValue].map { ($0, true) }
            case .movedOrObserved(let moved, let observed):
                return moved.steps[weekday.rawValue].map { ($0, true) } ?? observed.steps[weekday.rawValue].map { ($0, false) }
            }
        }
    }

    /// The name people know it by, as `followup holidays` prints it.
    public var name: String
    public var date: DateRule
    /// Years the holiday exists in: laws add and retire holidays.
    public var years: ClosedRange<Int>
    /// Years inside the range when it was suspended (Portugal 2013–2015).
    public var skippedYears: Set<Int>
    /// A condition on the year beyond its range (Madrid adds Saint Joseph only when another holiday falls on a Sunday).
    public var onlyIf: (@Sendable (Int) -> Bool)?
    /// Public unless offices close only by custom (Carnival).
    public var category: HolidayCategory
    /// How the holiday leaves a weekend, by years (the law often changed); the first match applies.
    public var observances: [(years: ClosedRange<Int>, observance: Observance)]

    public init(
        _ name: String, _ date: DateRule, years: ClosedRange<Int> = Int.min...Int.max, skipping skippedYears: Set<Int> = [],
        category: HolidayCategory = .public, observance: Observance? = nil, observanceYears: ClosedRange<Int> = Int.min...Int.max,
        observances: [(years: ClosedRange<Int>, observance: Observance)] = [], onlyIf: (@Sendable (Int) -> Bool)? = nil
    ) {
        self.onlyIf = onlyIf
        self.name = name
        self.date = date
        self.years = years
        self.skippedYears = skippedYears
        self.category = category
        self.observances = (observance.map { [(observanceYears, $0)] } ?? []) + observances
    }

    /// The same holiday leaving the weekend another way, in every year (a state's own rule for a
    /// federal holiday, a community's for a national one); a holiday that never moves stays as it is.
    public func observed(_ observance: Observance) -> HolidayRule {
        guard !observances.isEmpty else { return self }
        var other = self
        other.observances = [(Int.min...Int.max, observance)]
        return other
    }

    /// A one-off holiday (a royal funeral, a jubilee).
    public static func once(_ name: String, _ year: Int, _ month: Int, _ day: Int, category: HolidayCategory = .public) -> HolidayRule {
        HolidayRule(name, .fixed(month: month, day: day), years: year...year, category: category)
    }

    func observance(in year: Int) -> Observance? {
        observances.first { $0.years.contains(year) }?.observance
    }

    func applies(in year: Int) -> Bool {
        years.contains(year) && !skippedYears.contains(year) && (onlyIf?(year) ?? true)
    }
}

extension Day {
    /// Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm.
    public static func easter(_ year: Int) -> Day {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }
}
