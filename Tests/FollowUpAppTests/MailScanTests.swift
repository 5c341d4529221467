import FollowUpApp
import FollowUpCore
import FollowUpMail
import Foundation
import Testing

/// `scanMail` on the in-memory store: matching, reading replies, and never recording twice.
@Suite struct MailScanTests {
    let zone = try! Zone("America/New_York")
    func time(_ text: String) -> Date { try! DateInput.instant(text, in: zone) }

    /// Three processes: Acme (a recruiter at acme.test), Globex (a gmail contact) and two at Initech.
    func workspace(own: String? = "ana@home.test") async throws -> (Workspace, InMemoryStore) {
        let store = InMemoryStore()
        let start = time("2026-03-02 09:00")
        _ = try await store.addProcess(
            company: "Acme", role: "Backend Engineer", contacts: [Contact(name: "Dana Reyes", email: "dana@acme.test")], region: "US", zone: zone,
            language: .english, now: start)
        _ = try await store.addProcess(
            company: "Globex", role: "SRE", contacts: [Contact(name: "Sam", email: "sam.globex@gmail.com")], region: "US", zone: zone,
            language: .english, now: start)
        for role in ["Data Engineer", "Analyst"] {
            _ = try await store.addProcess(
                company: "Initech", role: role, contacts: [Contact(name: "Lu", email: "lu@initech.test")], region: "BR", zone: zone,
                language: .brazilianPortuguese, now: start)
        }
        if let own { _ = try await store.setSetting("mail-addresses", to: own) }
        return (try await Workspace.open(store, now: time("2026-03-20 12:00"), fallbackZone: .utc), store)
    }

    func mail(_ source: String, _ headers: [String], _ body: String) -> ScannedMail {
        let text = headers.joined(separator: "\n") + "\n\n" + body + "\n"
        return ScannedMail(source: source, message: Result { () throws(MailError) in try MailMessage(bytes: Array(text.utf8)) })
    }

    var acmeThread: [ScannedMail] {
        [
            // Given newest first: the scan orders by date, so the reply finds its thread.
            mail(
                "reply.eml",
                [
                    "From: Dana Reyes <dana@acme.test>", "To: ana@home.test", "Date: Tue, 10 Mar 2026 10:00:00 -0400",
                    "Message-ID: <r1@acme.test>", "In-Reply-To: <s1@home.test>",
                ],
                "Thanks Ana! The panel meets this week and we will get back to you by Friday.\n\nOn Mon, Mar 9, 2026, Ana wrote:\n> Could you let me know by Monday?"
            ),
            mail(
                "sent.eml",
                [
                    "From: Ana <ana@home.test>", "To: \"Reyes, Dana\" <DANA@acme.test>", "Date: Mon, 9 Mar 2026 18:00:00 -0400",
                    "Message-ID: <s1@home.test>",
                ],
                "Hi Dana, thank you for the conversation today about the billing service. Best, Ana"),
        ]
    }

    @Test("mail from the user is a message sent, matched by a contact's address; the reply is matched by its thread and read for its timeline")
    func sentAndReply() async throws {
        let (workspace, store) = try await workspace()
        let scan = try await workspace.scanMail(acmeThread, dryRun: false)
        #expect(scan.lines.map(\.action) == [.sent, .reply])
        #expect(scan.lines.map(\.reason) == ["a contact's address", "in the thread of a recorded message"])
        let history = try await store.state(of: "acme-backend-engineer").history
        guard case .messageSent(let sent) = history.first?.payload, case .replyReceived(let reply) = history.last?.payload else {
            Issue.record("expected a sent message then a reply, got \(history.map(\.payload))")
            return
        }
        #expect(sent.kind == .thankYou && sent.messageID == "s1@home.test" && sent.to == "Reyes, Dana")
        // The mail stays where it is: its text is not copied.
        #expect(sent.text == nil)
        // "by Friday" of the new text; the quoted "by Monday" is the candidate's own words.
        #expect(reply.deadline == Deadline(Day(year: 2026, month: 3, day: 13)!))
        #expect(reply.messageID == "r1@acme.test" && reply.from == "Dana Reyes" && !reply.invitesNextStep)
    }

