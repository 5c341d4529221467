// Australia's states and territories: each sets its own holidays and its own rules for moving
// them off weekends, and most changed those rules at least once since 2000.

extension HolidayRegion {
    static let australianStates: [HolidayRegion] = {
        let ever = Int.min...Int.max
        func since(_ year: Int) -> ClosedRange<Int> { year...Int.max }
        func until(_ year: Int) -> ClosedRange<Int> { Int.min...year }
        func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
        let satToMon = Shift([.saturday: .days(2)])
        let boxing = Shift.satSunToMonTue + .monToTue
        func fixed(
            _ name: String, _ month: Int, _ dayOfMonth: Int, years: ClosedRange<Int> = ever,
            _ observances: [(years: ClosedRange<Int>, observance: HolidayRule.Observance)] = []
        ) -> HolidayRule {
            HolidayRule(name, .fixed(month: month, day: dayOfMonth), years: years, observances: observances)
        }
        let shared: [HolidayRule] = [
            HolidayRule("Good Friday", .easter(-2)), HolidayRule("Easter Monday", .easter(1)),
            .once("National Day of Mourning for Queen Elizabeth II", 2022, 9, 22),
        ]
        let easterSaturday = HolidayRule("Easter Saturday", .easter(-1))
        func easterSunday(since year: Int) -> HolidayRule { HolidayRule("Easter Sunday", .easter(0), years: since(year)) }
        let juneBirthday = HolidayRule("Sovereign's Birthday", .nth(2, .monday, month: 6))
        let states: [(String, String, [HolidayRule])] = [
            (
                "ACT", "Australian Capital Territory",
                [
                    fixed("New Year's Day", 1, 1, [(since(2015), .alsoObserved(.satSunToMon)), (ever, .moved(.satSunToMon))]),
                    fixed("Australia Day", 1, 26, [(ever, .moved(.satSunToMon))]),
                    HolidayRule("Canberra Day", .except([2012: day(2012, 3, 12)], otherwise: .nth(2, .monday, month: 3)), years: since(2008)),
                    HolidayRule("Canberra Day", .nth(3, .monday, month: 3), years: until(2007)),
                    fixed("ANZAC Day", 4, 25, [(2026...2026, .alsoObserved(.satSunToMon)), (ever, .moved(.sunToMon))]),
                    easterSaturday, easterSunday(since: 2016),
                    HolidayRule("Reconciliation Day", .onOrAfter(.monday, month: 5, day: 27), years: since(2018)),
                    juneBirthday,
                    HolidayRule(
                        "Family & Community Day",
                        .table([
                            2010: [day(2010, 9, 26)], 2011: [day(2011, 10, 10)], 2012: [day(2012, 10, 8)], 2013: [day(2013, 9, 30)],
                            2014: [day(2014, 9, 29)], 2015: [day(2015, 9, 28)], 2016: [day(2016, 9, 26)], 2017: [day(2017, 9, 25)],
                        ])),
                    HolidayRule("Labour Day", .nth(1, .monday, month: 10)),
                    fixed("Boxing Day", 12, 26, [(since(2014), .alsoObserved(.satSunToMonTue)), (ever, .moved(boxing))]),
                    fixed("Christmas Day", 12, 25, [(since(2014), .alsoObserved(.satSunToMonTue)), (ever, .moved(.satSunToMon))]),
                    .once("Declared Public Holiday", 2020, 4, 27), .once("Additional Public Holiday", 2021, 4, 25),
                ]
            ),
            (
                "NSW", "New South Wales",
                [
                    fixed("New Year's Day", 1, 1, [(since(2011), .alsoObserved(.satSunToMon)), (ever, .alsoObserved(.sunToMon))]),
                    fixed("Australia Day", 1, 26, [(since(2011), .moved(.satSunToMon)), (ever, .alsoObserved(.sunToMon))]),
                    easterSaturday, easterSunday(since: 2011),
                    fixed("ANZAC Day", 4, 25, [(until(2010), .alsoObserved(.sunToMon)), (2026...2027, .alsoObserved(.satSunToMon))]),
                    HolidayRule("Labour Day", .nth(1, .monday, month: 10)), juneBirthday,
                    HolidayRule("Bank Holiday", .nth(1, .monday, month: 8), years: until(2010)),
                    fixed("Christmas Day", 12, 25, [(since(2011), .alsoObserved(.satSunToMonTue)), (ever, .alsoObserved(.sunToTue))]),
                    fixed("Boxing Day", 12, 26, [(since(2011), .alsoObserved(.satSunToMonTue)), (ever, .alsoObserved(.sunToMon))]),
                ]
            ),
            (
                "NT", "Northern Territory",
                [
                    fixed("New Year's Day", 1, 1, [(since(2017), .alsoObserved(.satSunToMon)), (ever, .moved(.satSunToMon))]),
                    fixed("Australia Day", 1, 26, [(ever, .moved(.satSunToMon))]),
                    fixed("ANZAC Day", 4, 25, [(ever, .moved(.sunToMon))]),
                    easterSaturday, easterSunday(since: 2024),
                    HolidayRule("May Day", .nth(1, .monday, month: 5)), juneBirthday, HolidayRule("Picnic Day", .nth(1, .monday, month: 8)),
                    fixed("Boxing Day", 12, 26, [(since(2023), .alsoObserved(boxing)), (ever, .moved(boxing))]),
                    fixed("Christmas Day", 12, 25, [(since(2016), .alsoObserved(.satSunToMon)), (ever, .moved(.satSunToMon))]),
                ]
            ),
            (
                "QLD", "Queensland",
                [
                    fixed("New Year's Day", 1, 1, [(since(2012), .alsoObserved(.satSunToMon)), (ever, .moved(.sunToMon))]),
                    fixed("Australia Day", 1, 26, [(ever, .moved(.satSunToMon))]),
                    fixed("ANZAC Day", 4, 25, [(ever, .moved(.sunToMon))]),
                    easterSaturday, easterSunday(since: 2017),
                    HolidayRule("Labour Day", .nth(1, .monday, month: 10), years: 2013...2015),
                    HolidayRule("Labour Day", .nth(1, .monday, month: 5), skipping: [2013, 2014, 2015]),
                    HolidayRule("Sovereign's Birthday", .nth(2, .monday, month: 6), years: until(2015), skipping: [2012]),
                    HolidayRule("Sovereign's Birthday", .nth(1, .monday, month: 10), years: since(2016)),
                    HolidayRule("Sovereign's Birthday", .nth(1, .monday, month: 10), years: 2012...2012),
                    HolidayRule(
                        "The Royal Queensland Show",
                        .except([2020: day(2020, 8, 14), 2021: day(2021, 10, 29)], otherwise: .onOrAfter(.wednesday, month: 8, day: 10))),
                    fixed("Boxing Day", 12, 26, [(since(2011), .alsoObserved(.satSunToMonTue)), (ever, .moved(.sunToMon + .monToTue))]),
                    fixed("Christmas Day", 12, 25, [(since(2011), .alsoObserved(.satSunToMonTue)), (ever, .moved(.sunToMon))]),
                    .once("Queen's Diamond Jubilee", 2012, 6, 11), .once("Christmas Day (observed)", 2010, 12, 28),
                    .once("New Year's Day (observed)", 2011, 1, 3),
                ]
            ),
            (
                "SA", "South Australia",
                [
                    fixed(
                        "New Year's Day", 1, 1,
                        [
                            (since(2024), .alsoObserved(.satSunToMon)), (2004...2023, .movedOrObserved(moved: satToMon, observed: .sunToMon)),
                            (ever, .moved(.satSunToMon)),
                        ]),
                    fixed(
                        "Australia Day", 1, 26,
                        [(2004...2023, .movedOrObserved(moved: satToMon, observed: .sunToMon)), (ever, .moved(.satSunToMon))]),
                    HolidayRule("Adelaide Cup Day", .nth(2, .monday, month: 3), years: since(2006)),
                    HolidayRule("Adelaide Cup Day", .nth(3, .monday, month: 5), years: until(2005)),
                    easterSaturday, easterSunday(since: 2024),
                    fixed("ANZAC Day", 4, 25, [(until(2023), .alsoObserved(.sunToMon))]),
                    juneBirthday, HolidayRule("Labour Day", .nth(1, .monday, month: 10)),
                    fixed(
                        "Proclamation Day", 12, 26,
                        [
                            (since(2024), .alsoObserved(boxing)), (2003...2023, .movedOrObserved(moved: satToMon, observed: .sunToTue + .monToTue)),
                            (ever, .moved(boxing)),
                        ]),
                    fixed(
                        "Christmas Day", 12, 25,
                        [
                            (since(2024), .alsoObserved(.satSunToMon)), (2003...2023, .movedOrObserved(moved: satToMon, observed: .sunToMon)),
                            (ever, .moved(.satSunToMon)),
                        ]),
                ]
            ),
            (
                "TAS", "Tasmania",
                [
                    fixed("New Year's Day", 1, 1, [(since(2001), .moved(.satSunToMon))]),
                    fixed("Australia Day", 1, 26, [(since(2001), .moved(.satSunToMon))]),
                    HolidayRule("Eight Hours Day", .nth(2, .monday, month: 3), years: since(2001)),
                    HolidayRule("Eight Hours Day", .nth(1, .monday, month: 3), years: until(2000)),
                    easterSunday(since: 2027), HolidayRule("Easter Tuesday", .easter(2), years: until(2010)),
                    fixed("ANZAC Day", 4, 25), juneBirthday,
                    fixed("Christmas Day", 12, 25, [(since(2010), .alsoObserved(.satSunToMonTue)), (ever, .moved(.satSunToMonTue))]),
                    fixed("Boxing Day", 12, 26, [(ever, .moved(.satSunToMonTue))]),
                ]
            ),
            (
                "VIC", "Victoria",
                [
                    fixed("New Year's Day", 1, 1, [(since(2009), .alsoObserved(.satSunToMon)), (ever, .moved(.sunToMon))]),
                    fixed("Australia Day", 1, 26, [(since(2009), .moved(.satSunToMon))]),
                    HolidayRule("Labour Day", .nth(2, .monday, month: 3)),
                    HolidayRule("Easter Saturday", .easter(-1), years: since(2003)), easterSunday(since: 2016),
                    fixed("ANZAC Day", 4, 25), juneBirthday,
                    HolidayRule(
                        "Friday before the AFL Grand Final",
                        .except(
                            [2015: day(2015, 10, 2), 2016: day(2016, 9, 30), 2020: day(2020, 10, 23)],
                            otherwise: .shifted(.nth(-1, .saturday, month: 9), days: -1)), years: since(2015)),
                    HolidayRule("Melbourne Cup Day", .nth(1, .tuesday, month: 11), years: since(2009)),
                    fixed("Christmas Day", 12, 25, [(since(2019), .alsoObserved(.satSunToMonTue)), (since(2008), .moved(.satSunToMonTue))]),
                    fixed("Boxing Day", 12, 26, [(since(2008), .alsoObserved(.satSunToMonTue)), (ever, .moved(.sunToMon))]),
                ]
            ),
            (
                "WA", "Western Australia",
                [
                    fixed("New Year's Day", 1, 1, [(ever, .alsoObserved(.satSunToMon))]),
                    fixed("Australia Day", 1, 26, [(ever, .moved(.satSunToMon))]),
                    HolidayRule("Labour Day", .nth(1, .monday, month: 3)), easterSunday(since: 2022),
                    fixed("ANZAC Day", 4, 25, [(ever, .alsoObserved(.satSunToMon))]),
                    HolidayRule("Western Australia Day", .nth(1, .monday, month: 6)),
                    HolidayRule(
                        "Sovereign's Birthday",
                        .except([2011: day(2011, 10, 28), 2012: day(2012, 10, 1), 2024: day(2024, 9, 23)], otherwise: .nth(-1, .monday, month: 9))),
                    fixed("Boxing Day", 12, 26, [(ever, .alsoObserved(boxing))]),
                    fixed("Christmas Day", 12, 25, [(ever, .alsoObserved(.satSunToMon))]),
                    .once("Special Public Holiday", 2011, 4, 26),
                ]
            ),
        ]
        return states.map { code, name, rules in HolidayRegion("AU-" + code, name, rules: shared + rules) }
    }()
}
