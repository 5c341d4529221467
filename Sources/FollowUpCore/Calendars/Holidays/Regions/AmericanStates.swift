// Holiday rules for more of the United States: each state is the federal list, less what the
// state does not keep, plus its own days. The oracle test compares each with python-holidays for
// 2000–2040.

extension HolidayRegion {
    /// The federal list as a state keeps it: some states drop Columbus Day or Washington's
    /// Birthday, and Massachusetts moves only Sunday holidays, to the Monday.
    static func federal(columbus: Bool = true, washington: Bool = true, observed: Shift = .satToFriSunToMon) -> [HolidayRule] {
        unitedStatesCore.compactMap { rule in
            if !columbus, rule.name == "Columbus Day" { return nil }
            if !washington, rule.name == "Washington's Birthday" { return nil }
            return rule.observed(.alsoObserved(observed))
        }
    }

    /// Tuesday after the first Monday of November, in even years from `first`.
    static func electionDay(evenYearsFrom first: Int) -> HolidayRule {
        HolidayRule(
            "Election Day", .shifted(.nth(1, .monday, month: 11), days: 1), years: first...Int.max,
            skipping: Set(stride(from: first + 1, through: 2200, by: 2)))
    }

    /// 20 January after a presidential election, and the 21st too when the 20th is a Sunday.
    static let inaugurationDay = HolidayRule(
        "Inauguration Day", .fixed(month: 1, day: 20), years: 1937...Int.max,
        skipping: Set((1937...2200).filter { ($0 - 1937) % 4 != 0 }), observance: .alsoObserved(.sunToMon))

