public import FollowUpCore
public import Foundation

/// An iCalendar file (RFC 5545) of timed and all-day events in named zones, each zone described by
/// its own `VTIMEZONE` so any client shows the events at the right local times.
///
/// Pure: the caller gives the zones' transitions, the events and the time stamp.
public struct ICalendar: Sendable {
    /// A zone as a calendar needs it: its offset before the period and each change within it.
    public struct TimeZoneRule: Sendable, Equatable {
        public var identifier: String
        /// The offset from UTC, in seconds, at the start of the period the events cover.
        public var initialOffset: Int
        /// Each change in the period: the instant, and the offset from then on.
        public var changes: [(at: Date, offset: Int)]

        public init(identifier: String, initialOffset: Int, changes: [(at: Date, offset: Int)]) {
            (self.identifier, self.initialOffset, self.changes) = (identifier, initialOffset, changes)
        }

        public static func == (a: TimeZoneRule, b: TimeZoneRule) -> Bool {
            a.identifier == b.identifier && a.initialOffset == b.initialOffset && a.changes.map(\.at) == b.changes.map(\.at)
                && a.changes.map(\.offset) == b.changes.map(\.offset)
        }

        /// The offset at an instant.
        func offset(at instant: Date) -> Int {
            changes.last { $0.at <= instant }?.offset ?? initialOffset
        }
    }

    public struct Event: Sendable, Equatable {
        public enum Time: Sendable, Equatable {
            /// From `start` to `end` in the zone named by `zone`.
            case timed(start: Date, end: Date, zone: String)
            /// A whole day, as all-day events have no zone.
            case day(Day)
        }

        /// Stable across exports, so a client updates the event rather than adding another.
        public var uid: String
        /// Grows whenever the event changes, so a client takes the new version.
        public var sequence: Int
        public var time: Time
        public var summary: String
        public var description: String?
        /// An alarm when the event starts.
        public var alarm: Bool

        public init(uid: String, sequence: Int, time: Time, summary: String, description: String? = nil, alarm: Bool = false) {
            (self.uid, self.sequence, self.time, self.summary, self.description, self.alarm) = (uid, sequence, time, summary, description, alarm)
        }
    }

    public var name: String
    public var zones: [TimeZoneRule]
    public var events: [Event]
    /// When the file was made (`DTSTAMP`).
    public var stamp: Date

    public init(name: String, zones: [TimeZoneRule], events: [Event], stamp: Date) {
        (self.name, self.zones, self.events, self.stamp) = (name, zones, events, stamp)
    }

    /// The file, with CRLF line ends and lines folded at 75 bytes.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Followup//Followup//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines.append("X-WR-CALNAME:" + Self.escape(name))
        for zone in zones { lines += Self.timeZone(zone) }
        let byName = Dictionary(zones.map { ($0.identifier, $0) }, uniquingKeysWith: { a, _ in a })
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:" + Self.escape(event.uid), "DTSTAMP:" + Self.utc(stamp), "SEQUENCE:\(event.sequence)"]
            switch event.time {
            case .timed(let start, let end, let zone):
                let rule = byName[zone]
                let local = { (date: Date) in rule.map { Self.local(date, offset: $0.offset(at: date)) } ?? Self.utc(date) }
                let parameter = rule == nil ? "" : ";TZID=" + zone
                lines.append("DTSTART\(parameter):" + local(start))
                lines.append("DTEND\(parameter):" + local(end))
            case .day(let day):
                lines.append("DTSTART;VALUE=DATE:" + Self.compact(day))
                lines.append("DTEND;VALUE=DATE:" + Self.compact(Day(number: day.number + 1)))
                lines.append("TRANSP:TRANSPARENT")
            }
            lines.append("SUMMARY:" + Self.escape(event.summary))
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            if event.alarm {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + Self.escape(event.summary), "TRIGGER:PT0M", "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A `VTIMEZONE` with one component per offset in the period: `DAYLIGHT` for a change that
    /// moves clocks forward, `STANDARD` otherwise.
    static func timeZone(_ zone: TimeZoneRule) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        lines += [
            "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset(zone.initialOffset), "TZOFFSETTO:" + offset(zone.initialOffset),
            "END:STANDARD",
        ]
        var previous = zone.initialOffset
        for change in zone.changes {
            let kind = change.offset > previous ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:\(kind)", "DTSTART:" + local(change.at, offset: previous), "TZOFFSETFROM:" + offset(previous),
                "TZOFFSETTO:" + offset(change.offset),
                "END:\(kind)",
            ]
            previous = change.offset
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + two(minutes / 60) + two(minutes % 60)
    }

    static func utc(_ date: Date) -> String { local(date, offset: 0) + "Z" }

    /// `YYYYMMDDTHHMMSS` of an instant seen at `offset`.
    static func local(_ date: Date, offset: Int) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let time = seconds - days * 86_400
        let (year, month, day) = Day(number: days).parts
        return "\(year)\(two(month))\(two(day))T\(two(time / 3600))\(two(time / 60 % 60))\(two(time % 60))"
    }

    /// `YYYYMMDD`.
    static func compact(_ day: Day) -> String {
        let (year, month, date) = day.parts
        return "\(year)\(two(month))\(two(date))"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Lines of at most 75 bytes, continued with a space, never inside a character.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var size = 0
        for character in line {
            let width = String(character).utf8.count
            if size + width > (pieces.isEmpty ? 75 : 74) {
                pieces.append(current)
                (current, size) = ("", 0)
            }
            current.append(character)
            size += width
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
