import Foundation
import Testing

@testable import FollowUpCore

/// Facts about particular holidays, checked without the oracle so they run everywhere.
@Suite struct HolidayTests {
    func days(_ code: String, _ year: Int, category: HolidayCategory? = nil) throws -> [String: String] {
        let holidays = try HolidayRegions.region(code).holidays(in: year).filter { category == nil || $0.category == category }
        return Dictionary(holidays.map { ($0.day.description, $0.name) }, uniquingKeysWith: { a, b in a + "; " + b })
    }

    @Test(
        "Western Easter", arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2038, "2038-04-25"), (2000, "2000-04-23")])
    func easter(year: Int, expected: String) {
        #expect(Day.easter(year).description == expected)
    }

    @Test("a Saturday Boxing Day is observed on Monday 28 December, and Scotland keeps Saint Andrew's Day")
    func scotland() throws {
        let scotland = try days("GB-SCT", 2026)
        #expect(scotland["2026-11-30"] == "Saint Andrew's Day")
        #expect(scotland["2026-12-28"] == "Boxing Day (observed)")
        #expect(scotland["2026-01-02"] == "New Year Holiday")
        #expect(scotland["2026-04-06"] == nil, "Easter Monday is not a bank holiday in Scotland")
        #expect(try days("GB-ENG", 2026)["2026-04-06"] == "Easter Monday")
    }

    @Test("a Saturday New Year's Day is observed on the Friday before, in the old year")
    func newYearObservedEarly() throws {
        #expect(try days("US", 2021)["2021-12-31"] == "New Year's Day (observed)")
        #expect(try days("US", 2022)["2021-12-31"] == nil)
    }

    @Test("Brazil's Carnival is optional, and a day off unless the setting says otherwise")
    func carnival() throws {
        let brazil = try HolidayRegions.region("BR")
        #expect(try days("BR", 2026, category: .optional) == ["2026-02-16": "Carnival Monday", "2026-02-17": "Carnival Tuesday"])
        #expect(try days("BR", 2026, category: .public)["2026-02-16"] == nil)
        let counting = brazil.businessCalendar(years: 2026...2026)
        let notCounting = brazil.businessCalendar(years: 2026...2026, countingOptional: false)
        let carnivalMonday = Day(iso: "2026-02-16")!
        #expect(!counting.isBusinessDay(carnivalMonday))
        #expect(notCounting.isBusinessDay(carnivalMonday))
        // From Friday 13 February the next business day skips Carnival to Wednesday 18.
        #expect(counting.nextBusinessDay(after: Day(iso: "2026-02-13")!).description == "2026-02-18")
    }

    @Test("subdivisions add their own: Bavaria's Epiphany, São Paulo's 9 July, Ontario's Family Day")
    func subdivisions() throws {
        #expect(try days("DE-BY", 2026)["2026-01-06"] == "Epiphany")
        #expect(try days("DE", 2026)["2026-01-06"] == nil)
        #expect(try days("BR-SP", 2026)["2026-07-09"] == "Constitutionalist Revolution")
        #expect(try days("CA-ON", 2026)["2026-02-16"] == "Family Day")
        #expect(try days("AU-NSW", 2026)["2026-04-27"] == "ANZAC Day (observed)")
        #expect(try days("ES-MD", 2026)["2026-05-02"] == "Madrid Day")
        #expect(try days("US-CA", 2026)["2026-03-31"] == "Cesar Chavez Day")
    }

    @Test("India's lunar feasts come from a table, and years outside it are an error, not a gap")
    func lunarTableRange() throws {
        #expect(try days("IN", 2026)["2026-11-08"] == "Diwali")
        #expect(throws: FollowUpError.holidaysNotKnown(region: "IN", year: 2036, known: 2001...2035)) {
            try HolidayRegions.region("IN").holidays(in: 2036)
        }
        #expect(
            FollowUpError.holidaysNotKnown(region: "IN", year: 2036, known: 2001...2035).message
                == "the holidays of IN in 2036 are not known: Followup has them for 2001–2035 only; pick a year in that range")
    }

    @Test("Spanish communities' yearly choices and the Eids of Ceuta and Melilla end where the data ends: an error after 2040")
    func spanishDataRange() throws {
        #expect(try days("ES-CE", 2026)["2026-05-27"] != nil)
        #expect(try days("ES-VC", 2040)["2040-03-19"] == "Saint Joseph's Day")
        for code in ["ES-CE", "ES-ML", "ES-VC", "ES-GA"] {
            #expect(throws: FollowUpError.holidaysNotKnown(region: code, year: 2041, known: 2008...2040)) {
                try HolidayRegions.region(code).holidays(in: 2041)
            }
        }
        // Communities whose rules need no yearly data go on.
        #expect(try days("ES-AN", 2041)["2041-02-28"] == "Andalusia Day")
    }

    @Test("region codes are read in any case; an unknown one lists its country's codes, or the countries")
    func regionCodes() throws {
        #expect(try HolidayRegions.region("gb-eng").code == "GB-ENG")
        #expect(try HiringProcess.validatedRegion("br-sp") == "BR-SP")
        #expect(throws: FollowUpError.unknownRegion("gb-xyz", valid: ["GB", "GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"])) {
            try HolidayRegions.region("gb-xyz")
        }
        #expect(throws: FollowUpError.unknownRegion("XX", valid: ["AU", "BR", "CA", "DE", "ES", "FR", "GB", "IN", "PT", "US"])) {
            try HolidayRegions.region("XX")
        }
        #expect(
            FollowUpError.unknownRegion("XX", valid: ["AU", "BR"]).message
                == "no holiday calendar for region 'XX': use one of AU, BR, or one of their subdivisions")
        #expect(FollowUpError.unknownRegion("XX", valid: ["AU", "BR"]).remedy == .listRegions)
    }

    /// The fast paths (whole weeks, bit-set holidays) must agree with stepping one day at a time.
    @Test("business-day arithmetic agrees with day-by-day stepping", arguments: ["GB-ENG", "BR", "US-NY", "AU-VIC"])
    func arithmeticMatchesStepping(code: String) throws {
        let calendar = try HolidayRegions.region(code).businessCalendar(years: 2025...2028)
        var generator = SplitMix(seed: UInt64(code.utf8.reduce(7) { $0 &* 31 &+ Int($1) }.magnitude))
        for _ in 0..<2000 {
            let start = Day(year: 2026, month: 1, day: 1)!.adding(days: Int(generator.next() % 700))
            let count = Int(generator.next() % 40) - 20
            var expected = start
            var remaining = abs(count)
            while remaining > 0 {
                expected = expected.adding(days: count > 0 ? 1 : -1)
                if calendar.isBusinessDay(expected) { remaining -= 1 }
            }
            #expect(calendar.adding(businessDays: count, to: start) == expected, "\(code): \(count) from \(start)")
            let end = start.adding(days: Int(generator.next() % 60))
            var counted = 0
            var day = start
            while day < end {
                day = day.adding(days: 1)
                if calendar.isBusinessDay(day) { counted += 1 }
            }
            #expect(calendar.businessDays(from: start, to: end) == counted, "\(code): \(start) to \(end)")
        }
    }

    @Test("the first and second business days after Good Friday in England are Tuesday and Wednesday")
    func firstAndSecond() throws {
        let calendar = try HolidayRegions.region("GB-ENG").businessCalendar(years: 2026...2026)
        let (first, second) = calendar.firstAndSecondBusinessDays(after: Day(iso: "2026-04-03")!)
        #expect(first.description == "2026-04-07")
        #expect(second.description == "2026-04-08")
    }
}

/// A tiny deterministic generator so property tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
