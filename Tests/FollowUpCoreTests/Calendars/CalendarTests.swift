import Foundation
import Testing

@testable import FollowUpCore

@Suite struct DayTests {
    @Test(
        "civil dates round-trip through day numbers",
        arguments: [
            (1970, 1, 1, 0), (2000, 2, 29, 11_016), (2026, 3, 13, 20_525), (1969, 12, 31, -1), (2400, 12, 31, 157_419),
        ])
    func roundTrip(year: Int, month: Int, day: Int, number: Int) {
        let value = Day(year: year, month: month, day: day)!
        #expect(value.number == number)
        #expect(value.parts == (year, month, day))
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "2026-3-1", "20260301", "2026-03-1x"])
    func impossible(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("weekdays are right across eras")
    func weekdays() {
        #expect(Day(year: 2026, month: 3, day: 13)!.weekday == .friday)
        #expect(Day(year: 1970, month: 1, day: 1)!.weekday == .thursday)
        #expect(Day(year: 1969, month: 12, day: 28)!.weekday == .sunday)
        #expect(Day(year: 2000, month: 2, day: 29)!.weekday == .tuesday)
    }

    @Test("days, times and instants are written out right at the edges of their widths")
    func written() throws {
        #expect(Day(year: 2026, month: 3, day: 9)!.description == "2026-03-09")
        #expect(Day(year: 987, month: 12, day: 31)!.description == "0987-12-31")
        #expect(Day(year: 12_026, month: 1, day: 1)!.description == "12026-01-01")
        #expect(Day(year: -44, month: 3, day: 15)!.description == "-0044-03-15")
        let thursday = Day(year: 2026, month: 12, day: 31)!
        #expect(DateText.day(thursday, today: thursday) == "Thu 31 Dec")
        #expect(DateText.day(thursday, today: Day(year: 2027, month: 1, day: 1)!) == "Thu 31 Dec 2026")
        #expect(DateText.day(Day(year: 10_000, month: 1, day: 3)!) == "Mon 3 Jan 10000")
        #expect(SendingHours.clock(0) == "00:00")
        #expect(SendingHours.clock(23 * 60 + 59) == "23:59")
        #expect(Day.pad(-7, 2) == "-07")
        #expect(Day.pad(123_456, 2) == "123456")
        let kathmandu = try Zone("Asia/Kathmandu")
        #expect(DateText.iso(Date(timeIntervalSince1970: 0), in: kathmandu) == "1970-01-01T05:30:00+05:30")
        #expect(DateText.iso(Date(timeIntervalSince1970: -1), in: try Zone("America/St_Johns")) == "1969-12-31T20:29:59-03:30")
    }
}

@Suite struct BusinessCalendarTests {
    let friday = Day(year: 2026, month: 3, day: 13)!

    @Test(
        "adding business days skips weekends",
        arguments: [
            (0, "2026-03-13"), (1, "2026-03-16"), (2, "2026-03-17"), (5, "2026-03-20"), (10, "2026-03-27"), (23, "2026-04-15"), (-1, "2026-03-12"),
            (-5, "2026-03-06"),
        ])
    func adding(count: Int, expected: String) {
        #expect(BusinessCalendar.weekendsOnly.adding(businessDays: count, to: friday).description == expected)
    }

    @Test("holidays handed in are skipped too")
    func holidays() {
        let calendar = BusinessCalendar(holidays: [Day(iso: "2026-03-16")!, Day(iso: "2026-03-17")!])
        #expect(calendar.adding(businessDays: 1, to: friday).description == "2026-03-18")
        #expect(!calendar.isBusinessDay(Day(iso: "2026-03-16")!))
        #expect(calendar.businessDays(from: friday, to: Day(iso: "2026-03-20")!) == 3)
        #expect(calendar.businessDay(onOrAfter: Day(iso: "2026-03-14")!).description == "2026-03-18")
    }

    @Test("the whole-week shortcut agrees with stepping day by day")
    func shortcut() {
        let calendar = BusinessCalendar.weekendsOnly
        let withHoliday = BusinessCalendar(holidays: [Day(iso: "1900-01-01")!])
        for start in 0..<14 {
            for count in 0..<40 {
                let day = friday.adding(days: start)
                #expect(calendar.adding(businessDays: count, to: day) == withHoliday.adding(businessDays: count, to: day))
            }
        }
    }
}

@Suite struct ZoneTests {
    @Test("unknown zones are refused with the identifier named")
    func unknown() {
        #expect(throws: FollowUpError.unknownTimeZone("Mars/Olympus")) { try Zone("Mars/Olympus") }
    }

    @Test("a wall time skipped by spring-forward moves forward; a repeated one takes its first occurrence")
    func gapsAndRepeats() throws {
        let ny = try Zone("America/New_York")
        #expect(DateText.iso(ny.instant(on: Day(iso: "2026-03-08")!, minute: 150), in: .utc) == "2026-03-08T07:30:00+00:00")
        #expect(DateText.iso(ny.instant(on: Day(iso: "2026-11-01")!, minute: 90), in: .utc) == "2026-11-01T05:30:00+00:00")
        #expect(DateText.iso(ny.instant(on: Day(iso: "2026-11-01")!, minute: 90), in: ny) == "2026-11-01T01:30:00-04:00")
    }

