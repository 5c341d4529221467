import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup regions`: every region code Followup has holidays for.
    struct Regions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "regions", abstract: "List the regions whose holidays Followup knows.")

        @Flag(help: "Print JSON instead of text.")
        var json = false

        struct Row: Encodable {
            var code: String
            var name: String
            var years: String
        }

        func run() {
            let rows = HolidayRegions.all.map { region in
                let known = region.knownYears
                let years = known.upperBound >= 2200 && known.lowerBound <= 1900 ? "any" : "\(known.lowerBound)–\(known.upperBound)"
                return Row(code: region.code, name: region.name, years: years)
            }
            if json {
                print(jsonText(rows))
                return
            }
            let width = rows.map(\.code.count).max() ?? 0
            for row in rows {
                let years = row.years == "any" ? "" : "  (holidays known for \(row.years))"
                print(row.code + String(repeating: " ", count: width - row.code.count) + "  " + row.name + years)
            }
        }
    }
}
