import Foundation
import Testing

@testable import FollowUpCore

/// The hand-written JSON of reviews must be the very bytes `JSONEncoder` gives for the same
/// values, so scripts see no difference between the command line and the API.
@Suite struct ReviewJSONTests {
    /// Every labelled message, reviewed, under file names that need escaping.
    static var reviews: [Review.JSON] {
        let names = ["-", "a \"quoted\" name.txt", #"C:\drafts\one.txt"#, "dir/sub/ü-😀.txt", "tab\there", "bell\u{07}\u{1F}\u{7F}"]
        let english = LabelledEnglish.messages.map { ($0, Language.english) }
        let portuguese = LabelledPortuguese.messages.map { ($0, Language.brazilianPortuguese) }
        return (english + portuguese).enumerated().map { index, entry in
            let review = Reviewer().review(entry.0.text, context: ReviewContext(kind: entry.0.kind, language: entry.1))
            return review.json(file: index % 7 == 6 ? nil : names[index % names.count])
        }
    }

    @Test("reviews written by hand are JSONEncoder's bytes, pretty and compact", arguments: [true, false])
    func sameBytes(pretty: Bool) throws {
        let reviews = Self.reviews
        #expect(reviews.contains { $0.review.findings.isEmpty } && reviews.contains { $0.review.findings.count > 2 })
        let expected = String(decoding: try FollowUpJSON.makeEncoder(pretty: pretty).encode(reviews), as: UTF8.self)
        #expect(Review.jsonText(reviews, pretty: pretty) == expected)
        // Written in chunks by several writers, as the command line's cores do.
        #expect(Review.jsonText(reviews, pretty: pretty, chunk: 7) == expected)
        #expect(
            Review.jsonText([], pretty: pretty)
                == String(decoding: try FollowUpJSON.makeEncoder(pretty: pretty).encode([Review.JSON]()), as: UTF8.self))
        let one = String(decoding: try FollowUpJSON.makeEncoder(pretty: pretty).encode(reviews[0]), as: UTF8.self)
        #expect(reviews[0].text(pretty: pretty) == one)
    }

    @Test("every control character, quote and backslash is escaped as Foundation escapes it")
    func escaping() throws {
        var text = ""
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\"\\/\u{7F}\u{2028}é😀"
        var output = JSONOutput(pretty: false)
        output.beginArray()
        output.string(text)
        output.beginObject()
        output.endObject()
        output.beginArray()
        output.endArray()
        output.endArray()
        let expected = String(decoding: try FollowUpJSON.makeEncoder(pretty: false).encode(Mixed(text: text)), as: UTF8.self)
        #expect(output.text == expected)
    }

    @Test("integers of every width, and nesting deeper than the usual indentation, as Foundation writes them", arguments: [true, false])
    func numbersAndDepth(pretty: Bool) throws {
        let numbers = [0, 7, 10, 99, 100, 12345, 1_000_000_007, Int.max, -1, -42, Int.min]
        var output = JSONOutput(pretty: pretty)
        for _ in 0..<40 { output.beginArray() }
        for number in numbers { output.int(number) }
        for _ in 0..<40 { output.endArray() }
        let expected = String(decoding: try FollowUpJSON.makeEncoder(pretty: pretty).encode(Nested(depth: 40, numbers: numbers)), as: UTF8.self)
        #expect(output.text == expected)
    }

    /// `depth` arrays, one inside the other, the innermost holding the numbers.
    struct Nested: Encodable {
        var depth: Int
        var numbers: [Int]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            if depth == 1 {
                for number in numbers { try container.encode(number) }
            } else {
                try container.encode(Nested(depth: depth - 1, numbers: numbers))
            }
        }
    }

    struct Mixed: Encodable {
        var text: String
        struct Empty: Encodable {}
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(text)
            try container.encode(Empty())
            try container.encode([Int]())
        }
    }
}
