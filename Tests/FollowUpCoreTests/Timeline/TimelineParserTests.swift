import Foundation
import Testing

@testable import FollowUpCore

@Suite struct TimelineParserTests {
    let parser = TimelineParser()

    func read(_ text: String, on day: String = TimelinePhrases.wednesday, language: Language = .english) throws -> TimelineReading {
        try parser.parse(text, saidOn: Day(iso: day)!, language: language)
    }

    /// Every phrase of a language's table: a regression on any one phrase fails, with the misses listed.
    @Test("phrase tables read every deadline right", arguments: [Language.english, .brazilianPortuguese])
    func accuracy(language: Language) {
        let table = TimelinePhrases.table(language)
        var misses: [String] = []
        for row in table {
            let got = (try? parser.parse(row.phrase, saidOn: Day(iso: row.saidOn)!, language: language))?.deadline.description ?? "no reading"
            if got != row.deadline { misses.append("\(row.phrase) -> \(got), expected \(row.deadline)") }
        }
        let accuracy = Double(table.count - misses.count) / Double(table.count)
        print("timeline accuracy \(language.rawValue): \(table.count - misses.count)/\(table.count) = \(String(format: "%.1f", accuracy * 100))%")
        for miss in misses { print("  miss: \(miss)") }
        #expect(table.count >= 150)
        #expect(misses.isEmpty, "\(misses.count) misses: \(misses.prefix(10))")
    }

    @Test("a number at the very start is read, not a crash", arguments: ["24th", "20", "3 days", "20/03", "the 24th"])
    func numberFirst(_ text: String) {
        // Matchers look one word back; at the first word there is none.
        _ = try? read(text)
        _ = try? read(text, language: .brazilianPortuguese)
    }

    @Test("arbitrary text never crashes the parser: it reads a deadline or says it found none")
    func fuzz() {
        var generator = SplitMix(seed: 20_261_201)
        let pieces = [
            "3", "24th", "dia", "de", "março", "Friday", "next", "-", "/", "..", "é", "\u{13}", "\u{10FFFF}", "👍🏽", " ", "\n", "em", "até", "10",
            "úteis",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? pieces.randomElement(using: &generator)!
                    : String(UnicodeScalar(UInt32.random(in: 1...0x2FFF, using: &generator)).map(Character.init) ?? " ")
            }.joined()
            for language in Language.allCases {
                do {
                    _ = try read(text, language: language)
                } catch let error as FollowUpError {
                    #expect(
                        error.message.contains("found no date or timeline") || error.message.contains("not a whole timeline")
                            || error.message.contains("cannot"),
                        "\(text.debugDescription): \(error.message)")
                } catch {
                    Issue.record("\(text.debugDescription): unexpected \(error)")
                }
            }
        }
    }

    @Test("the span is the words read, in character offsets of the original text")
    func span() throws {
        let reading = try read("Obrigada! Você deve ter um retorno em até 10 dias úteis, ok?", language: .brazilianPortuguese)
        #expect(reading.text == "em até 10 dias úteis")
        #expect(reading.span == 35..<55)
        #expect(reading.deadline.description == "2026-03-25")
    }

    @Test("'by Friday' said on a Friday means next week's, and says today is the other reading")
    func ambiguousWeekday() throws {
        let reading = try read("We'll get back to you by Friday.", on: "2026-03-13")
        #expect(reading.deadline.description == "2026-03-20")
        #expect(reading.alternatives.map(\.description) == ["2026-03-13"])
        #expect(reading.explanation.contains("could also mean Friday 13 March 2026"))
    }

    @Test("'next Friday' follows the policy, and the other meaning is listed")
    func nextWeekdayPolicy() throws {
        #expect(try read("next Friday").deadline.description == "2026-03-20")
        #expect(try read("next Friday").alternatives.map(\.description) == ["2026-03-13"])
        var policy = TimelinePolicy()
        policy.nextWeekday = .nextOccurrence
        let nearest = try TimelineParser(policy: policy).parse("next Friday", saidOn: Day(iso: "2026-03-11")!, language: .english)
        #expect(nearest.deadline.description == "2026-03-13")
    }

    @Test("a week can end on another day")
    func weekEnd() throws {
        var policy = TimelinePolicy()
        policy.weekEnds = .thursday
        let reading = try TimelineParser(policy: policy).parse("by the end of next week", saidOn: Day(iso: "2026-03-11")!, language: .english)
        #expect(reading.deadline.description == "2026-03-19")
        #expect(reading.explanation.contains("a week ends on Thursday"))
    }

    @Test("ranges keep both ends, the end being the deadline")
    func ranges() throws {
        let reading = try read("we expect to decide early next week")
        #expect(reading.range?.start.description == "2026-03-16")
        #expect(reading.range?.end.description == "2026-03-17")
        #expect(reading.deadline.description == "2026-03-17")
        let business = try read("it takes 5-7 business days")
        #expect(business.range.map { "\($0.start)..\($0.end)" } == "2026-03-18..2026-03-20")
    }

    @Test("words that promise nothing get the default window and say so")
    func nonCommitment() throws {
        let reading = try read("Thanks again, we'll be in touch.")
        #expect(!reading.isCommitment)
        #expect(reading.deadline.description == "2026-03-20")
        #expect(reading.explanation.contains("no date given: the default window of 5–7 business days"))
    }

    @Test("business days skip the region's holidays")
    func holidays() throws {
        let calendar = try HolidayRegions.region("BR").businessCalendar(years: 2026...2026)
        let reading = try TimelineParser(calendar: calendar).parse(
            "em até 5 dias úteis", saidOn: Day(iso: "2026-02-12")!, language: .brazilianPortuguese)
        // Thursday 12 February: Carnival Monday and Tuesday are skipped.
        #expect(reading.deadline.description == "2026-02-23")
    }

    @Test("no timeline is an error that says where it looked and what to do")
    func nothing() {
        #expect(throws: FollowUpError.noTimeline("Thanks for the chat!", words: 4)) { try read("  Thanks for the chat!  ") }
        // The core names no surface's controls: the remedy is data, worded by each surface.
        let error = FollowUpError.noTimeline("Thanks for the chat!", words: 4)
        #expect(
            error.message
                == "found no date or timeline in 'Thanks for the chat!' (read all 4 words for weekdays, dates, durations such as 'within two weeks' and periods such as 'end of next week'): give the day"
        )
        #expect(error.remedy == .giveTheDay)
        #expect(!error.message.contains("--"))
    }
}

/// Writes the phrase tables as JSON for `Benchmarks/timeline-vs-peers.sh`, which runs the same
/// phrases through dateparser and parsedatetime.
@Suite struct TimelinePhraseDump {
    @Test("dump the phrase tables", .enabled(if: ProcessInfo.processInfo.environment["FOLLOWUP_DUMP_PHRASES"] != nil))
    func dump() throws {
        let rows = [Language.english, .brazilianPortuguese].flatMap { language in
            TimelinePhrases.table(language).map {
                ["phrase": $0.phrase, "saidOn": $0.saidOn, "deadline": $0.deadline, "language": language.rawValue]
            }
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: ProcessInfo.processInfo.environment["FOLLOWUP_DUMP_PHRASES"]!))
    }
}
