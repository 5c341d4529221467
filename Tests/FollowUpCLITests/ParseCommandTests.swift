import Foundation
import Testing

/// `followup parse` and `followup promised ID "WORDS"`.
@Suite struct ParseCommandTests {
    @Test("parse prints how the words were read")
    func text() throws {
        let out = try CLIRunner().ok(["parse", "We'll get back to you by the end of next week."], now: "2026-03-11T15:00")
        #expect(out == "by the end of next week -> Friday 20 March 2026 (a week ends on Friday)\n")
    }

    @Test("parse --json has the deadline, range, alternatives, span and reading")
    func json() throws {
        let out = try CLIRunner().ok(["parse", "Você deve ter um retorno no começo da semana que vem", "--said-on", "2026-03-11", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        #expect(object["deadline"] as? String == "2026-03-17")
        #expect(object["range"] as? [String: String] == ["start": "2026-03-16", "end": "2026-03-17"])
        #expect(object["alternatives"] as? [String] == [])
        #expect(object["span"] as? [String: Int] == ["start": 25, "end": 52])
        #expect((object["reading"] as? String)?.hasPrefix("no começo da semana que vem -> Monday 16 March 2026 to Tuesday 17 March 2026") == true)
    }

    @Test("parse counts the region's holidays when asked")
    func region() throws {
        let cli = CLIRunner()
        #expect(
            try cli.ok(["parse", "em até 5 dias úteis", "--said-on", "2026-02-12", "--language", "pt-BR", "--json", "--region", "BR"]).contains(
                "\"deadline\" : \"2026-02-23\""))
        #expect(
            try cli.ok(["parse", "em até 5 dias úteis", "--said-on", "2026-02-12", "--language", "pt-BR", "--json"]).contains(
                "\"deadline\" : \"2026-02-19\""))
    }

    @Test(
        "parse refuses what it cannot read",
        arguments: [
            (
                ["parse", "Lovely to meet you"],
                "followup: error: parse: found no date or timeline in 'Lovely to meet you' (read all 4 words for weekdays, dates, durations such as 'within two weeks' and periods such as 'end of next week'): give the day with --by YYYY-MM-DD"
            ),
            (["parse", "by Friday", "--language", "fr"], "followup: error: --language: unknown language 'fr': use one of en, pt-BR"),
            (
                ["parse", "by Friday", "--said-on", "Friday"],
                "followup: error: --said-on: cannot read the date 'Friday': write it as YYYY-MM-DD (2026-03-13)"
            ),
        ])
    func refused(arguments: [String], message: String) throws {
        let result = try CLIRunner().run(arguments, now: "2026-03-11T15:00")
        #expect(result.status == 2)
        #expect(result.err == message + "\n")
    }

    @Test("promised reads the words in the process's language and zone, records them, and leaves the store alone when it cannot")
    func promised() throws {
        let cli = CLIRunner()
        try cli.ok(
            ["add", "Açaí", "--role", "Dev", "--language", "pt-BR", "--time-zone", "America/Sao_Paulo", "--region", "BR-SP"], now: "2026-03-09T10:00")
        let before = try cli.ok(["export"])
        let failed = try cli.run(["promised", "acai-dev", "obrigado pela conversa"], now: "2026-03-11T15:00")
        #expect(failed.status == 2)
        #expect(failed.err.hasPrefix("followup: error: promised: found no date or timeline in 'obrigado pela conversa'"))
        #expect(try cli.ok(["export"]) == before)
        let out = try cli.ok(["promised", "acai-dev", "Você deve ter um retorno sexta que vem"], now: "2026-03-11T15:00")
        #expect(
            out.hasPrefix(
                "Read sexta que vem -> Friday 20 March 2026 (a next Friday said on a Wednesday could be this week's or next week's: took next week's (setting next-weekday: following-week)); could also mean Friday 13 March 2026, end of day in America/Sao_Paulo.\n"
            ))
        let show = try cli.ok(["show", "acai-dev", "--json"], now: "2026-03-11T15:05")
        #expect(show.contains("2026-03-20"))
        #expect(show.contains("Você deve ter um retorno sexta que vem"))
    }

    @Test("a promise with no firm date is recorded without one, and the no-timeline rule runs from the day it was said")
    func vaguePromise() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-09 14:00"], now: "2026-03-09T16:00")
        let out = try cli.ok(["promised", "acme-sre", "Our recruiter will be in contact"], now: "2026-03-11T15:00")
        #expect(out.hasPrefix("Read be in contact -> "))
        #expect(out.contains("no firm date, recorded as a promise without one."))
        let show = try cli.ok(["show", "acme-sre"], now: "2026-03-11T15:05")
        #expect(show.contains("promised an answer with no firm date — “Our recruiter will be in contact”"))
        #expect(show.contains("(read: be in contact -> "), "the event keeps how the words were read")
        let advice = try cli.json(["advise", "acme-sre"], now: "2026-03-12T10:00") as! [String: Any]
        #expect(advice["rule"] as? String == "P4")
        #expect((advice["window"] as! [String: Any])["earliest"] as? String == "2026-03-18T09:00:00-04:00")
        #expect((advice["explanation"] as? String)?.contains("named no date") == true)
        // Exported and imported again, the promise still has no date.
        let exported = try cli.ok(["export"], now: "2026-03-12T10:00")
        #expect(!exported.contains("2026-03-20"))
    }
}
