import Foundation
import Testing

/// `followup holidays` and `followup regions`, and the region's holidays reaching the advice.
@Suite struct HolidaysCommandTests {
    @Test("holidays prints a region's year as text, with observed days")
    func text() throws {
        let out = try CLIRunner().ok(["holidays", "gb-sct", "2026"])
        #expect(
            out == """
                Holidays of Scotland (GB-SCT) in 2026
                  Thu 1 Jan   New Year's Day
                  Fri 2 Jan   New Year Holiday
                  Fri 3 Apr   Good Friday
                  Mon 4 May   May Day
                  Mon 25 May  Spring Bank Holiday
                  Mon 15 Jun  Scotland's participation in the FIFA World Cup final
                  Mon 3 Aug   Summer Bank Holiday
                  Mon 30 Nov  Saint Andrew's Day
                  Fri 25 Dec  Christmas Day
                  Sat 26 Dec  Boxing Day
                  Mon 28 Dec  Boxing Day (observed)

                """)
    }

    @Test("holidays --json gives date, name and category, optional days included")
    func json() throws {
        let out = try CLIRunner().ok(["holidays", "BR-SP", "2026", "--json"])
        let rows = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: String]]
        #expect(rows.first == ["date": "2026-01-01", "name": "Universal Fraternization Day", "category": "public"])
        #expect(rows.contains(["date": "2026-02-17", "name": "Carnival Tuesday", "category": "optional"]))
        #expect(rows.contains(["date": "2026-07-09", "name": "Constitutionalist Revolution", "category": "public"]))
        #expect(rows.map { $0["date"]! } == rows.map { $0["date"]! }.sorted())
    }

    @Test("holidays uses this year by default")
    func defaultYear() throws {
        let out = try CLIRunner().ok(["holidays", "FR"], now: "2027-06-01T10:00")
        #expect(out.hasPrefix("Holidays of France (FR) in 2027\n"))
    }

    @Test(
        "holidays refuses what it cannot answer",
        arguments: [
            (
                ["holidays", "XX"],
                "followup: error: holidays: no holiday calendar for region 'XX': use one of AU, BR, CA, DE, ES, FR, GB, IN, PT, US, or one of their subdivisions ('followup regions' lists every code)"
            ),
            (
                ["holidays", "IN", "2040"],
                "followup: error: holidays: the holidays of IN in 2040 are not known: Followup has them for 2001–2035 only; pick a year in that range"
            ),
        ])
    func refused(arguments: [String], message: String) throws {
        let result = try CLIRunner().run(arguments)
        #expect(result.status == 2)
        #expect(result.err == message + "\n")
        #expect(result.out.isEmpty)
    }

    @Test("regions lists every code with its name, as text and JSON")
    func regions() throws {
        let cli = CLIRunner()
        let text = try cli.ok(["regions"])
        #expect(text.contains("\nGB-SCT  Scotland\n"))
        #expect(text.contains("\nIN      India  (holidays known for 2001–2035)\n"))
        let rows = try JSONSerialization.jsonObject(with: Data(cli.ok(["regions", "--json"]).utf8)) as! [[String: String]]
        #expect(rows.map { $0["code"]! }.joined(separator: ", ") == BadInputTests.regionCodes)
    }

    /// Thursday 2 April 2026, no timeline: P4 counts 5–7 business days. Weekends only that is
    /// 9–13 April; in England Good Friday and Easter Monday push it to 13–15 April.
    @Test("the advice counts the region's holidays")
    func adviceCountsHolidays() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE", "--region", "GB-ENG", "--time-zone", "Europe/London"], now: "2026-03-30T10:00")
        try cli.ok(["add", "Beta", "--role", "SRE", "--time-zone", "Europe/London"], now: "2026-03-30T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-04-02 10:00"], now: "2026-04-02T12:00")
        try cli.ok(["interviewed", "beta-sre", "--at", "2026-04-02 10:00"], now: "2026-04-02T12:00")
        func window(_ id: String) throws -> (String, String) {
            let out = try cli.ok(["advise", id, "--json"], now: "2026-04-03T12:00")
            let advice = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
            let window = advice["window"] as! [String: String]
            return (String(window["earliest"]!.prefix(10)), String(window["latest"]!.prefix(10)))
        }
        #expect(try window("beta-sre") == ("2026-04-09", "2026-04-13"))
        #expect(try window("acme-sre") == ("2026-04-13", "2026-04-15"))
    }
}
