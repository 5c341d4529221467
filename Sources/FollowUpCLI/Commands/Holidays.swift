import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup holidays`: the public holidays Followup counts for a region, so a person can
    /// check the calendar behind every date it gives.
    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holidays",
            abstract: "List a region's holidays for a year.",
            discussion: """
                REGION is an ISO 3166 code: a country (US, BR) for its nationwide holidays, or a \
                subdivision (GB-SCT, US-CA, BR-SP, DE-BY, CA-ON, AU-NSW, ES-MD) for those plus its own. \
                'followup regions' lists them all.
                """)

        @Argument(help: "The region, such as US, GB-ENG or BR-SP.")
        var region: String

        @Argument(help: "The year (default: this year).")
        var year: Int?

        @Flag(help: "Print JSON instead of text.")
        var json = false

        func run() throws {
            let region = try parsing("holidays") { () throws(FollowUpError) in try HolidayRegions.region(self.region) }
            let year = try self.year ?? CommandContext.todayWithoutDatabase().year
            let holidays = try parsing("holidays") { () throws(FollowUpError) in try region.holidays(in: year) }
            if json {
                print(jsonText(holidays))
                return
            }
            print("Holidays of \(region.name) (\(region.code)) in \(year)")
            let january = Day(year: year, month: 1, day: 1)
            let width = holidays.map { DateText.day($0.day, today: january).count }.max() ?? 0
            for holiday in holidays {
                let date = DateText.day(holiday.day, today: january)
                let padded = date + String(repeating: " ", count: width - date.count)
                let note = holiday.category == .public ? "" : "  (\(holiday.category.rawValue): a day off unless optional-holidays is business-day)"
                print("  \(padded)  \(holiday.name)\(note)")
            }
        }
    }
}
