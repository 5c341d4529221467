import Foundation
import Testing

@testable import FollowUpCore

/// The small fast paths, each held to the plain Swift it replaces.
@Suite struct FastPathTests {
    @Test("ASCIIText writes what string interpolation writes", arguments: [0, 7, -7, 42, 2026, -2026, 99_999, Int.max, Int.min + 1])
    func asciiText(value: Int) {
        for width in [1, 2, 4, 6] {
            let fast = ASCIIText.make(capacity: 48) { text in
                text.append("n=")
                text.append(value, width: width)
            }
            let digits = String(value.magnitude)
            let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
            #expect(fast == "n=" + (value < 0 ? "-" : "") + padded)
        }
    }

    @Test("days read the same as their plain formatting")
    func daysAndHours() throws {
        // Years 1 to 9999, where ISO 8601 and printf's padding agree.
        for number in stride(from: -719_162, through: 2_932_896, by: 997) {
            let day = Day(number: number)
            #expect(day.description == String(format: "%04d-%02d-%02d", day.year, day.month, day.dayOfMonth))
        }
    }

    @Test("concurrentMap gives map's result, in order, on any number of cores", arguments: [1, 2, 3, 8])
    func concurrentMap(ways: Int) {
        let input = Array(0..<10_007)
        #expect(input.concurrentMap(ways: ways, minimumChunk: 100) { $0 &* 31 &+ 7 } == input.map { $0 &* 31 &+ 7 })
        #expect([Int]().concurrentMap(ways: ways) { $0 } == [])
    }
}
