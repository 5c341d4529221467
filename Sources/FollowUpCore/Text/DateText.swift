public import Foundation

/// How dates read to a person: always with the weekday, with the year only when it differs from
/// today's, and with "in N business days" when near (SPEC §6).
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Fri 13 Mar", or "Fri 13 Mar 2027" when `today` is in another year (or unknown).
    public static func day(_ day: Day, today: Day? = nil) -> String {
        let (y, m, d) = day.parts
        // "Wed 30 Sep 2026" is 15 bytes: a string that short is stored inline.
        return ASCIIText.make(capacity: (0...9999).contains(y) ? 15 : 40) { text in
            text.append(Weekday.shortNames[day.weekday.rawValue])
            text.append(" ")
            text.append(d)
            text.append(" ")
            text.append(months[m - 1])
            if today?.year != y {
                text.append(" ")
                text.append(y)
            }
        }
    }

    /// "today", "tomorrow", "in 3 business days", "2 days ago", or nil when far.
    public static func relative(_ day: Day, today: Day, calendar: BusinessCalendar) -> String? {
        let delta = today.days(to: day)
        switch delta {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...14:
            let count = calendar.businessDays(from: today, to: day)
            return count == 1 ? "in 1 business day" : "in \(count) business days"
        case -14 ... -2: return "\(-delta) days ago"
        default: return nil
        }
    }

    /// "Tue 17 Mar (in 2 business days)" when near, else just the day.
    public static func dayWithDistance(_ day: Day, today: Day, calendar: BusinessCalendar) -> String {
        let text = self.day(day, today: today)
        guard let relative = relative(day, today: today, calendar: calendar) else { return text }
        return "\(text) (\(relative))"
    }

    /// "09:00" in a zone.
    public static func time(_ instant: Date, in zone: Zone) -> String {
        SendingHours.clock(zone.minuteOfDay(of: instant))
    }

    /// "Mon 16 Mar 09:00" in a zone; just the day when the instant is its midnight.
    public static func instant(_ instant: Date, in zone: Zone, today: Day? = nil) -> String {
        let date = day(zone.day(of: instant), today: today)
        return zone.minuteOfDay(of: instant) == 0 ? date : "\(date) \(time(instant, in: zone))"
    }

    /// "Mon 16 Mar 09:00 – Tue 17 Mar 11:00", or "from Mon 16 Mar 09:00" when open-ended.
    public static func window(_ window: AdviceWindow, in zone: Zone, today: Day? = nil) -> String {
        let start = instant(window.earliest, in: zone, today: today)
        guard let latest = window.latest else { return "from \(start)" }
        if zone.day(of: latest) == zone.day(of: window.earliest) {
            return "\(start)–\(time(latest, in: zone))"
        }
        return "\(start) – \(instant(latest, in: zone, today: today))"
    }

    /// ISO 8601 with the zone's offset at that instant (`2026-03-16T09:00:00-04:00`), for JSON.
    public static func iso(_ instant: Date, in zone: Zone) -> String {
        let offset = zone.offset(at: instant)
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offset
        let day = Day(number: Zone.floorDiv(seconds, 86_400))
        let rest = Zone.floorMod(seconds, 86_400)
        return ASCIIText.make(capacity: (0...9999).contains(day.year) ? 25 : 64) { text in
            day.write(to: &text)
            text.append("T")
            text.append(rest / 3600, width: 2)
            text.append(":")
            text.append(rest % 3600 / 60, width: 2)
            text.append(":")
            text.append(rest % 60, width: 2)
            text.append(offset < 0 ? "-" : "+")
            text.append(abs(offset) / 3600, width: 2)
            text.append(":")
            text.append(abs(offset) % 3600 / 60, width: 2)
        }
    }
}