    /// Sending windows across daylight-saving changes keep 9:00 local on both sides.
    @Test(
        "sending windows across the March and November changes in New York and the April change in Sydney",
        arguments: [
            ("America/New_York", "2026-03-06", "2026-03-09T09:00:00-04:00", "2026-03-10T11:00:00-04:00", "2026-03-09T13:00:00+00:00"),
            ("America/New_York", "2026-10-30", "2026-11-02T09:00:00-05:00", "2026-11-03T11:00:00-05:00", "2026-11-02T14:00:00+00:00"),
            ("Australia/Sydney", "2026-04-03", "2026-04-06T09:00:00+10:00", "2026-04-07T11:00:00+10:00", "2026-04-05T23:00:00+00:00"),
            ("Australia/Sydney", "2026-10-02", "2026-10-05T09:00:00+11:00", "2026-10-06T11:00:00+11:00", "2026-10-04T22:00:00+00:00"),
        ])
    func dstWindows(zone: String, deadline: String, earliest: String, latest: String, earliestUTC: String) {
        var s = Scenario(zone: zone)
        let interview = Day(iso: deadline)!.adding(days: -2).description
        s.interviewed("\(interview) 14:00")
        s.promised(deadline, at: "\(interview) 14:30")
        let monday = Day(iso: deadline)!.adding(days: 3).description
        let advice = s.advice(at: "\(monday) 10:00")
        #expect(advice.rule == .p3)
        #expect(s.window(advice) == [earliest, latest])
        #expect(DateText.iso(advice.window!.earliest, in: .utc) == earliestUTC)
    }

    /// Zones with unusual histories: half-hour and 45-minute offsets, daylight saving time that was
    /// abolished (São Paulo 2019), moved with Ramadan (Casablanca), or changed the standard offset
    /// (Caracas 2016, Pyongyang 2015 and 2018, Samoa skipping a day in 2011).
    @Test(
        "offsets from the zone's table agree with Foundation, inside the table and outside it",
        arguments: [
            "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu", "America/Sao_Paulo",
            "Africa/Casablanca", "America/Caracas", "Asia/Pyongyang", "Pacific/Apia", "Asia/Gaza", "Asia/Tehran", "UTC",
        ])
    func offsetsAgree(identifier: String) throws {
        let zone = try Zone(identifier)
        let foundation = try #require(TimeZone(identifier: identifier))
        // The first look-up builds the table around 2026; then 1980 to 2060, every 7 h 13 min, and
        // every transition and the second before it.
        _ = zone.offset(at: Date(timeIntervalSince1970: 1_780_000_000))
        var seconds = 315_532_800
        while seconds < 2_871_763_200 {
            let instant = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(zone.offset(at: instant) == foundation.secondsFromGMT(for: instant), "\(identifier) at \(seconds)")
            seconds += 7 * 3600 + 13 * 60
        }
        var cursor = Date(timeIntervalSince1970: 315_532_800)
        while let transition = foundation.nextDaylightSavingTimeTransition(after: cursor), transition.timeIntervalSince1970 < 2_871_763_200 {
            for instant in [transition, transition.addingTimeInterval(-1)] {
                #expect(zone.offset(at: instant) == foundation.secondsFromGMT(for: instant), "\(identifier) at \(instant)")
            }
            cursor = transition
        }
    }

    @Test("a zone is the same value wherever it is made, and keeps the name it was given")
    func identity() throws {
        #expect(try Zone("Europe/Lisbon") == Zone("Europe/Lisbon"))
        #expect(try Zone("Europe/Lisbon") != Zone("Europe/Madrid"))
        #expect(try Set([Zone("Asia/Tokyo"), Zone("Asia/Tokyo")]).count == 1)
        #expect(Zone.utc.identifier == "UTC")
    }

    @Test("a P4 window that spans the change carries both offsets")
    func windowSpanningChange() {
        var s = Scenario()
        s.interviewed("2026-02-27 14:00")
        let advice = s.advice(at: "2026-03-02 10:00")
        #expect(s.window(advice) == ["2026-03-06T09:00:00-05:00", "2026-03-10T11:00:00-04:00"])
    }
}

@Suite struct DateInputTests {
    let ny = try! Zone("America/New_York")

    @Test(
        "accepted instant forms",
        arguments: [
            ("2026-03-11 14:30", "2026-03-11T18:30:00+00:00"), ("2026-03-11T14:30", "2026-03-11T18:30:00+00:00"),
            ("2026-03-11T14:30:15", "2026-03-11T18:30:15+00:00"), ("2026-03-11T14:30Z", "2026-03-11T14:30:00+00:00"),
            ("2026-03-11T14:30:00-05:00", "2026-03-11T19:30:00+00:00"), ("2026-03-11", "2026-03-11T16:00:00+00:00"),
            ("2026-03-11T14:30:00.250+01:00", "2026-03-11T13:30:00+00:00"),
        ])
    func accepted(text: String, utc: String) throws {
        #expect(DateText.iso(try DateInput.instant(text, in: ny), in: .utc) == utc)
    }

    @Test(
        "ambiguous or impossible dates are refused with the forms to use",
        arguments: [
            "03/04/2026", "2026-02-30 10:00", "2026-03-11 25:00", "2026-03-11T14", "tomorrow", "2026-03-11T14:30+5", "",
        ])
    func refused(text: String) {
        #expect(throws: FollowUpError.invalidDate(text, expected: DateInput.instantForms)) { try DateInput.instant(text, in: ny) }
    }

    @Test("deadlines are a day or a range in order")
    func deadlines() throws {
        #expect(try DateInput.deadline("2026-03-13") == Deadline(Day(iso: "2026-03-13")!))
        #expect(try DateInput.deadline("2026-03-11..2026-03-13").isRange)
        #expect(throws: FollowUpError.self) { try DateInput.deadline("2026-03-13..2026-03-11") }
    }
}
