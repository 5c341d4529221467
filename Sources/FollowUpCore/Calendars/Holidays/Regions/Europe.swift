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
        // Andalusia, Aragon and Asturias move every holiday that falls on a Sunday to the Monday.
        let allMoved = spainCore.map { rule in
            var kept = rule
            if !rule.observances.isEmpty { kept.observances = [(Int.min...Int.max, .moved(.sunToMon))] }
            return kept
        }
        func region(_ code: String, _ name: String, day: (String, Int, Int)) -> HolidayRegion {
            HolidayRegion(
                "ES-" + code, name, knownYears: known,
                rules: allMoved + [HolidayRule("Maundy Thursday", .easter(-3)), moved(day.0, day.1, day.2)])
        }
        return [
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
                    HolidayRule("Maundy Thursday", .easter(-3)),
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
