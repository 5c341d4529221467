// Holiday rules for the regions of the Americas, Oceania and Asia. The tests compare every
// region with python-holidays for 2000–2040.

extension HolidayRegion {
    static let unitedStatesCore: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Martin Luther King Jr. Day", .nth(3, .monday, month: 1), years: 1986...Int.max),
        HolidayRule("Washington's Birthday", .nth(3, .monday, month: 2)),
        HolidayRule("Memorial Day", .nth(-1, .monday, month: 5)),
        HolidayRule(
            "Juneteenth National Independence Day", .fixed(month: 6, day: 19), years: 2021...Int.max, observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Independence Day", .fixed(month: 7, day: 4), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Labor Day", .nth(1, .monday, month: 9)),
        HolidayRule("Columbus Day", .nth(2, .monday, month: 10)),
        HolidayRule("Veterans Day", .fixed(month: 11, day: 11), observance: .alsoObserved(.satToFriSunToMon)),
        HolidayRule("Thanksgiving Day", .nth(4, .thursday, month: 11)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satToFriSunToMon)),
    ]

    static let americanStates: [HolidayRegion] = {
        let withoutColumbus = unitedStatesCore.filter { $0.name != "Columbus Day" }
        let dayAfterThanksgiving = HolidayRule("Day After Thanksgiving", .shifted(.nth(4, .thursday, month: 11), days: 1), years: 1975...Int.max)
        return [
            HolidayRegion(
                "US-CA", "California", knownYears: 1900...indiaLunarYears.upperBound,
                rules: withoutColumbus + [
                    HolidayRule("Lincoln's Birthday", .fixed(month: 2, day: 12), years: 1971...2009, observance: .alsoObserved(.satToFriSunToMon)),
                    HolidayRule("Susan B. Anthony Day", .fixed(month: 2, day: 15), years: 2014...Int.max),
                    HolidayRule("Cesar Chavez Day", .fixed(month: 3, day: 31), years: 1995...Int.max, observance: .alsoObserved(.sunToMon)),
                    HolidayRule("Columbus Day", .nth(2, .monday, month: 10), years: 1971...2008),
                    dayAfterThanksgiving,
                    HolidayRule("Diwali", lunarTable("Diwali"), years: 2026...Int.max),
                ]),
            HolidayRegion(
                "US-NY", "New York",
                rules: unitedStatesCore + [
                    HolidayRule("Lincoln's Birthday", .fixed(month: 2, day: 12), years: 1971...Int.max, observance: .alsoObserved(.satToFriSunToMon)),
                    HolidayRule("Susan B. Anthony Day", .fixed(month: 2, day: 15), years: 2004...Int.max),
                    // Election Day: every year from 2015, even years only from 2008.
                    HolidayRule("Election Day", .shifted(.nth(1, .monday, month: 11), days: 1), years: 2015...Int.max),
                    HolidayRule("Election Day", .shifted(.nth(1, .monday, month: 11), days: 1), years: 2008...2014, skipping: [2009, 2011, 2013]),
                ]),
            HolidayRegion(
                "US-TX", "Texas",
                rules: withoutColumbus + [
                    HolidayRule("Confederate Heroes Day", .fixed(month: 1, day: 19), years: 1931...Int.max),
                    HolidayRule("Texas Independence Day", .fixed(month: 3, day: 2)),
                    HolidayRule("Cesar Chavez Day", .fixed(month: 3, day: 31), years: 2000...Int.max),
                    HolidayRule("Good Friday", .easter(-2)),
                    HolidayRule("San Jacinto Day", .fixed(month: 4, day: 21)),
                    HolidayRule("Emancipation Day in Texas", .fixed(month: 6, day: 19), years: 1980...Int.max),
                    HolidayRule("Lyndon Baines Johnson Day", .fixed(month: 8, day: 27), years: 1973...Int.max),
                    dayAfterThanksgiving,
                    HolidayRule(
                        "Christmas Eve", .fixed(month: 12, day: 24), years: 1981...Int.max,
                        observance: .alsoObserved(Shift([.friday: .days(-1), .saturday: .days(-1), .sunday: .days(-2)]))),
                    HolidayRule("Day After Christmas", .fixed(month: 12, day: 26), years: 1981...Int.max),
                ]),
        ]
    }()

    /// Canada's statutory holidays; provinces differ in whether Canada Day moves off a weekend.
    static func canadaCore(canadaDay: Shift? = nil) -> [HolidayRule] {
        [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .alsoObserved(.satSunToMon)),
            HolidayRule("Good Friday", .easter(-2)),
            HolidayRule("Canada Day", .fixed(month: 7, day: 1), observance: canadaDay.map { .alsoObserved($0) }),
            HolidayRule("Labour Day", .nth(1, .monday, month: 9)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satSunToMon)),
        ]
    }

    static let canadianProvinces: [HolidayRegion] = {
        let victoria = HolidayRule("Victoria Day", .onOrBefore(.monday, month: 5, day: 24))
        let thanksgiving = HolidayRule("Thanksgiving Day", .nth(2, .monday, month: 10))
        let remembrance = HolidayRule("Remembrance Day", .fixed(month: 11, day: 11))
        let remembranceObserved = HolidayRule("Remembrance Day", .fixed(month: 11, day: 11), observance: .alsoObserved(.satSunToMon))
        func truth(since year: Int, observed: Bool = false) -> HolidayRule {
            HolidayRule(
                "National Day for Truth and Reconciliation", .fixed(month: 9, day: 30), years: year...Int.max,
                observance: observed ? .alsoObserved(.satSunToMon) : nil)
        }
        func augustMonday(_ name: String, since year: Int = 1900) -> HolidayRule {
            HolidayRule(name, .nth(1, .monday, month: 8), years: year...Int.max)
        }
        let funeral = HolidayRule.once("Funeral of Queen Elizabeth II", 2022, 9, 19)
        let provinces: [(String, String, Shift?, [HolidayRule])] = [
            (
                "AB", "Alberta", .sunToMon,
                [HolidayRule("Family Day", .nth(3, .monday, month: 2), years: 1990...Int.max), victoria, thanksgiving, remembranceObserved]
            ),
            (
                "BC", "British Columbia", .sunToMon,
                [
                    HolidayRule("Family Day", .nth(2, .monday, month: 2), years: 2013...2018),
                    HolidayRule("Family Day", .nth(3, .monday, month: 2), years: 2019...Int.max),
                    victoria, augustMonday("British Columbia Day", since: 1974), truth(since: 2023, observed: true), thanksgiving, remembrance,
                    funeral,
                ]
            ),
            (
                "MB", "Manitoba", nil,
                [
                    HolidayRule("Louis Riel Day", .nth(3, .monday, month: 2), years: 2008...Int.max), victoria, truth(since: 2024, observed: true),
                    thanksgiving,
                ]
            ),
            (
                "NB", "New Brunswick", nil,
                [
                    HolidayRule("Family Day", .nth(3, .monday, month: 2), years: 2018...Int.max), augustMonday("New Brunswick Day", since: 1975),
                    remembrance, funeral,
                ]
            ),
            (
                "NL", "Newfoundland and Labrador", .satSunToMon,
                [HolidayRule("Memorial Day", .fixed(month: 7, day: 1), observance: .alsoObserved(.satSunToMon)), remembranceObserved, funeral]
            ),
            (
                "NS", "Nova Scotia", nil,
                [HolidayRule("Heritage Day", .nth(3, .monday, month: 2), years: 2015...Int.max), remembranceObserved, funeral]
            ),
            (
                "NT", "Northwest Territories", nil,
                [
                    victoria, HolidayRule("National Indigenous Peoples Day", .fixed(month: 6, day: 21), years: 2001...Int.max),
                    augustMonday("Civic Holiday"), truth(since: 2022), thanksgiving, remembrance,
                ]
            ),
            (
                "NU", "Nunavut", nil,
                [
                    victoria, HolidayRule("Nunavut Day", .fixed(month: 7, day: 9), years: 2020...Int.max), augustMonday("Civic Holiday"),
                    truth(since: 2022), thanksgiving, remembrance,
                ]
            ),
            (
                "ON", "Ontario", nil,
                [
                    HolidayRule("Family Day", .nth(3, .monday, month: 2), years: 2008...Int.max), victoria, thanksgiving,
                    HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .alsoObserved(.satSunToMonTue)),
                ]
            ),
            (
                "PE", "Prince Edward Island", .satSunToMon,
                [
                    HolidayRule("Islander Day", .nth(2, .monday, month: 2), years: 2009...2009),
                    HolidayRule("Islander Day", .nth(3, .monday, month: 2), years: 2010...Int.max), truth(since: 2022), remembranceObserved, funeral,
                ]
            ),
            (
                "QC", "Quebec", .sunToMon,
                [
                    HolidayRule("National Patriots' Day", .onOrBefore(.monday, month: 5, day: 24), years: 2003...Int.max),
                    HolidayRule("Saint-Jean-Baptiste Day", .fixed(month: 6, day: 24), observance: .alsoObserved(.sunToMon)), thanksgiving,
                ]
            ),
            (
                "SK", "Saskatchewan", .satSunToMon,
                [
                    HolidayRule("Family Day", .nth(3, .monday, month: 2), years: 2007...Int.max), victoria, augustMonday("Saskatchewan Day"),
                    thanksgiving, remembranceObserved,
                ]
            ),
            (
                "YT", "Yukon", .satSunToMon,
                [
                    victoria, HolidayRule("National Indigenous Peoples Day", .fixed(month: 6, day: 21), years: 2017...Int.max),
                    HolidayRule("Discovery Day", .nth(3, .monday, month: 8)), truth(since: 2023), thanksgiving, remembranceObserved, funeral,
                ]
            ),
        ]
        return provinces.map { code, name, canadaDay, rules in HolidayRegion("CA-" + code, name, rules: canadaCore(canadaDay: canadaDay) + rules) }
    }()

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

    static let brazilianStates: [HolidayRegion] = {
        func on(_ name: String, _ month: Int, _ day: Int, _ years: ClosedRange<Int> = Int.min...Int.max) -> HolidayRule {
            HolidayRule(name, .fixed(month: month, day: day), years: years)
        }
        /// Acre moves its Tuesday-to-Thursday holidays to the Friday since 2009.
        func acre(_ name: String, _ month: Int, _ day: Int, since year: Int = Int.min) -> HolidayRule {
            HolidayRule(
                name, .fixed(month: month, day: day), years: year...Int.max,
                observance: .moved(Shift([.tuesday: .days(3), .wednesday: .days(2), .thursday: .days(1)])), observanceYears: 2009...Int.max)
        }
        let blackAwareness = { (years: ClosedRange<Int>) in on("Black Awareness Day", 11, 20, years) }
        let states: [(String, String, [HolidayRule])] = [
            (
                "AC", "Acre",
                [
                    acre("Evangelical Day", 1, 23, since: 2005), acre("International Women's Day", 3, 8, since: 2002), on("Founding of Acre", 6, 15),
                    acre("Amazonia Day", 9, 5, since: 2004), acre("Signing of the Petrópolis Treaty", 11, 17),
                ]
            ),
            (
                "AL", "Alagoas",
                [
                    on("Saint John's Day", 6, 24), on("Saint Peter's Day", 6, 29), on("Political Emancipation of Alagoas", 9, 16),
                    blackAwareness(Int.min...2023), on("Evangelical Day", 11, 30, 2013...Int.max),
                ]
            ),
            ("AM", "Amazonas", [on("Elevation of Amazonas to province", 9, 5), blackAwareness(2010...2023)]),
            (
                "AP", "Amapá",
                [
                    on("Saint Joseph's Day", 3, 19, 2003...Int.max), on("Saint James' Day", 7, 25, 2012...Int.max),
                    on("Creation of the Federal Territory", 9, 13), blackAwareness(2008...2023),
                ]
            ),
            ("BA", "Bahia", [on("Bahia Independence Day", 7, 2)]),
            (
                "CE", "Ceará",
                [
                    on("Saint Joseph's Day", 3, 19), on("Abolition of slavery in Ceará", 3, 25),
                    on("Our Lady of the Assumption", 8, 15, 2004...Int.max),
                ]
            ),
            ("DF", "Federal District", [on("Founding of Brasília", 4, 21), on("Evangelical Day", 11, 30)]),
            ("ES", "Espírito Santo", [HolidayRule("Our Lady of Penha", .easter(8), years: 2020...Int.max)]),
            ("GO", "Goiás", [on("Foundation of Goiás city", 7, 26), on("Foundation of Goiânia", 10, 24)]),
            ("MA", "Maranhão", [on("Maranhão joining the independence of Brazil", 7, 28)]),
            ("MG", "Minas Gerais", [on("Tiradentes' Execution", 4, 21)]),
            ("MS", "Mato Grosso do Sul", [on("State Creation Day", 10, 11)]),
            ("MT", "Mato Grosso", [blackAwareness(2003...2023)]),
            ("PA", "Pará", [on("Grão-Pará joining the independence of Brazil", 8, 15)]),
            ("PB", "Paraíba", [on("State Founding Day", 8, 5)]),
            (
                "PE", "Pernambuco",
                [
                    HolidayRule("Pernambuco Revolution of 1817", .nth(1, .sunday, month: 3), years: 2008...2017),
                    on("Pernambuco Revolution of 1817", 3, 6, 2018...Int.max),
                ]
            ),
            ("PI", "Piauí", [on("Piauí Day", 10, 19)]),
            ("PR", "Paraná", [on("Political Emancipation of Paraná", 12, 19, Int.min...2013), on("Our Lady of Rocio", 11, 15, 2014...Int.max)]),
            (
                "RJ", "Rio de Janeiro",
                [
                    HolidayRule("Carnival", .easter(-47), years: 2009...Int.max), on("Saint George's Day", 4, 23, 2008...Int.max),
                    blackAwareness(2002...2023),
                ]
            ),
            ("RN", "Rio Grande do Norte", [on("Rio Grande do Norte Day", 8, 7), on("Uruaçu and Cunhaú Martyrs Day", 10, 3, 2007...Int.max)]),
            ("RO", "Rondônia", [on("State Creation Day", 1, 4), on("Evangelical Day", 6, 18, 2002...Int.max)]),
            ("RR", "Roraima", [on("State Creation Day", 10, 5)]),
            ("RS", "Rio Grande do Sul", [on("Gaucho Day", 9, 20)]),
            (
                "SC", "Santa Catarina",
                [
                    on("Santa Catarina State Day", 8, 11, 2004...2004),
                    HolidayRule("Santa Catarina State Day", .onOrAfter(.sunday, month: 8, day: 11), years: 2005...Int.max),
                    on("Saint Catherine of Alexandria Day", 11, 25, 2004...2004),
                    HolidayRule(
                        "Saint Catherine of Alexandria Day", .onOrAfter(.sunday, month: 11, day: 25), years: 1999...Int.max, skipping: [2004]),
                ]
            ),
            ("SE", "Sergipe", [on("Sergipe Political Emancipation Day", 7, 8)]),
            ("SP", "São Paulo", [on("Constitutionalist Revolution", 7, 9)]),
            ("TO", "Tocantins", [on("Autonomy Day", 3, 18), on("Our Lady of the Nativity", 9, 8), on("State Creation Day", 10, 5)]),
        ]
        return states.map { code, name, rules in HolidayRegion("BR-" + code, name, rules: brazilCore + rules) }
    }()

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
        + indiaLunar.map { HolidayRule($0.name, lunarTable($0.name)) }

    /// One of India's lunar feasts as a dated table (Diwali serves California too).
    static func lunarTable(_ name: String) -> DateRule {
        let dates = indiaLunar.first { $0.name == name }!.dates.split(separator: " ").map { Day(iso: $0)! }
        return .table(Dictionary(grouping: dates, by: \.year))
    }

    static let elsewhere: [HolidayRegion] =
        [
            HolidayRegion("US", "United States", rules: unitedStatesCore),
            HolidayRegion("CA", "Canada", rules: canadaCore()),
            HolidayRegion("BR", "Brazil", rules: brazilCore),
            HolidayRegion("AU", "Australia", rules: australiaCore),
            HolidayRegion("IN", "India", knownYears: indiaLunarYears, rules: indiaCore),
        ] + canadianProvinces + brazilianStates + australianStates + americanStates + moreAmericanStates
}
