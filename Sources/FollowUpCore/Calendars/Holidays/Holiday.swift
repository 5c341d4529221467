/// Whether a holiday closes offices everywhere in its region or only by choice.
public enum HolidayCategory: String, Sendable, Codable, CaseIterable {
    /// A statutory public holiday: nobody is expected at work.
    case `public`
    /// Widely taken but not statutory (Brazil's Carnival); a setting decides whether it counts.
    case optional
}

/// One day off with its name, as `followup holidays` prints it.
public struct Holiday: Sendable, Hashable, Codable {
    public var day: Day
    public var name: String
    public var category: HolidayCategory

    public init(day: Day, name: String, category: HolidayCategory = .public) {
        self.day = day
        self.name = name
        self.category = category
    }

    enum CodingKeys: String, CodingKey {
        case day = "date"
        case name, category
    }
}

/// The holiday rules of one country or subdivision.
///
/// A region is a value built from rules, so a calendar for any year is computed on demand
/// and the same definitions serve the command line, the agenda and the oracle tests.
public struct HolidayRegion: Sendable {
    /// ISO 3166 code: a country (`BR`) or a subdivision (`BR-SP`).
    public let code: String
    /// A name a person recognises ("Scotland", "São Paulo").
    public let name: String
    /// Years whose holidays are known; outside them lunar tables or decrees have no data.
    public let knownYears: ClosedRange<Int>
    let rules: [HolidayRule]

    init(_ code: String, _ name: String, knownYears: ClosedRange<Int> = 1900...2200, rules: [HolidayRule]) {
        self.code = code
        self.name = name
        self.knownYears = knownYears
        self.rules = rules
    }

    /// The region's holidays dated in `year`, in date order; observed days included.
    public func holidays(in year: Int) throws(FollowUpError) -> [Holiday] {
        guard knownYears.contains(year) else {
            throw FollowUpError.holidaysNotKnown(region: code, year: year, known: knownYears)
        }
        var seen = Set<Holiday>()
        var result: [Holiday] = []
        for source in (year - 1)...(year + 1) where knownYears.contains(source) {
            for holiday in evaluate(source) where holiday.day.year == year && seen.insert(holiday).inserted {
                result.append(holiday)
            }
        }
        return result.sorted { ($0.day, $0.category == .public ? 0 : 1) < ($1.day, $1.category == .public ? 0 : 1) }
    }

    /// The holidays one year's rules produce, some of which may fall in a neighbouring year
    /// (a Saturday 1 January observed on Friday 31 December).
    func evaluate(_ year: Int) -> [Holiday] {
        var list: [Holiday] = []
        for rule in rules where rule.applies(in: year) {
            for day in rule.date.days(in: year) {
                let actual = Holiday(day: day, name: rule.name, category: rule.category)
                guard let (step, moves) = rule.observance(in: year)?.step(on: day.weekday) else {
                    list.append(actual)
                    continue
                }
                switch step {
                case .drop:
                    continue
                case .days(let count):
                    if !moves { list.append(actual) }
                    let name = moves ? rule.name : rule.name + " (observed)"
                    list.append(Holiday(day: day.adding(days: count), name: name, category: rule.category))
                }
            }
        }
        return list
    }

    /// The business calendar for some years: weekends plus these holidays (optional ones when asked).
    ///
    /// Years outside `knownYears` are left out rather than failing, so an agenda near the edge of
    /// a lunar table still works; `holidays(in:)` is where a person is told about the gap.
    /// The calendar an adapter needs around today: last year (for looking back) to two years
    /// ahead (for deadlines and waits).
    public func businessCalendar(around year: Int, countingOptional: Bool = true) -> BusinessCalendar {
        businessCalendar(years: (year - 1)...(year + 2), countingOptional: countingOptional)
    }

    public func businessCalendar(years: ClosedRange<Int>, countingOptional: Bool = true) -> BusinessCalendar {
        // Each year's rules once, from the year before to the year after (observed days cross
        // New Year), keeping the days inside the range.
        var days = Set<Day>()
        for source in (years.lowerBound - 1)...(years.upperBound + 1) where knownYears.contains(source) {
            for holiday in evaluate(source)
            where years.contains(holiday.day.year) && knownYears.contains(holiday.day.year) && (holiday.category == .public || countingOptional) {
                days.insert(holiday.day)
            }
        }
        return BusinessCalendar(holidays: days, name: "\(name) (\(code)) public holidays")
    }
}
