/// An invitation read from an iCalendar file or a `text/calendar` mail part (RFC 5545, RFC 5546's
/// `METHOD:REQUEST`): what, when, and who organises and attends.
///
/// Times stay as written (a local time with its `TZID`, a UTC time, or a whole day); the use
/// cases resolve zones with the time-zone database. A zone the database does not know is read
/// from the file's own `VTIMEZONE`, by its latest offset that starts before the event.
public struct CalendarInvitation: Sendable, Equatable {
    public struct Time: Sendable, Equatable {
        public var year: Int, month: Int, day: Int
        public var hour: Int, minute: Int, second: Int
        /// The `TZID` parameter, when the time is local to a named zone.
        public var zone: String?
        /// A time ending in "Z".
        public var isUTC: Bool
        /// `VALUE=DATE`: a whole day.
        public var isDate: Bool
        /// The offset from the file's `VTIMEZONE` for `zone`, in seconds, when it has one.
        public var declaredOffset: Int?
    }

    public var method: String?
    public var uid: String
    public var sequence: Int
    public var summary: String
    public var location: String?
    public var start: Time
    public var end: Time?
    /// Seconds, from `DURATION`, when there is no end.
    public var duration: Int?
    public var organizer: MailAddress?
    public var attendees: [MailAddress]
    /// `STATUS:CANCELLED` or `METHOD:CANCEL`.
    public var isCancelled: Bool

    /// Every `VEVENT` of a calendar, in order; an event without a UID or a start is skipped.
    public static func read(_ text: String) -> [CalendarInvitation] {
        let lines = unfold(text)
        var method: String?
        var invitations: [CalendarInvitation] = []
        var zoneOffsets: [String: [(start: Time, offset: Int)]] = [:]
        var current: [Property]? = nil
        var zoneID: String? = nil
        var zoneComponent: (start: Time?, offset: Int?)? = nil
        for line in lines {
            guard let property = Property(line) else { continue }
            switch (property.name, property.value.uppercased()) {
            case ("BEGIN", "VEVENT"): current = []
            case ("END", "VEVENT"):
                if let properties = current, let invitation = CalendarInvitation(properties, method: method, zones: zoneOffsets) {
                    invitations.append(invitation)
                }
                current = nil
            case ("BEGIN", "STANDARD"), ("BEGIN", "DAYLIGHT"): zoneComponent = (nil, nil)
            case ("END", "STANDARD"), ("END", "DAYLIGHT"):
                if let id = zoneID, let component = zoneComponent, let start = component.start, let offset = component.offset {
                    zoneOffsets[id, default: []].append((start, offset))
                }
                zoneComponent = nil
            case ("END", "VTIMEZONE"): zoneID = nil
            default:
                if current != nil {
                    current!.append(property)
                } else if zoneComponent != nil {
                    if property.name == "DTSTART" { zoneComponent!.start = Time(property) }
                    if property.name == "TZOFFSETTO" { zoneComponent!.offset = offsetSeconds(property.value) }
                } else if property.name == "TZID" {
                    zoneID = property.value
                } else if property.name == "METHOD" {
                    method = property.value.uppercased()
                }
            }
        }
        return invitations
    }

    init?(_ properties: [Property], method: String?, zones: [String: [(start: Time, offset: Int)]]) {
        func first(_ name: String) -> Property? { properties.first { $0.name == name } }
        guard let uid = first("UID")?.value, !uid.isEmpty, let startProperty = first("DTSTART"), var start = Time(startProperty) else { return nil }
        func resolve(_ time: inout Time) {
            guard let zone = time.zone, let offsets = zones[zone] else { return }
            let key = { (t: Time) in [t.year, t.month, t.day, t.hour, t.minute, t.second] }
            time.declaredOffset =
                offsets.filter { key($0.start).lexicographicallyPrecedes(key(time)) || key($0.start) == key(time) }
                .max { key($0.start).lexicographicallyPrecedes(key($1.start)) }?.offset ?? offsets.first?.offset
        }
        resolve(&start)
        var end = first("DTEND").flatMap(Time.init)
        if end != nil { resolve(&end!) }
        self.method = method
        self.uid = uid
        self.sequence = first("SEQUENCE").flatMap { Int($0.value) } ?? 0
        self.summary = first("SUMMARY").map { Self.unescape($0.value) } ?? ""
        self.location = first("LOCATION").map { Self.unescape($0.value) }
        self.start = start
        self.end = end
        self.duration = first("DURATION").flatMap { Self.durationSeconds($0.value) }
        self.organizer = first("ORGANIZER").map(Self.address)
        self.attendees = properties.filter { $0.name == "ATTENDEE" }.map(Self.address)
        self.isCancelled = method == "CANCEL" || first("STATUS")?.value.uppercased() == "CANCELLED"
    }

