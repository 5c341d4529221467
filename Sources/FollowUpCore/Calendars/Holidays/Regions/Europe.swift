// Holiday rules for the European regions. Dates and year ranges are facts of each country's law;
// the tests compare every region with python-holidays for 2000–2040.

extension HolidayRegion {
    static let unitedKingdomCore: [HolidayRule] = [
        HolidayRule("Good Friday", .easter(-2)),
        HolidayRule(
            "May Day",
            .except([1995: Day(year: 1995, month: 5, day: 8)!, 2020: Day(year: 2020, month: 5, day: 8)!], otherwise: .nth(1, .monday, month: 5)),
            years: 1978...Int.max),
        HolidayRule(
            "Spring Bank Holiday",
            .except(
                [2002: Day(year: 2002, month: 6, day: 4)!, 2012: Day(year: 2012, month: 6, day: 4)!, 2022: Day(year: 2022, month: 6, day: 2)!],
                otherwise: .nth(-1, .monday, month: 5)), years: 1971...Int.max),
        .once("Millennium Celebrations", 1999, 12, 31),
        .once("Golden Jubilee of Elizabeth II", 2002, 6, 3),
        .once("Wedding of William and Catherine", 2011, 4, 29),
        .once("Diamond Jubilee of Elizabeth II", 2012, 6, 5),
        .once("Platinum Jubilee of Elizabeth II", 2022, 6, 3),
        .once("State Funeral of Queen Elizabeth II", 2022, 9, 19),
        .once("Coronation of Charles III", 2023, 5, 8),
    ]

