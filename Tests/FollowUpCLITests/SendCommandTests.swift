import FollowUpMail
import Foundation
import Testing

/// `draft --eml` and `send`, with a send command that stands in for msmtp (the real one is
/// `Tests/mail/send_journey.py`).
@Suite struct SendCommandTests {
    let now = "2026-03-11T18:00:00-04:00"

    func runner() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run(
            ["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.test>", "--time-zone", "America/New_York"], now: now)
        try cli.run(["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00"], now: now)
        return cli
    }

    @Test("draft --eml writes the draft as a message from the user to the recruiter, that reads back the same")
    func eml() throws {
        let cli = try runner()
        let missing = try cli.run(["draft", "acme-backend-engineer", "--eml"], now: now)
        #expect(missing.status != 0)
        #expect(missing.err.contains("mail-addresses"))
        try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
        try cli.run(["settings", "name", "Ana Conceição"], now: now)
        let result = try cli.run(["draft", "acme-backend-engineer", "--eml"], now: now)
        #expect(result.status == 0)
        let message = try MailMessage(bytes: Array(result.out.utf8))
        #expect(message.from == [MailAddress(name: "Ana Conceição", address: "ana@home.test")])
        #expect(message.to == [MailAddress(name: "Dana Reyes", address: "dana@acme.test")])
        #expect(message.messageID?.hasSuffix("@home.test") == true)
        let draft = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["draft", "acme-backend-engineer", "--json"], now: now).out.utf8))
                as? [String: Any])
        #expect(message.subject == draft["subject"] as? String)
        #expect(message.plainText == draft["body"] as? String)
        #expect(result.out.contains("\r\n"))
    }

    @Test("send hands the message to the send command and records it with its Message-ID; a failing command records nothing")
    func send() throws {
        let cli = try runner()
        try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
        let outbox = cli.folder + "/outbox.eml"
        try cli.run(["settings", "send-command", "exit 75"], now: now)
        let failed = try cli.run(["send", "acme-backend-engineer", "--yes"], now: now)
        #expect(failed.status == 1)
        #expect(failed.err.contains("failed (exit 75)") && failed.err.contains("nothing was recorded"))
        #expect(!(try cli.run(["export"], now: now).out.contains("message-sent")))
        // Without --yes, anything but "y" keeps it.
        try cli.run(["settings", "send-command", "cat > \(outbox)"], now: now)
        let declined = try cli.run(["send", "acme-backend-engineer"], now: now, input: Data("n\n".utf8))
        #expect(declined.out.contains("Not sent; nothing recorded."))
        #expect(!FileManager.default.fileExists(atPath: outbox))
        let sent = try cli.run(["send", "acme-backend-engineer"], now: now, input: Data("y\n".utf8))
        #expect(sent.status == 0)
        let message = try MailMessage(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: outbox))))
        let id = try #require(message.messageID)
        #expect(try cli.run(["export"], now: now).out.contains("\"messageID\" : \"\(id)\""))
    }

    @Test("a draft with review errors is refused unless --force")
    func refusesErrors() throws {
        let cli = try runner()
        try cli.run(["settings", "mail-addresses", "ana@home.test"], now: now)
        try cli.run(["settings", "send-command", "cat > /dev/null"], now: now)
        // The user's own phrase for R2 makes the draft's "next steps" an error.
        try cli.run(["settings", "extra-phrases-en", "R2=next steps"], now: now)
        let refused = try cli.run(["send", "acme-backend-engineer", "--yes"], now: now)
        #expect(refused.status == 1)
        #expect(refused.err.contains("review errors (R2"))
        #expect(try cli.run(["send", "acme-backend-engineer", "--yes", "--force"], now: now).status == 0)
    }
}
