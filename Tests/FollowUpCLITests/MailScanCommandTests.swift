import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `followup mail scan` on real files: a Maildir as mbsync writes it, an mbox and an .eml.
@Suite struct MailScanCommandTests {
    let now = "2026-03-20T12:00:00-04:00"

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func runner() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run(
            ["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.test>", "--time-zone", "America/New_York"], now: now)
        try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
        let maildir = cli.folder + "/Mail"
        try write(
            maildir + "/Sent/cur/1:2,S",
            "From: Ana <ana@home.test>\nTo: Dana Reyes <dana@acme.test>\nDate: Mon, 9 Mar 2026 18:00:00 -0400\nMessage-ID: <s1@home.test>\n\nHi Dana, thank you for today's conversation about the billing service.\n"
        )
        try write(maildir + "/INBOX/tmp/half-written", "From: Dana <dana@acme.test>\n")
        try write(maildir + "/INBOX/new/2", "not mail at all, just words\n")
        try write(
            cli.folder + "/takeout.mbox",
            "From dana@acme.test Tue Mar 10 14:00:00 2026\nFrom: Dana Reyes <dana@acme.test>\nTo: ana@home.test\nDate: Tue, 10 Mar 2026 10:00:00 -0400\nMessage-ID: <r1@acme.test>\nIn-Reply-To: <s1@home.test>\n\nThanks! We will get back to you by Friday.\n>From the panel notes: all good.\n\n"
        )
        try write(
            cli.folder + "/invite.eml",
            "From: Dana Reyes <dana@acme.test>\nTo: ana@home.test\nDate: Mon, 16 Mar 2026 10:00:00 -0400\nMessage-ID: <r2@acme.test>\n\nWe would like to schedule a final interview with the team.\n"
        )
        return cli
    }

    @Test("a dry run lists what would be recorded and why, one line each, and records nothing")
    func dryRun() throws {
        let cli = try runner()
        let result = try cli.run(
            ["mail", "scan", cli.folder + "/Mail", cli.folder + "/takeout.mbox", cli.folder + "/invite.eml", "--dry-run"], now: now)
        #expect(result.status == 0)
        #expect(result.lines.contains { $0.hasPrefix("would record sent acme-backend-engineer") && $0.contains("a contact's address") })
        #expect(result.lines.contains { $0.hasPrefix("would record reply acme-backend-engineer") && $0.contains("takeout.mbox#1") })
        #expect(result.lines.contains { $0.hasPrefix("not mail") && $0.contains("INBOX/new/2") })
        #expect(!result.out.contains("half-written"))
        #expect(result.lines.contains("Would record 3 (1 sent, 2 replies); 0 already recorded; 0 skipped; 1 not mail."))
        let show = try cli.run(["show", "acme-backend-engineer", "--json"], now: now)
        #expect(!show.out.contains("message-sent") && !show.out.contains("reply-received"))
    }

    @Test("a scan records each message once, reads the reply's timeline and invitation, and a re-run adds nothing")
    func recordsOnce() throws {
        let cli = try runner()
        let paths = [cli.folder + "/Mail", cli.folder + "/takeout.mbox", cli.folder + "/invite.eml"]
        let first = try cli.run(["mail", "scan"] + paths + ["--json"], now: now)
        #expect(first.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any])
        #expect(json["sent"] as? Int == 1 && json["replies"] as? Int == 2 && json["malformed"] as? Int == 1)
        let lines = try #require(json["lines"] as? [[String: Any]])
        let reply = try #require(lines.first { $0["messageId"] as? String == "r1@acme.test" })
        #expect((reply["deadline"] as? [String: Any])?["end"] as? String == "2026-03-13")
        #expect(lines.first { $0["messageId"] as? String == "r2@acme.test" }?["invitesNextStep"] as? Bool == true)
        let again = try cli.run(["mail", "scan"] + paths, now: now)
        #expect(again.lines.contains("Recorded 0 (0 sent, 0 replies); 3 already recorded; 0 skipped; 1 not mail."))
        let history = try cli.run(["show", "acme-backend-engineer"], now: now).out
        #expect(history.components(separatedBy: "reply").count - 1 >= 2)
    }

    @Test("a path that does not exist is one clear line, exit 2, and nothing recorded")
    func missingPath() throws {
        let cli = try runner()
        let result = try cli.run(["mail", "scan", cli.folder + "/takeout.mbox", cli.folder + "/nowhere"], now: now)
        #expect(result.status == 2)
        #expect(result.err == "followup: error: cannot read \(cli.folder)/nowhere: give a Maildir folder, an mbox file or .eml files\n")
        let show = try cli.run(["show", "acme-backend-engineer", "--json"], now: now)
        #expect(!show.out.contains("reply-received"))
    }
}

/// A scan killed half-way keeps what it recorded, and the next scan records the rest, once each.
@Suite struct MailScanCrashTests {
    @Test("a scan killed part-way resumes cleanly: the same events as one whole scan, none twice")
    func killedScan() throws {
        let now = "2026-06-30T12:00:00-04:00"
        var mbox = ""
        for index in 0..<300 {
            let day = 1 + index % 28
            let mine = index % 2 == 0
            let (from, to) = mine ? ("ana@home.test", "dana@acme.test") : ("dana@acme.test", "ana@home.test")
            mbox += "From x Mon Jan  5 10:00:00 2026\nFrom: \(from)\nTo: \(to)\nDate: \(day) May 2026 \(10 + index % 8):\(10 + index % 50):00 -0400\n"
            mbox += "Message-ID: <m\(index)@home.test>\n\nNote \(index) about the backend role.\n\n"
        }
        func prepared() throws -> CLIRunner {
            let cli = CLIRunner()
            try cli.run(
                ["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana <dana@acme.test>", "--time-zone", "America/New_York"], now: now)
            try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
            try mbox.write(toFile: cli.folder + "/all.mbox", atomically: true, encoding: .utf8)
            return cli
        }
        func ids(_ cli: CLIRunner) throws -> [String] {
            let export = try JSONSerialization.jsonObject(with: Data(try cli.run(["export"], now: now).out.utf8)) as? [String: Any]
            let processes = export?["processes"] as? [[String: Any]] ?? []
            return processes.flatMap { ($0["events"] as? [[String: Any]] ?? []).compactMap { $0["messageID"] as? String } }.sorted()
        }
        let whole = try prepared()
        let start = Date()
        try whole.run(["mail", "scan", whole.folder + "/all.mbox"], now: now)
        let lifetime = Date().timeIntervalSince(start)
        let expected = try ids(whole)
        #expect(expected.count == 300)

        let killed = try prepared()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["mail", "scan", killed.folder + "/all.mbox"]
        var environment = killed.environment
        environment["FOLLOWUP_NOW"] = now
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: lifetime * 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = try ids(killed)
        #expect(Set(partial).count == partial.count)
        let resumed = try killed.run(["mail", "scan", killed.folder + "/all.mbox"], now: now)
        #expect(resumed.status == 0)
        let after = try ids(killed)
        #expect(after == expected)
    }
}
