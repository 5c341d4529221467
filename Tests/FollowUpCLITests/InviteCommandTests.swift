import Foundation
import Testing

/// Invitations into interviews: `followup invite FILE.ics` and invitations inside scanned mail.
@Suite struct InviteCommandTests {
    let now = "2026-03-12T12:00:00-04:00"

    /// An Exchange-style invitation: a Windows zone name with its own VTIMEZONE, a quoted CN.
    let exchange = """
        BEGIN:VCALENDAR\r
        METHOD:REQUEST\r
        VERSION:2.0\r
        BEGIN:VTIMEZONE\r
        TZID:Eastern Standard Time\r
        BEGIN:STANDARD\r
        DTSTART:16010101T020000\r
        TZOFFSETFROM:-0400\r
        TZOFFSETTO:-0500\r
        END:STANDARD\r
        BEGIN:DAYLIGHT\r
        DTSTART:16010101T020000\r
        TZOFFSETFROM:-0500\r
        TZOFFSETTO:-0400\r
        END:DAYLIGHT\r
        END:VTIMEZONE\r
        BEGIN:VEVENT\r
        ORGANIZER;CN="Reyes, Dana":mailto:dana@acme.test\r
        ATTENDEE;CN=Ana;RSVP=TRUE:mailto:ana@home.test\r
        SUMMARY:Panel with the platform\r
         team\r
        DTSTART;TZID=Eastern Standard Time:20260310T140000\r
        DTEND;TZID=Eastern Standard Time:20260310T150000\r
        UID:exchange-uid-1\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    func runner() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run(
            ["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.test>", "--time-zone", "America/New_York"], now: now)
        try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
        return cli
    }

    @Test("an invitation that took place is an interview at its instant, recorded once; one still to come is scheduled")
    func invite() throws {
        let cli = try runner()
        let past = cli.folder + "/past.ics"
        try exchange.write(toFile: past, atomically: true, encoding: .utf8)
        let first = try cli.run(["invite", past, "--json"], now: now)
        #expect(first.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any])
        let line = try #require((json["lines"] as? [[String: Any]])?.first)
        // 14:00 in New York two days after clocks went forward is 18:00 UTC.
        #expect(line["action"] as? String == "interview" && (line["at"] as? String)?.hasPrefix("2026-03-10T14:00:00-04:00") == true)
        let again = try cli.run(["invite", past], now: now)
        #expect(again.out.contains("already recorded"))
        let show = try cli.run(["show", "acme-backend-engineer"], now: now).out
        #expect(show.contains("interviewed") && show.contains("Reyes, Dana"))
        let future = cli.folder + "/future.ics"
        try exchange.replacingOccurrences(of: "20260310T1", with: "20260325T1").replacingOccurrences(of: "exchange-uid-1", with: "uid-2")
            .write(toFile: future, atomically: true, encoding: .utf8)
        #expect(try cli.run(["invite", future], now: now).out.contains("scheduled interview acme-backend-engineer"))
        #expect(try cli.run(["invite", future], now: "2026-03-26T09:00:00-04:00").out.contains("recorded interview"))
    }

    @Test("an invitation from no known process is skipped, or creates the process the user names")
    func creates() throws {
        let cli = try runner()
        let path = cli.folder + "/globex.ics"
        try exchange.replacingOccurrences(of: "dana@acme.test", with: "sam@globex.test").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.run(["invite", path], now: now).out.contains("no process knows sam@globex.test"))
        let created = try cli.run(["invite", path, "--company", "Globex", "--role", "SRE"], now: now)
        #expect(created.out.contains("Added Globex — SRE."))
        #expect(created.out.contains("recorded interview globex-sre"))
        #expect(try cli.run(["show", "globex-sre"], now: now).out.contains("sam@globex.test"))
    }

    @Test("an invitation inside a scanned reply becomes an interview of that process")
    func inMail() throws {
        let cli = try runner()
        let mail = """
            From: Dana Reyes <dana@acme.test>\r
            To: ana@home.test\r
            Date: Wed, 11 Mar 2026 09:00:00 -0400\r
            Message-ID: <inv-mail@acme.test>\r
            Content-Type: multipart/mixed; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Invitation attached.\r
            --b\r
            Content-Type: text/calendar; method=REQUEST; charset=utf-8\r
            \r
            \(exchange)\r
            --b--\r

            """
        try mail.write(toFile: cli.folder + "/invite.eml", atomically: true, encoding: .utf8)
        let scan = try cli.run(["mail", "scan", cli.folder + "/invite.eml"], now: now)
        #expect(scan.status == 0)
        #expect(scan.out.contains("recorded reply acme-backend-engineer"))
        #expect(scan.out.contains("recorded interview acme-backend-engineer"))
    }

    @Test("a file that is not an invitation is one clear line and exit 2")
    func notAnInvitation() throws {
        let cli = try runner()
        try "hello".write(toFile: cli.folder + "/x.ics", atomically: true, encoding: .utf8)
        let result = try cli.run(["invite", cli.folder + "/x.ics"], now: now)
        #expect(result.status == 2)
        #expect(result.err == "followup: error: \(cli.folder)/x.ics holds no event with a UID and a start: it is not an invitation\n")
    }
}