    static let moreAmericanStates: [HolidayRegion] = {
        let observed = HolidayRule.Observance.alsoObserved(.satToFriSunToMon)
        let dayAfterThanksgiving = DateRule.shifted(.nth(4, .thursday, month: 11), days: 1)
        let goodFriday = HolidayRule("Good Friday", .easter(-2))
        let lincoln = HolidayRule("Lincoln's Birthday", .fixed(month: 2, day: 12), observance: observed)
        // Christmas Eve moves back a day, or two from a Sunday, to leave room for the observed
        // Christmas; New Year's Eve only leaves the weekend.
        let eveShift = HolidayRule.Observance.alsoObserved(Shift([.friday: .days(-1), .saturday: .days(-1), .sunday: .days(-2)]))
        let newYearsEve = { (since: Int) in HolidayRule("New Year's Eve", .fixed(month: 12, day: 31), years: since...Int.max, observance: observed) }
        // Georgia and Indiana keep Washington's Birthday beside Christmas instead of in February.
        let washingtonInDecember = HolidayRule(
            "Washington's Birthday", .fixed(month: 12, day: 24),
            observance: .moved(Shift([.wednesday: .days(2), .friday: .days(-1), .saturday: .days(-1), .sunday: .days(2)])))
        func state(_ code: String, _ name: String, _ rules: [HolidayRule]) -> HolidayRegion {
            HolidayRegion("US-" + code, name, rules: rules)
        }
        return [
            state(
                "AS", "American Samoa",
                federal() + [
                    HolidayRule("American Samoa Flag Day", .fixed(month: 4, day: 17), observance: observed),
                    HolidayRule("Manu'a Islands Cession Day", .fixed(month: 7, day: 16), observance: observed),
                    HolidayRule("White Sunday", .nth(2, .sunday, month: 10)),
                ]),
            state(
                "AK", "Alaska",
                federal() + [
                    HolidayRule("Seward's Day", .nth(-1, .monday, month: 3)),
                    HolidayRule("Alaska Day", .fixed(month: 10, day: 18), observance: observed),
                ]),
            state(
                "AL", "Alabama",
                federal() + [
                    HolidayRule("Confederate Memorial Day", .nth(4, .monday, month: 4)),
                    HolidayRule("Jefferson Davis Birthday", .nth(1, .monday, month: 6)),
                ]),
            state("AR", "Arkansas", federal(columbus: false)),
            state("AZ", "Arizona", federal()),
            state(
                "CO", "Colorado",
                federal(columbus: false) + [
                    HolidayRule("Cesar Chavez Day", .fixed(month: 3, day: 31), years: 2001...Int.max),
                    HolidayRule("Frances Xavier Cabrini Day", .nth(1, .monday, month: 10), years: 2020...Int.max),
                ]),
            state("CT", "Connecticut", federal() + [lincoln, goodFriday]),
            state(
                "DE", "Delaware",
                federal(columbus: false).filter { $0.name != "Washington's Birthday" }
                    + [
                        HolidayRule("Washington's Birthday", .nth(3, .monday, month: 2), years: 1900...2009), goodFriday,
                        HolidayRule("Day After Thanksgiving", dayAfterThanksgiving), electionDay(evenYearsFrom: 2008),
                    ]),
            state(
                "FL", "Florida",
                federal(columbus: false, washington: false) + [
                    HolidayRule("Susan B. Anthony Day", .fixed(month: 2, day: 15), years: 2011...Int.max),
                    HolidayRule("Friday After Thanksgiving", dayAfterThanksgiving),
                ]),
            state(
                "DC", "District of Columbia",
                federal() + [
                    inaugurationDay, HolidayRule("Emancipation Day", .fixed(month: 4, day: 16), years: 2005...Int.max, observance: observed),
                ]),
            state(
                "GA", "Georgia",
                federal(washington: false) + [
                    HolidayRule("Confederate Memorial Day", .nth(4, .monday, month: 4), years: 1900...2019),
                    HolidayRule("State Holiday", .easter(-2), years: 2020...Int.max),
                    HolidayRule("Robert E. Lee's Birthday", dayAfterThanksgiving), washingtonInDecember,
                ]),
            state(
                "GU", "Guam",
                federal(columbus: false) + [
                    HolidayRule("Guam Discovery Day", .nth(1, .monday, month: 3)), goodFriday,
                    HolidayRule("Liberation Day", .fixed(month: 7, day: 21)), HolidayRule("All Souls' Day", .fixed(month: 11, day: 2)),
                    HolidayRule("Lady of Camarin Day", .fixed(month: 12, day: 8)),
                ]),
            state(
                "HI", "Hawaii",
                federal(columbus: false) + [
                    HolidayRule("Prince Jonah Kuhio Kalanianaole Day", .fixed(month: 3, day: 26), observance: observed),
                    HolidayRule("Kamehameha Day", .fixed(month: 6, day: 11), observance: observed, observanceYears: 2011...Int.max),
                    HolidayRule("Statehood Day", .nth(3, .friday, month: 8)), electionDay(evenYearsFrom: 2008),
                ]),
            state("IA", "Iowa", federal(columbus: false) + [lincoln]),
            state("ID", "Idaho", federal()),
            state(
                "IL", "Illinois",
                federal() + [lincoln, HolidayRule("Casimir Pulaski Day", .nth(1, .monday, month: 3)), electionDay(evenYearsFrom: 2008)]),
            state(
                "IN", "Indiana",
                federal(washington: false) + [
                    goodFriday, washingtonInDecember, HolidayRule("Lincoln's Birthday", dayAfterThanksgiving, years: 2010...Int.max),
                    HolidayRule(
                        "Primary Election Day", .shifted(.nth(1, .monday, month: 5), days: 1), years: 2006...Int.max,
                        skipping: [2007, 2009, 2011, 2013]),
                    HolidayRule(
                        "Election Day", .shifted(.nth(1, .monday, month: 11), days: 1), years: 2008...Int.max, skipping: [2009, 2011, 2013]),
                ]),
            state(
                "KS", "Kansas",
                federal(columbus: false) + [HolidayRule("Christmas Eve", .fixed(month: 12, day: 24), years: 2013...Int.max, observance: eveShift)]),
            state(
                "KY", "Kentucky",
                federal(columbus: false) + [
                    goodFriday, newYearsEve(2013),
                ]),
            state(
                "LA", "Louisiana",
                federal(columbus: false) + [HolidayRule("Mardi Gras", .easter(-47)), goodFriday, electionDay(evenYearsFrom: 2008)]),
            state("MA", "Massachusetts", federal(observed: .sunToMon) + [HolidayRule("Patriots' Day", .nth(3, .monday, month: 4))]),
            state("ME", "Maine", federal() + [HolidayRule("Patriots' Day", .nth(3, .monday, month: 4))]),
            state(
                "MD", "Maryland",
                federal() + [inaugurationDay, HolidayRule("American Indian Heritage Day", dayAfterThanksgiving, years: 2008...Int.max)]),
            state(
                "MI", "Michigan",
                federal(columbus: false) + [
                    electionDay(evenYearsFrom: 2008),
                    HolidayRule("Christmas Eve", .fixed(month: 12, day: 24), years: 2013...Int.max, observance: eveShift),
                    newYearsEve(2013),
                    HolidayRule("Day After Thanksgiving", dayAfterThanksgiving, years: 2017...Int.max),
                ]),
            state("MN", "Minnesota", federal(columbus: false)),
            state("MO", "Missouri", federal() + [HolidayRule("Truman Day", .fixed(month: 5, day: 8), observance: observed)]),
            state(
                "MP", "Northern Mariana Islands",
                federal() + [
                    HolidayRule("Commonwealth Covenant Day", .fixed(month: 3, day: 24), observance: observed), goodFriday,
                    HolidayRule("Citizenship Day", .fixed(month: 11, day: 4), observance: observed),
                    HolidayRule("Constitution Day", .fixed(month: 12, day: 8), observance: observed), electionDay(evenYearsFrom: 2008),
                ]),
            state("MS", "Mississippi", federal(columbus: false) + [HolidayRule("Confederate Memorial Day", .nth(-1, .monday, month: 4))]),
            state("MT", "Montana", federal() + [electionDay(evenYearsFrom: 2008)]),
            state(
                "NC", "North Carolina",
                federal(columbus: false) + [
                    goodFriday, HolidayRule("Day After Thanksgiving", dayAfterThanksgiving),
                    HolidayRule("Christmas Eve", .fixed(month: 12, day: 24), years: 2013...Int.max, observance: eveShift),
                    HolidayRule(
                        "Day After Christmas", .fixed(month: 12, day: 26), years: 2013...Int.max,
                        observance: .alsoObserved(Shift([.saturday: .days(2), .sunday: .days(1), .monday: .days(1)]))),
                ]),
            state("ND", "North Dakota", federal(columbus: false)),
            state("NE", "Nebraska", federal() + [HolidayRule("Arbor Day", .nth(-1, .friday, month: 4))]),
            state(
                "NH", "New Hampshire",
                federal(columbus: false) + [HolidayRule("Day After Thanksgiving", dayAfterThanksgiving), electionDay(evenYearsFrom: 2008)]),
            state("NJ", "New Jersey", federal() + [lincoln, goodFriday, electionDay(evenYearsFrom: 2008)]),
            state("NM", "New Mexico", federal(washington: false) + [HolidayRule("Presidents' Day", dayAfterThanksgiving)]),
            state(
                "NV", "Nevada",
                federal(columbus: false) + [
                    HolidayRule("Nevada Day", .nth(-1, .friday, month: 10)), HolidayRule("Family Day", dayAfterThanksgiving),
                ]),
            state("OH", "Ohio", federal()),
            state("OK", "Oklahoma", federal(columbus: false) + [HolidayRule("Day After Thanksgiving", dayAfterThanksgiving)]),
            state("OR", "Oregon", federal(columbus: false)),
            state("PA", "Pennsylvania", federal() + [HolidayRule("Day After Thanksgiving", dayAfterThanksgiving)]),
            state(
                "PR", "Puerto Rico",
                federal(columbus: false).map { $0.name == "Veterans Day" ? $0.observed(.alsoObserved(.sunToMon)) : $0 } + [
                    HolidayRule("Columbus Day", .fixed(month: 10, day: 12), years: 1900...2013, observance: .alsoObserved(.sunToMon)),
                    HolidayRule("Columbus Day", .nth(2, .monday, month: 10), years: 2014...Int.max),
                    HolidayRule("Epiphany", .fixed(month: 1, day: 6)),
                    HolidayRule("Birthday of Eugenio María de Hostos", .nth(2, .monday, month: 1), years: 1900...2014),
                    HolidayRule("Emancipation Day", .fixed(month: 3, day: 22), observance: .alsoObserved(.sunToMon)), goodFriday,
                    HolidayRule("José de Diego Day", .nth(3, .monday, month: 4), years: 1900...2014),
                    HolidayRule("Luis Muñoz Rivera Day", .nth(3, .monday, month: 7), years: 1900...2014),
                    HolidayRule("Puerto Rico Constitution Day", .fixed(month: 7, day: 25), observance: .alsoObserved(.sunToMon)),
                    HolidayRule("José Celso Barbosa Day", .fixed(month: 7, day: 27), years: 1900...2014, observance: .alsoObserved(.sunToMon)),
                    HolidayRule("Discovery of Puerto Rico Day", .fixed(month: 11, day: 19), observance: .alsoObserved(.sunToMon)),
                ]),
            state("RI", "Rhode Island", federal() + [HolidayRule("Victory Day", .nth(2, .monday, month: 8))]),
            state("SC", "South Carolina", federal(columbus: false) + [HolidayRule("Confederate Memorial Day", .nth(4, .monday, month: 4))]),
            state("SD", "South Dakota", federal()),
            state("TN", "Tennessee", federal(columbus: false) + [goodFriday]),
            state("UM", "United States Minor Outlying Islands", federal(columbus: false)),
            state("UT", "Utah", federal() + [HolidayRule("Pioneer Day", .fixed(month: 7, day: 24), observance: observed)]),
            state(
                "VA", "Virginia",
                federal() + [
                    HolidayRule("Lee Jackson Day", .shifted(.nth(3, .monday, month: 1), days: -3), years: 1900...2020), inaugurationDay,
                ]),
            state(
                "VI", "United States Virgin Islands",
                federal() + [
                    HolidayRule("Three Kings Day", .fixed(month: 1, day: 6)), HolidayRule("Transfer Day", .fixed(month: 3, day: 31)),
                    HolidayRule("Holy Thursday", .easter(-3)), goodFriday, HolidayRule("Easter Monday", .easter(1)),
                    HolidayRule("Emancipation Day", .fixed(month: 7, day: 3)), HolidayRule("Liberty Day", .fixed(month: 11, day: 1)),
                    HolidayRule("Christmas Second Day", .fixed(month: 12, day: 26)),
                ]),
            state(
                "VT", "Vermont",
                federal(columbus: false) + [
                    HolidayRule("Town Meeting Day", .nth(1, .tuesday, month: 3)),
                    HolidayRule("Bennington Battle Day", .fixed(month: 8, day: 16), observance: observed),
                ]),
            state(
                "WA", "Washington",
                federal(columbus: false) + [HolidayRule("Native American Heritage Day", dayAfterThanksgiving, years: 2014...Int.max)]),
            state(
                "WI", "Wisconsin",
                federal(columbus: false) + [
                    HolidayRule("Susan B. Anthony Day", .fixed(month: 2, day: 15)),
                    HolidayRule("Christmas Eve", .fixed(month: 12, day: 24), years: 2012...Int.max, observance: eveShift),
                    newYearsEve(2012),
                ]),
            state(
                "WV", "West Virginia",
                federal() + [
                    HolidayRule("West Virginia Day", .fixed(month: 6, day: 20), observance: observed),
                    HolidayRule("Day After Thanksgiving", dayAfterThanksgiving), electionDay(evenYearsFrom: 2008),
                ]),
            state("WY", "Wyoming", federal(columbus: false)),
        ]
    }()
}
