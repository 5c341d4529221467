import Foundation
import Testing

@testable import FollowUpCore

/// Every region's public holidays for 2000–2040 must equal python-holidays' list, which
/// `scripts/test` writes to `FOLLOWUP_HOLIDAY_ORACLE` before running the tests.
@Suite struct HolidayOracleTests {
    static let folder = ProcessInfo.processInfo.environment["FOLLOWUP_HOLIDAY_ORACLE"]

    /// Deliberate differences from python-holidays, each with its reason; tested below so a
    /// stale exception fails too.
    static let exceptions: [String: [(date: String, ours: Bool, reason: String)]] = [:]

    @Test(
        "public holidays match python-holidays for 2000–2040",
        // Under CI the oracle must be there: a missing folder fails rather than skips.
        .enabled(if: folder != nil || ProcessInfo.processInfo.environment["CI"] != nil, "set FOLLOWUP_HOLIDAY_ORACLE (scripts/test does)"),
        arguments: HolidayRegions.all.map(\.code))
    func matchesOracle(code: String) throws {
        let region = try HolidayRegions.region(code)
        let url = URL(fileURLWithPath: try #require(Self.folder, "FOLLOWUP_HOLIDAY_ORACLE is not set")).appendingPathComponent(code + ".json")
        let rows = try JSONDecoder().decode([[String: String]].self, from: Data(contentsOf: url))
        let years = max(2000, region.knownYears.lowerBound)...min(2040, region.knownYears.upperBound)
        let theirs = Set(rows.compactMap { $0["date"].flatMap { Day(iso: $0) } }.filter { years.contains($0.year) })
        var ours = Set<Day>()
        for year in years {
            for holiday in try region.holidays(in: year) where holiday.category == .public { ours.insert(holiday.day) }
        }
        for exception in Self.exceptions[code] ?? [] {
            let day = Day(iso: exception.date)!
            #expect(ours.contains(day) == exception.ours && theirs.contains(day) != exception.ours, "stale exception \(exception.date)")
            ours.remove(day)
        }
        let names = Dictionary(rows.map { ($0["date"]!, $0["name"]!) }, uniquingKeysWith: { a, _ in a })
        let missing = theirs.subtracting(ours).sorted().map { "\($0) \(names[$0.description] ?? "")" }
        let extra = ours.subtracting(theirs).sorted().map(\.description)
        #expect(missing.isEmpty, "\(code): python-holidays has \(missing.count) days we lack: \(Array(missing.prefix(12)))")
        #expect(extra.isEmpty, "\(code): we have \(extra.count) days python-holidays lacks: \(Array(extra.prefix(12)))")
    }
}
