import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup parse`: shows how words would be read, without recording anything.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Show the deadline a recruiter's words mean, without recording it.",
            discussion: """
                Examples: followup parse "we'll get back to you by the end of next week"
                          followup parse "você deve ter um retorno em até 10 dias úteis" --said-on 2026-03-11
                """)

        @Argument(help: "The words as said.")
        var words: String

        @Option(help: ArgumentHelp("The day they were said (default: today).", valueName: "date"))
        var saidOn: String?

        @Option(help: ArgumentHelp("en or pt-BR (default: guessed from the words).", valueName: "language"))
        var language: String?

        @Option(help: ArgumentHelp("Count business days with this region's holidays, such as US or BR-SP.", valueName: "code"))
        var region: String?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let day: Day
            if let saidOn {
                guard let parsed = Day(iso: saidOn.trimmingCharacters(in: .whitespaces)) else {
                    throw CLIFailure.usage(
                        "--said-on: " + FollowUpError.invalidDate(saidOn, expected: "write it as YYYY-MM-DD (2026-03-13)").commandLine)
                }
                day = parsed
            } else {
                day = try CommandContext.todayWithoutDatabase()
            }
            let language =
                try language.map { code in try parsing("--language") { () throws(FollowUpError) in try Language(parsing: code) } }
                ?? Language.infer(from: words)
            var calendar = BusinessCalendar.weekendsOnly
            if let region {
                let found = try parsing("--region") { () throws(FollowUpError) in try HolidayRegions.region(region) }
                calendar = found.businessCalendar(around: day.year)
            }
            let reading = try parsing("parse") { () throws(FollowUpError) in
                try TimelineParser(calendar: calendar).parse(words, saidOn: day, language: language)
            }
            if json {
                print(jsonText(reading))
            } else {
                print(reading.explanation)
            }
        }
    }
}
