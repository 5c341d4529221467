/// Which days are working days for the person receiving a message.
///
/// The policy counts "business days" for every window, so the calendar is a value handed in:
/// weekends and a set of holidays for the recruiter's region. Arithmetic works on day numbers,
/// never on `Foundation.Calendar`, and holidays sit in a bit set, so a step costs a shift and a
/// mask rather than a hash lookup.
public struct BusinessCalendar: Sendable, Equatable {
    /// Days of the week that are never business days.
    public var weekend: Set<Weekday> { storage.weekend }
    /// Non-business days besides weekends (public holidays of the recruiter's region).
    public var holidays: Set<Day> { storage.holidays }
    /// A one-line name shown beside advice so a reader knows which holidays were counted.
    public var name: String { storage.name }

    /// Everything in one shared, immutable box: the policy copies a calendar for every process, on
    /// both cores at once, and one count to change is cheaper than four.
    private final class Storage: Sendable {
        let weekend: Set<Weekday>
        let holidays: Set<Day>
        let name: String
        let weekendMask: UInt8
        let workingDaysPerWeek: Int
        /// Bit `n - firstHoliday` is set when day number `n` is a holiday.
        let holidayBits: [UInt64]
        let firstHoliday: Int

        init(weekend: Set<Weekday>, holidays: Set<Day>, name: String) {
            self.weekend = weekend
            self.holidays = holidays
            self.name = name
            self.weekendMask = weekend.reduce(0) { $0 | (1 << UInt8($1.rawValue)) }
            self.workingDaysPerWeek = 7 - weekend.count
            let numbers = holidays.map(\.number)
            let first = numbers.min() ?? 0
            var bits = [UInt64](repeating: 0, count: numbers.isEmpty ? 0 : ((numbers.max()! - first) >> 6) + 1)
            for number in numbers { bits[(number - first) >> 6] |= 1 << UInt64((number - first) & 63) }
            self.holidayBits = bits
            self.firstHoliday = first
        }
    }

    private let storage: Storage

    /// A calendar with a weekend and a holiday set; defaults to Saturday–Sunday and no holidays.
    public init(weekend: Set<Weekday> = [.saturday, .sunday], holidays: Set<Day> = [], name: String = "weekends only") {
        storage = Storage(weekend: weekend, holidays: holidays, name: name)
    }

    /// Weekends only: the calendar used when a process has no region.
    public static let weekendsOnly = BusinessCalendar()

    /// Whether people are expected to be at work on a day.
    @inline(__always)
    public func isBusinessDay(_ day: Day) -> Bool {
        let storage = self.storage
        let weekday = ((day.number % 7) + 11) % 7
        if storage.weekendMask & (1 << UInt8(weekday)) != 0 { return false }
        let offset = day.number &- storage.firstHoliday
        guard offset >= 0, offset >> 6 < storage.holidayBits.count else { return true }
        return storage.holidayBits[offset >> 6] & (1 << UInt64(offset & 63)) == 0
    }

    /// The `count`-th business day after `day` (count 1 is the next business day; 0 is the day
    /// itself); a negative count goes back.
    public func adding(businessDays count: Int, to day: Day) -> Day {
        precondition(storage.weekendMask != 0x7F, "a calendar needs at least one working weekday")
        var current = day
        var remaining = abs(count)
        let step = count >= 0 ? 1 : -1
        // Whole weeks at a time while no holiday can be in the way, then day by day.
        let perWeek = storage.workingDaysPerWeek
        if remaining > perWeek {
            let weeks = (remaining - 1) / perWeek
            let jumped = current.adding(days: step * weeks * 7)
            // The days stepped over: after `current` up to `jumped` going forward, from `jumped` up
            // to the day before `current` going back.
            let clear =
                step > 0
                ? !hasHoliday(after: current, through: jumped) : !hasHoliday(after: jumped.adding(days: -1), through: current.adding(days: -1))
            if clear {
                current = jumped
                remaining -= weeks * perWeek
            }
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

    /// The last business day on or before `day` ("by the end of the month" on a Saturday 31st).
    public func businessDay(onOrBefore day: Day) -> Day {
        var current = day
        while !isBusinessDay(current) { current = current.adding(days: -1) }
        return current
    }

    /// The first business day strictly after `day` ("the next business day").
    public func nextBusinessDay(after day: Day) -> Day {
        adding(businessDays: 1, to: day)
    }

    /// "The first and second business day after" a day, as a window a person can act in.
    public func firstAndSecondBusinessDays(after day: Day) -> (first: Day, second: Day) {
        let first = adding(businessDays: 1, to: day)
        return (first, adding(businessDays: 1, to: first))
    }

    /// Business days strictly after `start` up to and including `end` (0 when `end` is not later).
    public func businessDays(from start: Day, to end: Day) -> Int {
        guard end > start else { return 0 }
        let span = end.number - start.number
        let perWeek = storage.workingDaysPerWeek
        var count = (span / 7) * perWeek
        var current = start.adding(days: (span / 7) * 7)
        if hasHoliday(after: start, through: current) {
            count = 0
            current = start
        }
        while current < end {
            current = current.adding(days: 1)
            if isBusinessDay(current) { count += 1 }
        }
        return count
    }

    /// Whether any holiday lies strictly after `start` and up to and including `end`.
    private func hasHoliday(after start: Day, through end: Day) -> Bool {
        let holidayBits = storage.holidayBits
        let firstHoliday = storage.firstHoliday
        guard !holidayBits.isEmpty else { return false }
        let low = start.number + 1
        let high = end.number
        let last = firstHoliday + holidayBits.count * 64 - 1
        if high < firstHoliday || low > last { return false }
        var number = max(low, firstHoliday)
        let end = min(high, last)
        while number <= end {
            let offset = number - firstHoliday
            let word = holidayBits[offset >> 6] >> UInt64(offset & 63)
            let take = min(64 - (offset & 63), end - number + 1)
            let mask: UInt64 = take == 64 ? ~0 : (1 << UInt64(take)) - 1
            if word & mask != 0 { return true }
            number += take
        }
        return false
    }

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.weekend == rhs.weekend && lhs.holidays == rhs.holidays && lhs.name == rhs.name
    }
}
