import FollowUpApp
import Foundation
import Testing

/// The README's walk-through, end to end: interview on Wednesday 11 March 2026, "we'll get back to
/// you by Friday", then what `today` says on Thursday, on Monday, after an unanswered check-in, and at the end.
@Suite struct WalkthroughTests {
    @Test("the README walk-through prints the advice it promises, as text and JSON")
    func walkthrough() throws {
        let cli = CLIRunner()
        let added = try cli.ok(
            ["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.example>", "--time-zone", "America/New_York"],
            now: "2026-03-09T10:00")
        #expect(added.split(separator: "\n").last == "acme-backend-engineer")

        try cli.ok(
            ["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00", "--kind", "technical", "--with", "Dana"], now: "2026-03-11T16:00")
        try cli.ok(
            ["promised", "acme-backend-engineer", "--by", "2026-03-13", "--phrase", "we'll get back to you by Friday"], now: "2026-03-11T16:05")

        let thursday = try cli.ok(["today"], now: "2026-03-12T10:00")
        #expect(
            thursday == """
                Thu 12 Mar 2026 · America/New_York

                Waiting
                  Acme — Backend Engineer  acme-backend-engineer
                    Wait until Mon 16 Mar 09:00 America/New_York
                    [P2 wait-inside-timeline] Nothing to do for Acme — the answer is due Fri 13 Mar (tomorrow); next look on Mon 16 Mar. Writing before then would be asking too early.

                Nothing to send today. Waiting is part of the process.

                """)

        let monday = try cli.ok(["today"], now: "2026-03-16T10:00")
        #expect(
            monday.contains(
                "Act now\n  Acme — Backend Engineer  acme-backend-engineer\n    Check in: Mon 16 Mar 09:00 – Tue 17 Mar 11:00 America/New_York\n"))
        #expect(monday.contains("[P3 after-deadline] The answer was due Fri 13 Mar and has not come"))
        let mondayJSON = try cli.json(["today"], now: "2026-03-16T10:00") as! [[String: Any]]
        #expect(mondayJSON.count == 1)
        #expect(mondayJSON[0]["process"] as? String == "acme-backend-engineer")
        #expect(mondayJSON[0]["action"] as? String == "follow-up")
        #expect(mondayJSON[0]["rule"] as? String == "P3")
        #expect(mondayJSON[0]["draftKind"] as? String == "check-in")
        let window = mondayJSON[0]["window"] as! [String: Any]
        #expect(window["earliest"] as? String == "2026-03-16T09:00:00-04:00")
        #expect(window["latest"] as? String == "2026-03-17T11:00:00-04:00")
        #expect(Set(mondayJSON[0].keys) == ["process", "action", "rule", "window", "explanation", "draftKind"])

        try cli.ok(["sent", "acme-backend-engineer", "--kind", "check-in", "--at", "2026-03-16 09:40"], now: "2026-03-16T10:00")
        let unanswered = try cli.json(["advise", "acme-backend-engineer"], now: "2026-03-19T10:00") as! [String: Any]
        #expect(unanswered["action"] as? String == "final-follow-up")
        #expect(unanswered["rule"] as? String == "P5")
        #expect((unanswered["window"] as! [String: Any])["earliest"] as? String == "2026-03-19T09:00:00-04:00")
        #expect((unanswered["window"] as! [String: Any])["latest"] as? String == "2026-03-23T11:00:00-04:00")

        try cli.ok(["sent", "acme-backend-engineer", "--kind", "final", "--at", "2026-03-19 10:15"], now: "2026-03-19T10:20")
        let waiting = try cli.ok(["advise", "acme-backend-engineer"], now: "2026-03-20T10:00")
        #expect(waiting.contains("[P6 move-on] Your final attempt went out on Thu 19 Mar; if no answer comes by Thu 26 Mar"))

        let end = try cli.json(["advise", "acme-backend-engineer"], now: "2026-03-26T10:00") as! [String: Any]
        #expect(try cli.ok(["today"], now: "2026-03-26T10:00").contains("    Move on: from Thu 26 Mar America/New_York\n"))
        #expect(end["action"] as? String == "move-on")
        #expect(end["draftKind"] is NSNull)
        #expect((end["window"] as! [String: Any])["latest"] is NSNull)

        try cli.ok(["close", "acme-backend-engineer", "--outcome", "no-answer"], now: "2026-03-26T10:05")
        #expect(try cli.ok(["today"], now: "2026-03-26T10:10").contains("Nothing open. Every process is closed"))
        #expect(try cli.ok(["today", "--all"], now: "2026-03-26T10:10").contains("Closed\n"))
        let list = try cli.json(["list", "--all"], now: "2026-03-26T10:10") as! [[String: Any]]
        #expect(list.first?["outcome"] as? String == "no-answer")
    }

    @Test("a message the policy did not advise is recorded, with a warning naming the rule and the right date")
    func tooEarlyWarning() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE", "--time-zone", "America/New_York"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        try cli.ok(["promised", "acme-sre", "--by", "2026-03-13"], now: "2026-03-11T16:05")
        let result = try cli.run(["sent", "acme-sre", "--kind", "check-in"], now: "2026-03-12T10:00")
        #expect(result.status == 0)
        #expect(result.err.contains("followup: warning: [P11 too-early] Not yet (P2)"))
        #expect(result.err.contains("It would have been right from Mon 16 Mar 09:00 America/New_York."))
        #expect(result.out.contains("Recorded event 3 for Acme, Thu 12 Mar 10:00: check-in sent."))
        let show = try cli.json(["show", "acme-sre"], now: "2026-03-12T10:05") as! [String: Any]
        #expect((show["events"] as! [Any]).count == 3)
    }

    @Test("undo appends a retraction: the history keeps both and the advice goes back")
    func undo() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        try cli.ok(["close", "acme-sre", "--outcome", "rejected"], now: "2026-03-12T10:00")
        let undone = try cli.ok(["undo", "acme-sre"], now: "2026-03-12T10:01")
        #expect(undone.contains("Recorded event 3 for Acme, Thu 12 Mar 10:01: event 2 undone."))
        let show = try cli.ok(["show", "acme-sre"], now: "2026-03-12T10:02")
        #expect(show.contains("closed (rejected)  (undone)"))
        #expect(show.contains("undo of event 2"))
        #expect(show.contains("status waiting"))
        try cli.ok(["undo", "acme-sre"], now: "2026-03-12T10:03")
        let empty = try cli.run(["undo", "acme-sre"], now: "2026-03-12T10:04")
        #expect(empty.status == 1)
        #expect(empty.err == "followup: error: there is nothing to undo: the process has no events left\n")
    }

    @Test("--on answers as of another date without changing anything")
    func onDate() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        let advice = try cli.json(["advise", "acme-sre", "--on", "2026-03-18"], now: "2026-03-12T10:00") as! [String: Any]
        #expect(advice["rule"] as? String == "P4")
        #expect((advice["window"] as! [String: Any])["earliest"] as? String == "2026-03-18T09:00:00-04:00")
    }

    @Test("the recruiter's time is shown beside the user's when the zones differ")
    func twoZones() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE", "--time-zone", "Europe/Lisbon"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 09:00"], now: "2026-03-11T16:00")
        let text = try cli.ok(["advise", "acme-sre"], now: "2026-03-18T06:00")
        #expect(text.contains("Check in: Wed 18 Mar 09:00 – Fri 20 Mar 11:00 Europe/Lisbon (Wed 18 Mar 05:00 – Fri 20 Mar 07:00 America/New_York)"))
    }
}