    /// New Year, Christmas and Boxing Day as England, Wales and Northern Ireland observe them.
    static let unitedKingdomWinter: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1), years: 1975...Int.max, observance: .alsoObserved(.satSunToMon)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satSunToMonTue)),
        HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .alsoObserved(.satSunToMonTue)),
    ]

    static let englandExtras: [HolidayRule] = [
        HolidayRule("Easter Monday", .easter(1)),
        HolidayRule("Late Summer Bank Holiday", .nth(-1, .monday, month: 8), years: 1971...Int.max),
    ]

    static let europe: [HolidayRegion] =
        [
            HolidayRegion("GB", "United Kingdom", rules: unitedKingdomCore + unitedKingdomWinter),
            HolidayRegion("GB-ENG", "England", rules: unitedKingdomCore + unitedKingdomWinter + englandExtras),
            HolidayRegion("GB-WLS", "Wales", rules: unitedKingdomCore + unitedKingdomWinter + englandExtras),
            HolidayRegion(
                "GB-NIR", "Northern Ireland",
                rules: unitedKingdomCore + unitedKingdomWinter + englandExtras + [
                    HolidayRule("Saint Patrick's Day", .fixed(month: 3, day: 17), observance: .alsoObserved(.satSunToMon)),
                    HolidayRule("Battle of the Boyne", .fixed(month: 7, day: 12), observance: .alsoObserved(.satSunToMon)),
                ]),
            HolidayRegion(
                "GB-SCT", "Scotland",
                rules: unitedKingdomCore + [
                    HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .alsoObserved(.satSunToMon)),
                    HolidayRule("New Year Holiday", .fixed(month: 1, day: 2), observance: .alsoObserved(.satSunToMonTue + .monToTue)),
                    HolidayRule("Summer Bank Holiday", .nth(1, .monday, month: 8)),
                    HolidayRule("Saint Andrew's Day", .fixed(month: 11, day: 30), years: 2006...Int.max, observance: .alsoObserved(.satSunToMon)),
                    HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .alsoObserved(.satSunToMonTue)),
                    HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .alsoObserved(.satSunToMonTue)),
                    .once("Scotland's participation in the FIFA World Cup final", 2026, 6, 15),
                ]),
            HolidayRegion(
                "FR", "France",
                rules: [
                    HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
                    HolidayRule("Easter Monday", .easter(1)),
                    HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
                    HolidayRule("Victory in Europe Day", .fixed(month: 5, day: 8)),
                    HolidayRule("Ascension Day", .easter(39)),
                    // 2005–2007 Whit Monday was a "day of solidarity" worked by most employees.
                    HolidayRule("Whit Monday", .easter(50), skipping: [2005, 2006, 2007]),
                    HolidayRule("Bastille Day", .fixed(month: 7, day: 14)),
                    HolidayRule("Assumption Day", .fixed(month: 8, day: 15)),
                    HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
                    HolidayRule("Armistice Day", .fixed(month: 11, day: 11)),
                    HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
                ]),
            HolidayRegion(
                "PT", "Portugal",
                rules: [
                    HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
                    HolidayRule("Good Friday", .easter(-2)),
                    HolidayRule("Easter Sunday", .easter(0)),
                    HolidayRule("Freedom Day", .fixed(month: 4, day: 25)),
                    HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
                    HolidayRule("Portugal Day", .fixed(month: 6, day: 10)),
                    // Four holidays were suspended by the 2012 labour reform and restored in 2016.
                    HolidayRule("Corpus Christi", .easter(60), skipping: [2013, 2014, 2015]),
                    HolidayRule("Assumption Day", .fixed(month: 8, day: 15)),
                    HolidayRule("Republic Day", .fixed(month: 10, day: 5), skipping: [2013, 2014, 2015]),
                    HolidayRule("All Saints' Day", .fixed(month: 11, day: 1), skipping: [2013, 2014, 2015]),
                    HolidayRule("Restoration of Independence", .fixed(month: 12, day: 1), skipping: [2013, 2014, 2015]),
                    HolidayRule("Immaculate Conception", .fixed(month: 12, day: 8)),
                    HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
                ]),
        ] + germany + spain

    static let germanyCore: [HolidayRule] = [
        HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
        HolidayRule("Good Friday", .easter(-2)),
        HolidayRule("Easter Monday", .easter(1)),
        HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
        HolidayRule("Ascension Day", .easter(39)),
        HolidayRule("Whit Monday", .easter(50)),
        HolidayRule("German Unity Day", .fixed(month: 10, day: 3)),
        HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
        HolidayRule("Second Day of Christmas", .fixed(month: 12, day: 26)),
        .once("Reformation Day (500th anniversary)", 2017, 10, 31),
    ]

    static let germany: [HolidayRegion] = {
        let epiphany = HolidayRule("Epiphany", .fixed(month: 1, day: 6))
        let corpusChristi = HolidayRule("Corpus Christi", .easter(60))
        let allSaints = HolidayRule("All Saints' Day", .fixed(month: 11, day: 1))
        let reformation = HolidayRule("Reformation Day", .fixed(month: 10, day: 31))
        let reformationSince2018 = HolidayRule("Reformation Day", .fixed(month: 10, day: 31), years: 2018...Int.max)
        let states: [(String, String, [HolidayRule])] = [
            ("BB", "Brandenburg", [HolidayRule("Easter Sunday", .easter(0)), HolidayRule("Whit Sunday", .easter(49)), reformation]),
            (
                "BE", "Berlin",
                [
                    HolidayRule("International Women's Day", .fixed(month: 3, day: 8), years: 2019...Int.max),
                    .once("75th anniversary of the end of the Second World War", 2020, 5, 8),
                    .once("80th anniversary of the end of the Second World War", 2025, 5, 8),
                    .once("75th anniversary of the uprising of 17 June 1953", 2028, 6, 17),
                ]
            ),
            ("BW", "Baden-Württemberg", [epiphany, corpusChristi, allSaints]),
            ("BY", "Bavaria", [epiphany, corpusChristi, allSaints]),
            ("HB", "Bremen", [reformationSince2018]),
            ("HE", "Hesse", [corpusChristi]),
            ("HH", "Hamburg", [reformationSince2018]),
            (
                "MV", "Mecklenburg-Vorpommern",
                [HolidayRule("International Women's Day", .fixed(month: 3, day: 8), years: 2023...Int.max), reformation]
            ),
            ("NI", "Lower Saxony", [reformationSince2018]),
            ("NW", "North Rhine-Westphalia", [corpusChristi, allSaints]),
            ("RP", "Rhineland-Palatinate", [corpusChristi, allSaints]),
            ("SH", "Schleswig-Holstein", [reformationSince2018]),
            ("SL", "Saarland", [corpusChristi, HolidayRule("Assumption Day", .fixed(month: 8, day: 15)), allSaints]),
            ("SN", "Saxony", [reformation, HolidayRule("Day of Repentance and Prayer", .onOrBefore(.wednesday, month: 11, day: 22))]),
            ("ST", "Saxony-Anhalt", [epiphany, reformation]),
            ("TH", "Thuringia", [HolidayRule("World Children's Day", .fixed(month: 9, day: 20), years: 2019...Int.max), reformation]),
        ]
        return [HolidayRegion("DE", "Germany", rules: germanyCore)]
            + states.map { code, name, rules in HolidayRegion("DE-" + code, name, rules: germanyCore + rules) }
    }()

    /// Spain's national rules since 2008: a national holiday on a Sunday is not moved nationally
    /// (each community decides), so it is dropped here and communities add their own day.
    static let spainCore: [HolidayRule] = [
        keptOffSunday("New Year's Day", 1, 1), keptOffSunday("Epiphany", 1, 6), HolidayRule("Good Friday", .easter(-2)),
        keptOffSunday("Labour Day", 5, 1), keptOffSunday("Assumption Day", 8, 15), keptOffSunday("National Day of Spain", 10, 12),
        keptOffSunday("All Saints' Day", 11, 1), keptOffSunday("Constitution Day", 12, 6), keptOffSunday("Immaculate Conception", 12, 8),
        keptOffSunday("Christmas Day", 12, 25),
    ]

    /// A Spanish holiday that is not kept when it falls on a Sunday.
    static func keptOffSunday(_ name: String, _ month: Int, _ day: Int) -> HolidayRule {
        HolidayRule(name, .fixed(month: month, day: day), observance: .moved(.dropOnSunday))
    }

    static let spain: [HolidayRegion] = {
        @Sendable func sunday(_ month: Int, _ day: Int, _ year: Int) -> Bool { Day(year: year, month: month, day: day)!.weekday == .sunday }
        func moved(
            _ name: String, _ month: Int, _ day: Int, years: ClosedRange<Int> = Int.min...Int.max, skipping: Set<Int> = [],
            onlyIf: (@Sendable (Int) -> Bool)? = nil
        ) -> HolidayRule {
            HolidayRule(name, .fixed(month: month, day: day), years: years, skipping: skipping, observance: .moved(.sunToMon), onlyIf: onlyIf)
        }
        let known = 2008...2200
        let maundyThursday = HolidayRule("Maundy Thursday", .easter(-3))
        // Andalusia, Aragon and Asturias move every holiday that falls on a Sunday to the Monday.
        let allMoved = spainCore.map { $0.observed(.moved(.sunToMon)) }
        func region(_ code: String, _ name: String, day: (String, Int, Int)) -> HolidayRegion {
            HolidayRegion(
                "ES-" + code, name, knownYears: known,
                rules: allMoved + [maundyThursday, moved(day.0, day.1, day.2)])
        }
        // The other communities choose by decree, year by year, which holidays that fall on a
        // Sunday move to the Monday and which of the optional days they keep: per-year data,
        // entered from the decrees for 2008–2040 (as python-holidays records them).
        func mondayAfter(_ name: String, _ month: Int, _ day: Int, _ years: Set<Int>) -> HolidayRule {
            HolidayRule("\(name), moved to Monday", .shifted(.fixed(month: month, day: day), days: 1), onlyIf: { years.contains($0) })
        }
        func inYears(_ name: String, _ date: DateRule, _ years: Set<Int>) -> HolidayRule {
            HolidayRule(name, date, onlyIf: { years.contains($0) })
        }
        // Past the last year entered, a community's holidays are an error, not a guess.
        func community(_ code: String, _ name: String, _ rules: [HolidayRule], knownYears: ClosedRange<Int> = 2008...2040) -> HolidayRegion {
            HolidayRegion("ES-" + code, name, knownYears: knownYears, rules: spainCore + rules)
        }
        /// Ceuta and Melilla keep the two Eids, which follow the lunar calendar: a table, valid to
        /// 2040 (from 2027 the dates are estimates), past which the two cities' holidays are an error.
        func lunar(_ dates: String) -> DateRule {
            .table(Dictionary(grouping: dates.split(separator: " ").map { Day(iso: $0)! }, by: \.year))
        }
        return [
            community(
                "CB", "Cantabria",
                [
                    inYears(
                        "Maundy Thursday", .easter(-3),
                        [
                            2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028,
                            2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    inYears(
                        "Cantabria Institutions Day", .fixed(month: 7, day: 28),
                        [
                            2008, 2009, 2010, 2011, 2014, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2025, 2026, 2027, 2028, 2029, 2031, 2032, 2033,
                            2034, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    keptOffSunday("Our Lady of Bien Aparecida", 9, 15),
                    mondayAfter("National Day", 10, 12, [2008]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2026, 2037]),
                    mondayAfter("Labor Day", 5, 1, [2011]),
                    inYears("Saint James' Day", .fixed(month: 7, day: 25), [2012, 2013, 2014, 2019, 2024, 2030]),
                    mondayAfter("Epiphany", 1, 6, [2013]),
                    inYears("Easter Monday", .easter(1), [2013, 2015, 2019, 2020, 2024, 2030]),
                    mondayAfter("All Saints' Day", 11, 1, [2015]),
                    mondayAfter("Christmas Day", 12, 25, [2016, 2022, 2033, 2039]),
                    mondayAfter("Immaculate Conception", 12, 8, [2019]),
                ]),
            community(
                "CL", "Castile and León",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013, 2019, 2030, 2036]),
                    maundyThursday,
                    inYears(
                        "Castile and León Day", .fixed(month: 4, day: 23),
                        [
                            2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2018, 2019, 2020, 2021, 2022, 2024, 2025, 2026, 2027, 2029, 2030,
                            2031, 2032, 2033, 2035, 2036, 2037, 2039, 2040,
                        ]),
                    mondayAfter("National Day", 10, 12, [2008, 2014, 2025, 2031, 2036]),
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2009, 2010, 2012]),
                    mondayAfter("All Saints' Day", 11, 1, [2009, 2015, 2020, 2026, 2037]),
                    inYears("Saint James' Day", .fixed(month: 7, day: 25), [2011, 2023]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("Immaculate Conception", 12, 8, [2013, 2019, 2024, 2030]),
                    mondayAfter("Constitution Day", 12, 6, [2015, 2020, 2026, 2037]),
                    mondayAfter("Labor Day", 5, 1, [2016, 2022, 2033, 2039]),
                    mondayAfter("New Year's Day", 1, 1, [2017, 2023, 2034, 2040]),
                    mondayAfter("Castile and León Day", 4, 23, [2017, 2028, 2034]),
                    mondayAfter("Assumption Day", 8, 15, [2021, 2027, 2032, 2038]),
                ]),
            community(
                "CM", "Castilla-La Mancha",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013]),
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2008, 2009, 2010, 2011, 2020]),
                    maundyThursday,
                    inYears(
                        "Corpus Christi", .easter(60),
                        [
                            2008, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
                            2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    keptOffSunday("Castilla-La Mancha Day", 5, 31), inYears("Castilla-La Mancha Day", .fixed(month: 6, day: 1), [2009]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015]),
                    inYears("Easter Monday", .easter(1), [2014, 2015, 2019, 2020, 2026]),
                    mondayAfter("Christmas Day", 12, 25, [2016, 2022, 2033, 2039]),
                    mondayAfter("All Saints' Day", 11, 1, [2026, 2037]),
                ]),
            community(
                "CN", "Canary Islands",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013, 2019, 2030, 2036]),
                    maundyThursday,
                    keptOffSunday("Day of the Canary Islands", 5, 30),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2020]),
                    mondayAfter("Day of the Canary Islands", 5, 30, [2010, 2027, 2032, 2038]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2022, 2033, 2039]),
                    mondayAfter("All Saints' Day", 11, 1, [2015, 2026, 2037]),
                    mondayAfter("Labor Day", 5, 1, [2016]),
                    mondayAfter("Assumption Day", 8, 15, [2021, 2027, 2032, 2038]),
                ]),
            community(
                "EX", "Extremadura",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013, 2019, 2030, 2036]),
                    maundyThursday,
                    keptOffSunday("Extremadura Day", 9, 8),
                    mondayAfter("National Day", 10, 12, [2008, 2014, 2025, 2031, 2036]),
                    mondayAfter("All Saints' Day", 11, 1, [2009, 2015, 2020, 2026, 2037]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020, 2026, 2037]),
                    inYears("Saint Joseph's Day", .easter(-16), [2010, 2021]),
                    mondayAfter("Labor Day", 5, 1, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("New Year's Day", 1, 1, [2012]),
                    mondayAfter("Extremadura Day", 9, 8, [2013, 2019, 2030]),
                    mondayAfter("Immaculate Conception", 12, 8, [2013, 2019, 2024, 2030]),
                    mondayAfter("Saint Joseph's Day", 3, 19, [2017]),
                    inYears("Shrove Tuesday", .easter(-47), [2023, 2024]),
                ]),
            community(
                "GA", "Galicia",
                [
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2008, 2009, 2010, 2011, 2019, 2020, 2021, 2026]),
                    maundyThursday,
                    keptOffSunday("Galician Literature Day", 5, 17),
                    keptOffSunday("Galician National Day", 7, 25),
                    mondayAfter("Constitution Day", 12, 6, [2009]),
                    inYears("Saint John the Baptist", .fixed(month: 6, day: 24), [2013, 2016, 2020, 2022, 2026]),
                    inYears("Day following Saint Joseph's Day", .easter(-16), [2015]),
                    mondayAfter("All Saints' Day", 11, 1, [2015]),
                ]),
            community(
                "IB", "Balearic Islands",
                [
                    keptOffSunday("Day of the Balearic Islands", 3, 1),
                    maundyThursday,
                    inYears(
                        "Easter Monday", .easter(1),
                        [
                            2008, 2009, 2010, 2011, 2012, 2013, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2026, 2027, 2028, 2029,
                            2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    mondayAfter("National Day", 10, 12, [2008]),
                    inYears("Saint Stephen's Day", .fixed(month: 12, day: 26), [2008, 2009, 2013, 2014, 2019, 2020, 2025, 2026]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("All Saints' Day", 11, 1, [2015]),
                    mondayAfter("Day of the Balearic Islands", 3, 1, [2026, 2037]),
                ]),
            community(
                "MC", "Region of Murcia",
                [
                    inYears(
                        "Saint Joseph's Day", .fixed(month: 3, day: 19),
                        [
                            2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2018, 2019, 2020, 2021, 2024, 2025, 2026, 2027, 2029, 2030, 2031,
                            2032, 2033, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    maundyThursday,
                    keptOffSunday("Murcia Day", 6, 9),
                    mondayAfter("National Day", 10, 12, [2008]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020, 2026, 2037]),
                    mondayAfter("Labor Day", 5, 1, [2011, 2022, 2033, 2039]),
                    mondayAfter("Epiphany", 1, 6, [2013, 2019, 2030, 2036]),
                    mondayAfter("Immaculate Conception", 12, 8, [2013, 2024, 2030]),
                    mondayAfter("Christmas Day", 12, 25, [2016, 2022, 2033, 2039]),
                    mondayAfter("New Year's Day", 1, 1, [2017, 2023, 2034, 2040]),
                    mondayAfter("Murcia Day", 6, 9, [2019, 2030]),
                ]),
            community(
                "NC", "Navarre",
                [
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2008, 2009, 2010, 2012, 2014, 2015, 2019, 2020, 2021, 2026]),
                    maundyThursday,
                    HolidayRule("Easter Monday", .easter(1)),
                    inYears("Saint James' Day", .fixed(month: 7, day: 25), [2008, 2009, 2011, 2013, 2015, 2016, 2017, 2022, 2023, 2024, 2025]),
                    keptOffSunday("Saint Francis Xavier's Day", 12, 3),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("Epiphany", 1, 6, [2013, 2019, 2030, 2036]),
                    mondayAfter("Saint Francis Xavier's Day", 12, 3, [2017, 2023, 2028, 2034]),
                    mondayAfter("Constitution Day", 12, 6, [2020]),
                    mondayAfter("All Saints' Day", 11, 1, [2026, 2037]),
                ]),
            community(
                "PV", "Basque Country",
                [
                    inYears(
                        "Saint Joseph's Day", .fixed(month: 3, day: 19),
                        [2008, 2009, 2010, 2015, 2019, 2020, 2021, 2026, 2027, 2030, 2032, 2036, 2037, 2038]),
                    maundyThursday,
                    HolidayRule("Easter Monday", .easter(1)),
                    inYears(
                        "Saint James' Day", .fixed(month: 7, day: 25),
                        [
                            2008, 2009, 2011, 2013, 2015, 2016, 2017, 2019, 2020, 2022, 2023, 2024, 2025, 2026, 2028, 2029, 2030, 2031, 2033, 2034,
                            2035, 2036, 2037, 2039, 2040,
                        ]),
                    inYears("País Vasco Day", .fixed(month: 10, day: 25), [2011, 2012, 2013, 2014]),
                    inYears("80th Anniversary of the first Basque Government", .easter(194), [2016]),
                    inYears("V Centennial of the Circumnavigation of the World", .easter(142), [2022]),
                ]),
            community(
                "RI", "La Rioja",
                [
                    maundyThursday,
                    inYears(
                        "Easter Monday", .easter(1),
                        [
                            2008, 2011, 2013, 2014, 2015, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031,
                            2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
                        ]),
                    keptOffSunday("La Rioja Day", 6, 9),
                    inYears("Saint James' Day", .fixed(month: 7, day: 25), [2008, 2011, 2016]),
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2009, 2010, 2012]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020, 2026, 2037]),
                    mondayAfter("La Rioja Day", 6, 9, [2013, 2019, 2024, 2030]),
                    mondayAfter("Immaculate Conception", 12, 8, [2013, 2019]),
                    mondayAfter("Christmas Day", 12, 25, [2022, 2033, 2039]),
                ]),
            community(
                "VC", "Valencian Community",
                [
                    keptOffSunday("Saint Joseph's Day", 3, 19),
                    inYears("Maundy Thursday", .easter(-3), [2008, 2009, 2011, 2016, 2017, 2022, 2033, 2039]),
                    HolidayRule("Easter Monday", .easter(1)),
                    keptOffSunday("Valencian Community Day", 10, 9),
                    mondayAfter("Labor Day", 5, 1, [2011]),
                    inYears("The Fallas", .easter(-13), [2013]),
                    mondayAfter("Constitution Day", 12, 6, [2015]),
                    mondayAfter("Christmas Day", 12, 25, [2016]),
                    inYears(
                        "Saint John the Baptist", .fixed(month: 6, day: 24),
                        [
                            2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038,
                            2039, 2040,
                        ]),
                ]),

            community(
                "CE", "Ceuta",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013, 2019, 2030, 2036]),
                    maundyThursday,
                    keptOffSunday("Saint Anthony's Day", 6, 13),
                    inYears(
                        "Ceuta Day", .fixed(month: 9, day: 2),
                        [
                            2008, 2009, 2010, 2013, 2014, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2026, 2027, 2028, 2030, 2031, 2032, 2033,
                            2034, 2036, 2037, 2038, 2039,
                        ]),
                    mondayAfter("National Day", 10, 12, [2008, 2014]),
                    mondayAfter("All Saints' Day", 11, 1, [2009, 2015]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020]),
                    mondayAfter("Saint Anthony's Day", 6, 13, [2010, 2021, 2027, 2032, 2038]),
                    mondayAfter("Labor Day", 5, 1, [2011]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016]),
                    mondayAfter("New Year's Day", 1, 1, [2012]),
                    mondayAfter("Immaculate Conception", 12, 8, [2013]),
                    inYears(
                        "Santa Maria of Africa", .fixed(month: 8, day: 5),
                        [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040]),
                    HolidayRule(
                        "Eid al-Fitr",
                        lunar(
                            "2022-05-03 2023-04-22 2024-04-10 2025-03-31 2026-03-20 2027-03-09 2028-02-26 2029-02-14 2030-02-04 2031-01-24 2032-01-14 2033-01-02 2033-12-23 2034-12-12 2035-12-01 2036-11-19 2037-11-08 2038-10-29 2039-10-19 2040-10-07"
                        )),
                    HolidayRule(
                        "Eid al-Adha",
                        lunar(
                            "2010-11-17 2011-11-07 2012-10-27 2013-10-15 2014-10-06 2015-09-25 2016-09-12 2017-09-01 2018-08-22 2019-08-12 2020-07-31 2021-07-20 2022-07-09 2023-06-29 2024-06-17 2025-06-06 2026-05-27 2027-05-16 2028-05-05 2029-04-24 2030-04-13 2031-04-02 2032-03-22 2033-03-11 2034-03-01 2035-02-18 2036-02-07 2037-01-26 2038-01-16 2039-01-05 2039-12-26 2040-12-14"
                        )),
                ]),
            community(
                "ML", "Melilla",
                [
                    mondayAfter("Epiphany", 1, 6, [2008, 2013, 2019, 2030, 2036]),
                    inYears("Saint Joseph's Day", .fixed(month: 3, day: 19), [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]),
                    maundyThursday,
                    keptOffSunday("Day of Our Lady of Victory", 9, 8),
                    keptOffSunday("Melilla Day", 9, 17),
                    mondayAfter("National Day", 10, 12, [2008]),
                    mondayAfter("All Saints' Day", 11, 1, [2009]),
                    mondayAfter("Constitution Day", 12, 6, [2009, 2015, 2020, 2026, 2037]),
                    mondayAfter("Christmas Day", 12, 25, [2011, 2016, 2022, 2033, 2039]),
                    mondayAfter("Day of Our Lady of Victory", 9, 8, [2013, 2019, 2030]),
                    mondayAfter("New Year's Day", 1, 1, [2017]),
                    mondayAfter("Melilla Day", 9, 17, [2017, 2028, 2034]),
                    mondayAfter("Immaculate Conception", 12, 8, [2019, 2024, 2030]),
                    inYears("Statute of Autonomy of Melilla Day", .fixed(month: 3, day: 13), [2020, 2021, 2023]),
                    HolidayRule(
                        "Eid al-Fitr",
                        lunar(
                            "2022-05-03 2023-04-21 2024-04-10 2025-03-31 2026-03-20 2027-03-09 2028-02-26 2029-02-14 2030-02-04 2031-01-24 2032-01-14 2033-01-02 2033-12-23 2034-12-12 2035-12-01 2036-11-19 2037-11-08 2038-10-29 2039-10-19 2040-10-07"
                        )),
                    HolidayRule(
                        "Eid al-Adha",
                        lunar(
                            "2010-11-17 2011-11-07 2012-10-26 2013-10-15 2014-10-04 2015-09-25 2016-09-12 2017-09-01 2018-08-22 2019-08-12 2020-07-31 2021-07-21 2022-07-11 2023-06-29 2024-06-17 2025-06-06 2026-05-27 2027-05-16 2028-05-05 2029-04-24 2030-04-13 2031-04-02 2032-03-22 2033-03-11 2034-03-01 2035-02-18 2036-02-07 2037-01-26 2038-01-16 2039-01-05 2039-12-26 2040-12-14"
                        )),
                ]),
            region("AN", "Andalusia", day: ("Andalusia Day", 2, 28)),
            region("AR", "Aragon", day: ("Saint George's Day", 4, 23)),
            region("AS", "Asturias", day: ("Asturias Day", 9, 8)),
            HolidayRegion("ES", "Spain", knownYears: known, rules: spainCore),
            HolidayRegion(
                "ES-MD", "Community of Madrid", knownYears: known,
                rules: spainCore + [
                    moved("Epiphany", 1, 6),
                    moved(
                        "Saint Joseph's Day", 3, 19,
                        onlyIf: { year in sunday(1, 1, year) || sunday(8, 15, year) || (year <= 2015 && sunday(11, 1, year)) }),
                    .once("Saint Joseph's Day (transferred)", 2013, 3, 18),
                    maundyThursday,
                    moved("Madrid Day", 5, 2, skipping: [2010]),
                    HolidayRule("Corpus Christi", .easter(60), years: 2009...2014, skipping: [2012, 2013]),
                    HolidayRule(
                        "Saint James' Day", .fixed(month: 7, day: 25), onlyIf: { year in sunday(5, 1, year) || [2008, 2024, 2025].contains(year) }),
                    moved("All Saints' Day", 11, 1, years: 2020...Int.max),
                    moved("Constitution Day", 12, 6, years: 2020...Int.max),
                    moved("Immaculate Conception", 12, 8, years: 2019...2019),
                    moved("Christmas Day", 12, 25, years: 2016...Int.max),
                ]),
            HolidayRegion(
                "ES-CT", "Catalonia", knownYears: known,
                rules: spainCore + [
                    HolidayRule("Easter Monday", .easter(1)),
                    HolidayRule("Whit Monday", .easter(50), onlyIf: { year in sunday(5, 1, year) }),
                    keptOffSunday("Saint John's Day", 6, 24),
                    keptOffSunday("National Day of Catalonia", 9, 11),
                    keptOffSunday("Saint Stephen's Day", 12, 26),
                ]),
        ]
    }()
}