    /// A content line: `NAME;PARAM=value;…:value`.
    struct Property {
        var name: String
        var parameters: [String: String]
        var value: String

        init?(_ line: String) {
            var inQuotes = false
            var colon: String.Index?
            for index in line.indices {
                if line[index] == "\"" { inQuotes.toggle() }
                if line[index] == ":" && !inQuotes {
                    colon = index
                    break
                }
            }
            guard let colon else { return nil }
            let head = MailAddress.splitTopLevel(String(line[..<colon]), separators: [";"])
            guard let first = head.first else { return nil }
            name = first.mailTrimmed.uppercased()
            var parameters: [String: String] = [:]
            for parameter in head.dropFirst() {
                let parts = parameter.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                var value = String(parts[1])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                parameters[parts[0].mailTrimmed.uppercased()] = value
            }
            self.parameters = parameters
            value = String(line[line.index(after: colon)...])
        }
    }

    static func unfold(_ text: String) -> [String] {
        var lines: [String] = []
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += raw.dropFirst()
            } else {
                lines.append(String(raw))
            }
        }
        return lines
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// `ORGANIZER;CN=Dana Reyes:mailto:dana@acme.test`.
    static func address(_ property: Property) -> MailAddress {
        var address = property.value
        if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
        return MailAddress(name: property.parameters["CN"] ?? "", address: address.mailTrimmed)
    }

    static func offsetSeconds(_ text: String) -> Int? {
        let trimmed = text.mailTrimmed
        guard let sign = trimmed.first, sign == "+" || sign == "-" else { return nil }
        let digits = trimmed.dropFirst()
        guard digits.count == 4 || digits.count == 6, let value = Int(digits) else { return nil }
        let seconds = digits.count == 4 ? (value / 100) * 3600 + (value % 100) * 60 : (value / 10_000) * 3600 + (value / 100 % 100) * 60 + value % 100
        return sign == "-" ? -seconds : seconds
    }

    /// `PT1H30M`, `P1D`, `-PT15M`.
    static func durationSeconds(_ text: String) -> Int? {
        var number = 0
        var total = 0
        var negative = false
        var sawP = false
        for character in text.uppercased() {
            switch character {
            case "-": negative = true
            case "+": break
            case "P": sawP = true
            case "T": break
            case "W":
                total += number * 7 * 86_400
                number = 0
            case "D":
                total += number * 86_400
                number = 0
            case "H":
                total += number * 3600
                number = 0
            case "M":
                total += number * 60
                number = 0
            case "S":
                total += number
                number = 0
            default:
                guard let digit = character.wholeNumberValue else { return nil }
                number = number * 10 + digit
            }
        }
        return sawP ? (negative ? -total : total) : nil
    }
}

extension CalendarInvitation.Time {
    init?(_ property: CalendarInvitation.Property) {
        let value = property.value.mailTrimmed
        let digits = value.filter(\.isNumber)
        guard digits.count == 8 || digits.count == 14, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
            let day = Int(digits.dropFirst(6).prefix(2))
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        isDate = digits.count == 8
        hour = isDate ? 0 : Int(digits.dropFirst(8).prefix(2)) ?? 0
        minute = isDate ? 0 : Int(digits.dropFirst(10).prefix(2)) ?? 0
        second = isDate ? 0 : Int(digits.dropFirst(12).prefix(2)) ?? 0
        isUTC = value.hasSuffix("Z")
        zone = property.parameters["TZID"]
        declaredOffset = nil
    }
}
