import FollowUpCore
import Foundation
import Testing

@testable import FollowUpMail

@Suite struct MailboxTests {
    @Test("an mbox written by Python's mailbox splits into the same messages, in order")
    func mboxMatchesPython() throws {
        let oracle = try MailOracleTests.oracle.get()
        let (ids, table) = (oracle.mboxIDs, oracle.table)
        let messages = Mbox.messages(in: oracle.mbox)
        #expect(messages.count == table.count)
        #expect(try messages.map { try MailMessage(bytes: $0).messageID ?? "" } == ids)
        // Bodies come back unquoted: a line that began "From " in the message begins so again.
        let names = table.keys.sorted()
        for (name, bytes) in zip(names, messages) where table[name]?.plain?.contains("\nFrom the team") == true {
            #expect(try MailMessage(bytes: bytes).plainText == table[name]?.plain, "\(name)")
        }
    }

    @Test("mboxrd quoting loses one '>' from a quoted 'From ' line; other lines keep theirs")
    func mboxrdUnquoting() throws {
        let mbox = """
            From alice@example.com Mon Feb  3 10:00:00 2025
            From: Alice <alice@example.com>
            Message-ID: <one@example.com>

            >From here on, thanks.
            >>From a quote of a quote.
            > plain quoted reply

            From bob@example.com Mon Feb  3 11:00:00 2025
            From: Bob <bob@example.com>
            Message-ID: <two@example.com>

            Second.

            """
        let messages = Mbox.messages(in: Array(mbox.utf8))
        #expect(messages.count == 2)
        let first = try MailMessage(bytes: messages[0])
        #expect(first.messageID == "one@example.com")
        #expect(first.plainText == "From here on, thanks.\n>From a quote of a quote.\n> plain quoted reply\n")
        #expect(try MailMessage(bytes: messages[1]).plainText == "Second.\n")
    }

    @Test("bytes that are not mail are refused with the reason; anything else is read as far as it goes")
    func notMail() {
        #expect(throws: MailError.empty) { try MailMessage(bytes: Array(" \n\r\n".utf8)) }
        #expect(throws: MailError.noHeaders) { try MailMessage(bytes: Array("just some words\nand more\n".utf8)) }
        // A header block with no body, and a body with no blank line before it, still read.
        #expect((try? MailMessage(bytes: Array("Subject: only headers".utf8)))?.subject == "only headers")
    }

    @Test("a multipart nested past any sensible depth is read without exhausting the stack")
    func deepNesting() throws {
        var message = "Content-Type: text/plain\n\nbottom\n"
        for level in 0..<500 {
            message = "Content-Type: multipart/mixed; boundary=\"b\(level)\"\n\n--b\(level)\n\(message)\n--b\(level)--\n"
        }
        message = "From: a@example.com\n" + message
        let parsed = try MailMessage(bytes: Array(message.utf8))
        #expect(parsed.root.allParts.count <= MIMEPart.maximumDepth + 2)
    }

    @Test(
        "dates in the forms RFC 5322 allows, obsolete ones included",
        arguments: [
            ("Mon, 3 Feb 2025 10:00:00 +0100", "2025-02-03T09:00:00Z"),
            ("3 Feb 2025 10:00 -0300", "2025-02-03T13:00:00Z"),
            ("Mon, 03 Feb 25 10:00:00 EST", "2025-02-03T15:00:00Z"),
            ("Monday, 3 Feb 2025 10:00:00 GMT", "2025-02-03T10:00:00Z"),
            ("Mon, 3 Feb 2025 10:00:00 +0000 (UTC)", "2025-02-03T10:00:00Z"),
            ("Mon,  3  feb  2025  10:00:00  -0000", "2025-02-03T10:00:00Z"),
            ("3 Feb 099 10:00:00 +0000", "1999-02-03T10:00:00Z"),
            ("Feb 3 2025 10:00:00 PDT", "2025-02-03T17:00:00Z"),
        ])
    func dates(text: String, iso: String) throws {
        let date = try #require(MailDate.parse(text))
        #expect(date == (try Date(iso, strategy: .iso8601)))
    }

    @Test("a date that is not one reads as none", arguments: ["", "yesterday", "32 Feb 2025 10:00 +0000", "3 Foo 2025 10:00 +0000"])
    func badDates(text: String) {
        #expect(MailDate.parse(text) == nil)
    }

    @Test("Windows-1252 and ISO-8859-1 bodies, and encoded words split over folded lines")
    func charsets() throws {
        let bytes: [UInt8] =
            Array(
                "From: =?windows-1252?Q?Ren=E9e?=\n =?windows-1252?Q?_Fa=FF?= <r@example.com>\nSubject: =?iso-8859-1?B?QefjbyE=?= now\nContent-Type: text/plain; charset=windows-1252\n\n"
                    .utf8)
            + [0x80, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x0A]
        let message = try MailMessage(bytes: bytes)
        #expect(message.from == [MailAddress(name: "Renée Faÿ", address: "r@example.com")])
        #expect(message.subject == "Ação! now")
        #expect(message.plainText == "€ “ok”\n")
    }
}

