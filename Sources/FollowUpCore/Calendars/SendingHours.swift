/// The part of a working day when a message is most likely to be read, in the recipient's zone.
///
/// A window "from Monday to Tuesday" means Monday's opening to Tuesday's closing, so an advised
/// message lands at the top of someone's inbox rather than at midnight.
public struct SendingHours: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Minutes after local midnight when sending opens.
    public var opening: Int
    /// Minutes after local midnight when sending closes; later than `opening`.
    public var closing: Int

    /// Hours from `opening` to `closing` minutes after midnight; fails when they are not in order.
    public init(opening: Int, closing: Int) throws(FollowUpError) {
        guard opening >= 0, closing <= 24 * 60, opening < closing else {
            throw FollowUpError.invalidSetting(
                key: "sending-hours", value: "\(opening)-\(closing)", expected: "HH:MM-HH:MM with the start before the end, such as 09:00-11:00")
        }
        self.opening = opening
        self.closing = closing
    }

    /// 9:00 to 11:00, the default of SPEC §2.
    public static let standard = try! SendingHours(opening: 9 * 60, closing: 11 * 60)

    /// Parses `HH:MM-HH:MM` (or `9-11`), as typed in settings.
    public init(parsing text: String) throws(FollowUpError) {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 2, let open = SendingHours.minutes(pieces[0]), let close = SendingHours.minutes(pieces[1]) else {
            throw FollowUpError.invalidSetting(
                key: "sending-hours", value: text, expected: "HH:MM-HH:MM, such as 09:00-11:00")
        }
        guard open < close else {
            throw FollowUpError.invalidSetting(
                key: "sending-hours", value: text, expected: "HH:MM-HH:MM with the start before the end, such as 09:00-11:00")
        }
        try self.init(opening: open, closing: close)
    }

    /// `09:00-11:00`.
    public var description: String {
        "\(SendingHours.clock(opening))-\(SendingHours.clock(closing))"
    }

    static func minutes(_ text: Substring) -> Int? {
        let parts = text.trimmingSpaces().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hours = Int(parts[0]), (0...24).contains(hours) else { return nil }
        var minutes = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (0..<60).contains(value) else { return nil }
            minutes = value
        }
        let total = hours * 60 + minutes
        return total <= 24 * 60 ? total : nil
    }

    /// `HH:MM` for minutes after midnight.
    public static func clock(_ minutes: Int) -> String {
        ASCIIText.make(capacity: (0..<100_000).contains(minutes) ? 15 : 48) { text in
            text.append(minutes / 60, width: 2)
            text.append(":")
            text.append(minutes % 60, width: 2)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try SendingHours(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
