/// Which days are working days for the person receiving a message.
///
/// The policy counts "business days" for every window, so the calendar is a value handed in:
/// weekends and a set of holidays for the recruiter's region. Arithmetic works on day numbers,
/// never on `Foundation.Calendar`, so it costs a few integer operations per step.
public struct BusinessCalendar: Sendable, Equatable {
    /// Days of the week that are never business days.
    public var weekend: Set<Weekday>
    /// Non-business days besides weekends (public holidays of the recruiter's region).
    public var holidays: Set<Day>
    /// A one-line name shown beside advice so a reader knows which holidays were counted.
    public var name: String

    private let weekendMask: UInt8

    /// A calendar with a weekend and a holiday set; defaults to Saturday–Sunday and no holidays.
    public init(weekend: Set<Weekday> = [.saturday, .sunday], holidays: Set<Day> = [], name: String = "weekends only") {
        self.weekend = weekend
        self.holidays = holidays
        self.name = name
        self.weekendMask = weekend.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
    }

    /// Weekends only: the calendar used until a region's holidays are known.
    public static let weekendsOnly = BusinessCalendar()

    /// Whether people are expected to be at work on a day.
    public func isBusinessDay(_ day: Day) -> Bool {
        let weekday = ((day.number % 7) + 7 + 4) % 7
        if weekendMask & (1 << UInt8(weekday)) != 0 { return false }
        return holidays.isEmpty || !holidays.contains(day)
    }

    /// The `count`-th business day after `day` (count 1 is the next business day; 0 is the day itself).
    public func adding(businessDays count: Int, to day: Day) -> Day {
        precondition(weekendMask != 0x7F, "a calendar needs at least one working weekday")
        var current = day
        var remaining = count
        let step = remaining >= 0 ? 1 : -1
        remaining = abs(remaining)
        // Whole weeks first when there are no holidays to look at, then day by day.
        if holidays.isEmpty && remaining > 7 {
            let perWeek = 7 - weekend.count
            let weeks = (remaining - 1) / perWeek
            current = current.adding(days: step * weeks * 7)
            remaining -= weeks * perWeek
        }
        while remaining > 0 {
            current = current.adding(days: step)
            if isBusinessDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The first business day on or after `day`.
    public func businessDay(onOrAfter day: Day) -> Day {
        var current = day
        while !isBusinessDay(current) { current = current.adding(days: 1) }
        return current
    }

    /// Business days strictly after `start` up to and including `end` (0 when `end` is not later).
    public func businessDays(from start: Day, to end: Day) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var current = start
        while current < end {
            current = current.adding(days: 1)
            if isBusinessDay(current) { count += 1 }
        }
        return count
    }

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.weekend == rhs.weekend && lhs.holidays == rhs.holidays && lhs.name == rhs.name
    }
}
