// Holiday rules for the regions of the Americas, Oceania and Asia. The tests compare every
// region with python-holidays for 2000–2040.

extension HolidayRegion {
    static let unitedStatesCore: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Martin Luther King Jr. Day", .nth(3, .monday, month: 1), years: 1986...Int.max),
        HolidayRule("Washington's Birthday", .nth(3, .monday, month: 2)),
        HolidayRule("Memorial Day", .nth(-1, .monday, month: 5)),
        HolidayRule("Juneteenth National Independence Day", .fixed(month: 6, day: 19), years: 2021...Int.max, observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Independence Day", .fixed(month: 7, day: 4), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Labor Day", .nth(1, .monday, month: 9)),
        HolidayRule("Columbus Day", .nth(2, .monday, month: 10)),
        HolidayRule("Veterans Day", .fixed(month: 11, day: 11), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Thanksgiving Day", .nth(4, .thursday, month: 11)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satToFriSunToMon)),
    ]

    static let canadaCore: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .alsoObserved(.satSunToMon)),
        HolidayRule("Good Friday", .easter(-2)),
        HolidayRule("Canada Day", .fixed(month: 7, day: 1)),
        HolidayRule("Labour Day", .nth(1, .monday, month: 9)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satSunToMon)),
    ]

    static let brazilCore: [HolidayRule] = [
        HolidayRule("Universal Fraternization Day", .fixed(month: 1, day: 1)),
        // Carnival is a "ponto facultativo": not statutory, but offices close; counted unless turned off.
        HolidayRule("Carnival Monday", .easter(-48), category: .optional),
        HolidayRule("Carnival Tuesday", .easter(-47), category: .optional),
        HolidayRule("Good Friday", .easter(-2)),
        HolidayRule("Tiradentes' Day", .fixed(month: 4, day: 21)),
        HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
        HolidayRule("Independence Day", .fixed(month: 9, day: 7)),
        HolidayRule("Our Lady of Aparecida", .fixed(month: 10, day: 12)),
        HolidayRule("All Souls' Day", .fixed(month: 11, day: 2)),
        HolidayRule("Republic Proclamation Day", .fixed(month: 11, day: 15)),
        HolidayRule("National Day of Zumbi and Black Awareness", .fixed(month: 11, day: 20), years: 2024...Int.max),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
    ]

    static let australiaCore: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
        HolidayRule("Australia Day", .fixed(month: 1, day: 26)),
        HolidayRule("Good Friday", .easter(-2)),
        HolidayRule("Easter Monday", .easter(1)),
        HolidayRule("ANZAC Day", .fixed(month: 4, day: 25)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
        HolidayRule("Boxing Day", .fixed(month: 12, day: 26)),
        .once("National Day of Mourning for Queen Elizabeth II", 2022, 9, 22),
    ]

    static let indiaCore: [HolidayRule] =
        [
            HolidayRule("Republic Day", .fixed(month: 1, day: 26)),
            HolidayRule("Good Friday", .easter(-2)),
            HolidayRule("Dr. B. R. Ambedkar's Birthday", .fixed(month: 4, day: 14)),
            HolidayRule("Independence Day", .fixed(month: 8, day: 15)),
            HolidayRule("Mahatma Gandhi's Birthday", .fixed(month: 10, day: 2)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
        ]
        + indiaLunar.map { entry in
            var table: [Int: [Day]] = [:]
            for text in entry.dates.split(separator: " ") {
                let day = Day(iso: text)!
                table[day.year, default: []].append(day)
            }
            return HolidayRule(entry.name, .table(table))
        }

    static let elsewhere: [HolidayRegion] = [
        HolidayRegion("US", "United States", rules: unitedStatesCore),
        HolidayRegion("CA", "Canada", rules: canadaCore),
        HolidayRegion("BR", "Brazil", rules: brazilCore),
        HolidayRegion("AU", "Australia", rules: australiaCore),
        HolidayRegion("IN", "India", knownYears: indiaLunarYears, rules: indiaCore),
    ]
}
