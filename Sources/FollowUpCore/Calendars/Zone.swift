public import Foundation
import Synchronization

/// A validated IANA time zone, kept by identifier so it round-trips through files and databases.
///
/// Core never asks for the machine's zone: every zone arrives as a value, so advice computed
/// on a laptop in Lisbon for a recruiter in New York is the same anywhere.
public struct Zone: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The IANA identifier, such as `America/New_York`.
    public var identifier: String { offsets.identifier }
    /// The Foundation zone behind it, for offset look-ups.
    public var timeZone: TimeZone { offsets.timeZone }
    /// The one shared record of this identifier.
    private let offsets: ZoneOffsets

    /// Fails with a message naming the identifier when the zone is unknown.
    ///
    /// Zones are made once per identifier and shared: a Foundation zone is costly to make, and the
    /// offsets one agenda looks up serve every process in that zone.
    public init(_ identifier: String) throws(FollowUpError) {
        guard !identifier.isEmpty, let offsets = ZoneOffsets.shared(identifier) else {
            throw FollowUpError.unknownTimeZone(identifier)
        }
        self.offsets = offsets
    }

    /// Coordinated Universal Time, the zone used when nothing better is known.
    public static let utc = try! Zone("UTC")

    public var description: String { identifier }

    /// One record per identifier, so the same identifier is the same record.
    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.offsets === rhs.offsets }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(offsets)) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Zone(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    /// Seconds east of UTC at an instant.
    public func offset(at instant: Date) -> Int {
        offsets.offset(at: instant)
    }

    /// The civil day an instant falls on in this zone.
    public func day(of instant: Date) -> Day {
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset(at: instant)
        return Day(number: Zone.floorDiv(local, 86_400))
    }

    /// Minutes since local midnight for an instant in this zone.
    public func minuteOfDay(of instant: Date) -> Int {
        let local = Int((instant.timeIntervalSince1970).rounded(.down)) + offset(at: instant)
        return Zone.floorMod(local, 86_400) / 60
    }

    /// The instant at a local wall-clock time on a day.
    ///
    /// A wall time skipped by a daylight-saving jump is moved forward by the jump (02:30 on a
    /// spring-forward night becomes 03:30); a repeated one takes its first occurrence. This is what
    /// a person setting an alarm expects, and matches java.time's `ZonedDateTime`.
    public func instant(on day: Day, minute: Int) -> Date {
        let local = day.number * 86_400 + minute * 60
        // Offsets on either side of any transition near this local time.
        let before = offset(at: Date(timeIntervalSince1970: TimeInterval(local - 86_400)))
        let after = offset(at: Date(timeIntervalSince1970: TimeInterval(local + 86_400)))
        let early = local - before  // valid if the old offset still applies
        let late = local - after  // valid if the new offset already applies
        let earlyValid = offset(at: Date(timeIntervalSince1970: TimeInterval(early))) == before
        let lateValid = offset(at: Date(timeIntervalSince1970: TimeInterval(late))) == after
        switch (earlyValid, lateValid) {
        case (true, true):
            return Date(timeIntervalSince1970: TimeInterval(min(early, late)))
        case (true, false):
            return Date(timeIntervalSince1970: TimeInterval(early))
        case (false, true):
            return Date(timeIntervalSince1970: TimeInterval(late))
        case (false, false):
            // In the gap: shift forward by the size of the jump.
            return Date(timeIntervalSince1970: TimeInterval(local - before))
        }
    }

    /// The first instant of a day in this zone.
    public func startOfDay(_ day: Day) -> Date {
        instant(on: day, minute: 0)
    }

    /// The first instant after a day ends in this zone, which is when a deadline "by that day" has passed.
    public func endOfDay(_ day: Day) -> Date {
        instant(on: day.adding(days: 1), minute: 0)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    static func floorMod(_ a: Int, _ b: Int) -> Int {
        a - floorDiv(a, b) * b
    }
}

/// The offsets of one zone over the seven years around the first instant asked for (an agenda's
/// dates, and the holiday calendars from last year to two years ahead, all fall inside), as spans
/// between its transitions, read without a lock.
///
/// Every window, deadline and time of day goes through an offset, and Foundation answers each one
/// through ICU behind a lock (about a microsecond): an agenda of ten thousand processes asks for
/// hundreds of thousands, on both cores, nearly all in the same few months. The table is built once
/// (about fourteen transitions for a zone with daylight saving time) and never changes, so both cores
/// read it at once; an instant outside it is asked of Foundation.
final class ZoneOffsets: @unchecked Sendable {
    /// From `start` (a transition, or where the table starts) up to the next span's start, in
    /// seconds since 1970, the zone is `offset` seconds east of UTC.
    struct Span {
        var start: Int
        var offset: Int
    }

    let identifier: String
    let timeZone: TimeZone
    /// Set once the table below is written; read with acquiring order, so a reader that sees it
    /// set sees the table whole.
    private let ready = Atomic<Bool>(false)
    private let lock = NSLock()
    /// Written once before `ready` is set, then only read; freed with the record.
    private nonisolated(unsafe) var spans = UnsafeBufferPointer<Span>(start: nil, count: 0)
    private nonisolated(unsafe) var covered: Range<Int> = 0..<0

    /// Each year costs a quick command two look-ups in ICU per zone; the table covers what a
    /// command asks, and the rare instant outside it is still right, only slower.
    static let yearsAround = 3

    private init(identifier: String, timeZone: TimeZone) {
        self.identifier = identifier
        self.timeZone = timeZone
    }

    deinit {
        if let start = spans.baseAddress { UnsafeMutablePointer(mutating: start).deallocate() }
    }

    /// Every record made so far, one per identifier in use (a few at most), so that equal
    /// identifiers share one record and its table.
    private nonisolated(unsafe) static var made: [String: ZoneOffsets] = [:]
    private static let madeLock = NSLock()

    /// The one record for an identifier, or nil when Foundation does not know the zone.
    static func shared(_ identifier: String) -> ZoneOffsets? {
        madeLock.lock()
        defer { madeLock.unlock() }
        if let offsets = made[identifier] { return offsets }
        // UTC has one offset and no transitions: a fixed zone answers it without ICU, whose
        // tables a command in UTC would otherwise load for nothing.
        guard let zone = identifier == "UTC" ? TimeZone(secondsFromGMT: 0) : TimeZone(identifier: identifier) else { return nil }
        // "UTC" stays "UTC" although Foundation calls it "GMT".
        let offsets = ZoneOffsets(identifier: identifier, timeZone: zone)
        made[identifier] = offsets
        return offsets
    }

    func offset(at instant: Date) -> Int {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        if !ready.load(ordering: .acquiring) { build(around: seconds) }
        guard covered.contains(seconds) else { return timeZone.secondsFromGMT(for: instant) }
        // The last span starting at or before `seconds`.
        var low = 0
        var high = spans.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if spans[middle].start <= seconds { low = middle } else { high = middle - 1 }
        }
        return spans[low].offset
    }

    private func build(around seconds: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !ready.load(ordering: .acquiring) else { return }
        let (table, range) = ZoneOffsets.table(timeZone, around: seconds)
        let buffer = UnsafeMutableBufferPointer<Span>.allocate(capacity: table.count)
        _ = buffer.initialize(from: table)
        spans = UnsafeBufferPointer(buffer)
        covered = range
        ready.store(true, ordering: .releasing)
    }

    /// The spans of `timeZone` from `yearsAround` years before `seconds` to as many after.
    static func table(_ timeZone: TimeZone, around seconds: Int) -> ([Span], Range<Int>) {
        let date = { (seconds: Int) in Date(timeIntervalSince1970: TimeInterval(seconds)) }
        let reach = yearsAround * 365 * 86_400
        let first = seconds - reach
        let last = seconds + reach
        var spans = [Span(start: first, offset: timeZone.secondsFromGMT(for: date(first)))]
        var cursor = first
        while let next = timeZone.nextDaylightSavingTimeTransition(after: date(cursor)) {
            let transition = Int(next.timeIntervalSince1970.rounded(.up))
            guard transition < last, transition > cursor else { break }
            spans.append(Span(start: transition, offset: timeZone.secondsFromGMT(for: date(transition))))
            cursor = transition
        }
        return (spans, first..<last)
    }
}