    @Test("a second scan records nothing again; a dry run records nothing at all")
    func idempotent() async throws {
        let (workspace, store) = try await workspace()
        let dry = try await workspace.scanMail(acmeThread, dryRun: true)
        #expect(dry.lines.map(\.action) == [.sent, .reply])
        #expect(try await store.state(of: "acme-backend-engineer").history.isEmpty)
        _ = try await workspace.scanMail(acmeThread, dryRun: false)
        let again = try await workspace.scanMail(acmeThread, dryRun: false)
        #expect(again.lines.map(\.action) == [.known, .known])
        #expect(try await store.state(of: "acme-backend-engineer").history.count == 2)
    }

    @Test("a company's domain matches, a public one does not, and a domain shared by two open processes is left to the user")
    func domains() async throws {
        let (workspace, _) = try await workspace()
        let scan = try await workspace.scanMail(
            [
                mail(
                    "a",
                    ["From: People <people@acme.test>", "To: ana@home.test", "Date: Wed, 11 Mar 2026 09:00:00 -0400", "Message-ID: <a@acme.test>"],
                    "We would like to invite you to a final interview. What is your availability next week?"),
                mail(
                    "b", ["From: Someone <someone@gmail.com>", "To: ana@home.test", "Date: Wed, 11 Mar 2026 09:00:00 -0400", "Message-ID: <b@x>"],
                    "Hello there."),
                mail(
                    "c",
                    ["From: RH <rh@initech.test>", "To: ana@home.test", "Date: Wed, 11 Mar 2026 09:00:00 -0400", "Message-ID: <c@initech.test>"],
                    "Olá! Tudo certo?"),
            ], dryRun: false)
        #expect(scan.lines.map(\.action) == [.reply, .skipped, .skipped])
        // Globex's only contact writes from gmail: its own domain still names it.
        let named = try await workspace.scanMail(
            [
                mail(
                    "d",
                    ["From: HR <hr@mail.globex.com.br>", "To: ana@home.test", "Date: Thu, 12 Mar 2026 09:00:00 -0400", "Message-ID: <d@globex>"],
                    "Thanks for your time.")
            ], dryRun: true)
        #expect(named.lines.first?.process == "globex-sre")
        #expect(named.lines.first?.reason == "a mail domain named after the company")
        #expect(scan.lines[0].process == "acme-backend-engineer" && scan.lines[0].invitesNextStep)
        // A question about the candidate's week promises nothing.
        #expect(scan.lines[0].deadline == nil)
        #expect(scan.lines[1].reason.contains("no process knows someone@gmail.com"))
        #expect(scan.lines[2].reason.contains("initech-analyst and initech-data-engineer"))
    }

    @Test("what cannot be recorded is skipped with its reason, and the scan goes on")
    func skipsWithReasons() async throws {
        let (workspace, _) = try await workspace(own: nil)
        let scan = try await workspace.scanMail(
            [
                ScannedMail(source: "empty", message: .failure(.empty)),
                mail("no-id", ["From: Dana <dana@acme.test>", "Date: Wed, 11 Mar 2026 09:00:00 -0400"], "Hi"),
                mail("no-date", ["From: Dana <dana@acme.test>", "Message-ID: <nd@acme.test>"], "Hi"),
                mail(
                    "future", ["From: Dana <dana@acme.test>", "Date: Wed, 1 Apr 2026 09:00:00 -0400", "Message-ID: <f@acme.test>"], "Hi"),
                mail(
                    "mine", ["From: Ana <ana@home.test>", "To: nobody@else.test", "Date: Wed, 11 Mar 2026 09:00:00 -0400", "Message-ID: <m@h>"],
                    "Hi"),
            ], dryRun: false)
        let bySource = Dictionary(uniqueKeysWithValues: scan.lines.map { ($0.source, $0) })
        #expect(bySource["empty"]?.action == .malformed)
        #expect(bySource["no-id"]?.reason.contains("no Message-ID") == true)
        #expect(bySource["no-date"]?.reason.contains("no readable Date") == true)
        // The store's refusal is kept as data, for each surface to word.
        if case .invalid(.eventInFuture(let what, _, _))? = bySource["future"]?.refusal {
            #expect(what == "reply")
        } else {
            Issue.record("expected a refusal for a date in the future, got \(String(describing: bySource["future"]?.refusal))")
        }
        #expect(bySource["mine"]?.reason.contains("set mail-addresses") == true)
        #expect(scan.count(.sent) + scan.count(.reply) == 0)
    }
}