@Suite struct QuotedReplyTests {
    @Test("the new text of a reply stops where the quoted message starts")
    func stopsAtQuote() {
        #expect(QuotedReply.newText("Sure, Friday works.\n\nOn Mon, 3 Feb 2025, Ana <a@x.test> wrote:\n> by Monday?\n") == "Sure, Friday works.")
        #expect(QuotedReply.newText("Combinado.\nEm seg., 3 de fev. de 2025, Ana escreveu:\n> até segunda?") == "Combinado.")
        #expect(QuotedReply.newText("Noted.\n-----Original Message-----\nFrom: Ana\nby Monday") == "Noted.")
        #expect(QuotedReply.newText("> quoted first\nMy answer.") == "My answer.")
    }
}

@Suite struct OutgoingMailTests {
    @Test("a message written reads back the same: encoded names and subject, folded headers, quoted-printable body")
    func roundTrip() throws {
        let body =
            "Olá Dana,\n\nObrigada pela conversa de hoje sobre a migração — " + String(repeating: "muito bom ", count: 12) + "\nTrailing space \nAna"
        let mail = OutgoingMail(
            from: MailAddress(name: "Ana Conceição", address: "ana@home.test"), to: [MailAddress(name: "Reyes, Dana", address: "dana@acme.test")],
            subject: "Agradecimento — conversa sobre a vaga de Engenharia de Dados e os próximos passos do processo", body: body,
            date: try Date("2026-03-09T22:00:00Z", strategy: .iso8601), utcOffset: -4 * 3600, messageID: "m1@home.test",
            inReplyTo: "r1@acme.test")
        let bytes = mail.bytes
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.split(separator: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(text.contains("Date: Mon, 9 Mar 2026 18:00:00 -0400\r\n"))
        let message = try MailMessage(bytes: bytes)
        #expect(message.from == [mail.from])
        #expect(message.to == mail.to)
        #expect(message.subject == mail.subject)
        #expect(message.plainText == body)
        #expect(message.messageID == "m1@home.test" && message.inReplyTo == ["r1@acme.test"])
        #expect(message.date == mail.date)
    }
}

@Suite struct ICalendarTests {
    @Test("a zone's change in the period is a DAYLIGHT component, and events are written in local time")
    func zonesAndEvents() throws {
        let change = try Date("2026-03-08T07:00:00Z", strategy: .iso8601)
        let zone = ICalendar.TimeZoneRule(identifier: "America/New_York", initialOffset: -5 * 3600, changes: [(change, -4 * 3600)])
        let start = try Date("2026-03-10T18:00:00Z", strategy: .iso8601)
        let event = ICalendar.Event(
            uid: "interview-7@acme.followup", sequence: 3, time: .timed(start: start, end: start.addingTimeInterval(3600), zone: "America/New_York"),
            summary: "Interview; with Dana, again", description: "Line one\nline two — " + String(repeating: "é", count: 60), alarm: true)
        let text = ICalendar(name: "Followup", zones: [zone], events: [event], stamp: start).text
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT"))
        #expect(text.contains("DTSTART;TZID=America/New_York:20260310T140000\r\n"))
        #expect(text.contains("SUMMARY:Interview\\; with Dana\\, again\r\n"))
        #expect(text.contains("TRIGGER:PT0M"))
        #expect(text.contains("SEQUENCE:3"))
        // Folded at 75 bytes, never inside a character.
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:Line one\\nline two — " + String(repeating: "é", count: 60) + "\r\n"))
    }

    @Test("an all-day event ends the next day, across a month's end")
    func allDay() {
        let event = ICalendar.Event(
            uid: "deadline@x.followup", sequence: 1, time: .day(Day(year: 2026, month: 2, day: 28)!), summary: "Answer promised")
        let text = ICalendar(name: "Followup", zones: [], events: [event], stamp: Date(timeIntervalSince1970: 0)).text
        #expect(text.contains("DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\n"))
    }
}

@Suite struct MangledInputTests {
    /// SplitMix64, so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    @Test("mangled mail and calendars are read as far as they go, never crash")
    func mangled() throws {
        let seeds = try MailOracleTests.oracle.get().cases.prefix(40).map(\.2)
        let calendar = Array(
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:X\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTART;TZID=X:20260310T140000\r\nDURATION:PT1H\r\nORGANIZER;CN=\"A, B\":mailto:a@b.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                .utf8)
        var random = Random(state: 20_261_207)
        let noise: [UInt8] = Array("=?:;<>\"()\\\r\n -*From boundary--".utf8) + [0, 0x80, 0xC3, 0xFF]
        for round in 0..<3000 {
            var bytes = round % 5 == 0 ? calendar : seeds[random.below(seeds.count)]
            for _ in 0..<(1 + random.below(8)) {
                guard !bytes.isEmpty else { break }
                let at = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[at] = noise[random.below(noise.count)]
                case 1: bytes.insert(noise[random.below(noise.count)], at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + random.below(40)))
                default: bytes = Array(bytes.prefix(at))
                }
            }
            if let message = try? MailMessage(bytes: bytes) {
                _ = (message.subject, message.from, message.to, message.cc, message.date, message.messageID, message.references)
                _ = (message.plainText, message.calendars, message.headers.all("To").flatMap { MailAddress.addresses(in: $0) })
            }
            _ = Mbox.messages(in: bytes)
            _ = CalendarInvitation.read(String(decoding: bytes, as: UTF8.self))
        }
    }
}
