public import Foundation

/// The one JSON style of every surface: pretty, key-sorted, instants in ISO 8601 UTC, so the same
/// data always prints the same bytes.
public enum FollowUpJSON {
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DateText.iso(date, in: .utc))
        }
        return encoder
    }
}
