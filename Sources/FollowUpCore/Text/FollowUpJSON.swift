public import Foundation

/// The one JSON style of every surface: pretty, key-sorted, instants in ISO 8601 UTC, so the same
/// data always prints the same bytes.
public enum FollowUpJSON {
    /// Pretty for people (the command line), compact for programs (the API); keys sorted either way.
    public static func makeEncoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DateText.iso(date, in: .utc))
        }
        return encoder
    }
}
