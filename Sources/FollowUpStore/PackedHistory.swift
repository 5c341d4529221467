import FollowUpCore
import Foundation

/// A process's whole event history in one compact blob, kept on its process row beside the event
/// table, so the agenda reads one row per process instead of ten rows of twenty-five columns.
///
/// The event table stays the record; this is a copy the store rewrites in the same transaction as
/// every event it appends. A trigger counts the table's events per process (and marks the count
/// unknown when a row is changed or deleted behind the store's back), and a blob whose own count
/// differs is not trusted: that process is read from the table instead, and its next append packs
/// it again.
///
/// Layout: a format byte, the number of events (4 bytes, little-endian), then each event: its id,
/// kind, time, time recorded (as a difference), a bit mask of the optional fields present, and
/// those fields in `Event.Fields` order. Integers are LEB128 varints (signed ones zigzagged),
/// strings a length and UTF-8, days their day number, enumerations their position in the tables below.
enum PackedHistory {
    static let format: UInt8 = 1
    static let headerSize = 5

    enum Failure: Error {
        case malformed
    }

    // Positions are the format: append new cases, never reorder (a test checks every case is here).
    static let kinds: [Event.Kind] = [.interviewed, .timelinePromised, .messageSent, .replyReceived, .contextChanged, .closed, .retracted]
    static let interviewKinds: [InterviewKind] = [.screening, .technical, .hiringManager, .panel, .final, .other]
    static let messageKinds: [MessageKind] = [.thankYou, .checkIn, .final, .alignment, .other]
    static let outcomes: [Outcome] = [.offer, .rejected, .withdrew, .noAnswer]

    /// An empty history.
    static var empty: [UInt8] { [format, 0, 0, 0, 0] }

    /// How many events a blob says it holds; nil when it is not a blob of this format.
    static func count(_ blob: Data) -> Int? {
        let bytes = [UInt8](blob.prefix(headerSize))
        guard bytes.count == headerSize, bytes[0] == format else { return nil }
        return Int(bytes[1]) | Int(bytes[2]) << 8 | Int(bytes[3]) << 16 | Int(bytes[4]) << 24
    }

    /// The blob with one more event at the end; nil when `blob` is not a blob of this format.
    static func appending(_ fields: Event.Fields, to blob: Data) -> Data? {
        guard let count = count(blob) else { return nil }
        var writer = Writer(bytes: [UInt8](blob))
        writer.setCount(count + 1)
        writer.write(fields)
        return Data(writer.bytes)
    }

    /// Packs a whole history, in id order.
    static func pack(_ events: [Event.Fields]) -> Data {
        var writer = Writer(bytes: empty)
        writer.setCount(events.count)
        for fields in events { writer.write(fields) }
        return Data(writer.bytes)
    }

    /// The events of a blob, for the process `processID`.
    static func unpack(_ blob: Data, processID: ProcessID) throws -> [Event] {
        guard let count = count(blob) else { throw Failure.malformed }
        return try blob.withUnsafeBytes { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            var reader = Reader(bytes: buffer, position: headerSize)
            var events: [Event] = []
            events.reserveCapacity(count)
            for _ in 0..<count {
                events.append(try Event(processID: processID, fields: reader.fields()))
            }
            guard reader.position == buffer.count else { throw Failure.malformed }
            return events
        }
    }

    /// The optional fields, one bit each, in the order they are written.
    enum Bit {
        static let interviewKind = 1 << 0
        static let endsAt = 1 << 1
        static let with = 1 << 2
        static let topics = 1 << 3
        static let personal = 1 << 4
        static let phrase = 1 << 5
        static let deadlineStart = 1 << 6
        static let deadlineEnd = 1 << 7
        static let saidBy = 1 << 8
        static let messageKind = 1 << 9
        static let to = 1 << 10
        static let text = 1 << 11
        static let from = 1 << 12
        static let invitesNextStep = 1 << 13
        static let contextKind = 1 << 14
        static let offerDeadline = 1 << 15
        static let availability = 1 << 16
        static let note = 1 << 17
        static let outcome = 1 << 18
        static let retracts = 1 << 19
        static let reading = 1 << 20
        static let messageID = 1 << 21
    }

    struct Writer {
        var bytes: [UInt8]

        mutating func setCount(_ count: Int) {
            for index in 0..<4 { bytes[1 + index] = UInt8(truncatingIfNeeded: count >> (8 * index)) }
        }

        mutating func write(_ f: Event.Fields) {
            unsigned(UInt64(bitPattern: f.id))
            unsigned(UInt64(PackedHistory.kinds.firstIndex(of: f.kind)!))
            let at = EventRow.seconds(f.at)
            signed(at)
            signed(EventRow.seconds(f.recordedAt) - at)
            var mask = 0
            func flag(_ present: Bool, _ bit: Int) { if present { mask |= bit } }
            flag(f.interviewKind != nil, Bit.interviewKind)
            flag(f.endsAt != nil, Bit.endsAt)
            flag(f.with != nil, Bit.with)
            flag(f.topics != nil, Bit.topics)
            flag(f.personal != nil, Bit.personal)
            flag(f.phrase != nil, Bit.phrase)
            flag(f.deadlineStart != nil, Bit.deadlineStart)
            flag(f.deadlineEnd != nil, Bit.deadlineEnd)
            flag(f.saidBy != nil, Bit.saidBy)
            flag(f.messageKind != nil, Bit.messageKind)
            flag(f.to != nil, Bit.to)
            flag(f.text != nil, Bit.text)
            flag(f.from != nil, Bit.from)
            flag(f.invitesNextStep != nil, Bit.invitesNextStep)
            flag(f.contextKind != nil, Bit.contextKind)
            flag(f.offerDeadline != nil, Bit.offerDeadline)
            flag(f.availability != nil, Bit.availability)
            flag(f.note != nil, Bit.note)
            flag(f.outcome != nil, Bit.outcome)
            flag(f.retracts != nil, Bit.retracts)
            flag(f.reading != nil, Bit.reading)
            flag(f.messageID != nil, Bit.messageID)
            unsigned(UInt64(mask))
            if let value = f.interviewKind { unsigned(UInt64(PackedHistory.interviewKinds.firstIndex(of: value)!)) }
            if let value = f.endsAt { signed(EventRow.seconds(value)) }
            if let value = f.with { string(value) }
            if let value = f.topics { string(value) }
            if let value = f.personal { unsigned(value ? 1 : 0) }
            if let value = f.phrase { string(value) }
            if let value = f.deadlineStart { signed(Int64(value.number)) }
            if let value = f.deadlineEnd { signed(Int64(value.number)) }
            if let value = f.saidBy { string(value) }
            if let value = f.messageKind { unsigned(UInt64(PackedHistory.messageKinds.firstIndex(of: value)!)) }
            if let value = f.to { string(value) }
            if let value = f.text { string(value) }
            if let value = f.from { string(value) }
            if let value = f.invitesNextStep { unsigned(value ? 1 : 0) }
            if let value = f.contextKind { string(value) }
            if let value = f.offerDeadline { signed(Int64(value.number)) }
            if let value = f.availability { string(value) }
            if let value = f.note { string(value) }
            if let value = f.outcome { unsigned(UInt64(PackedHistory.outcomes.firstIndex(of: value)!)) }
            if let value = f.retracts { unsigned(UInt64(bitPattern: value)) }
            if let value = f.reading { string(value) }
            if let value = f.messageID { string(value) }
        }

        mutating func unsigned(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func signed(_ value: Int64) {
            unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
        }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                unsigned(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int

        mutating func fields() throws -> Event.Fields {
            let id = EventID(bitPattern: try unsigned())
            let kind = try entry(PackedHistory.kinds)
            let at = try signed()
            let recorded = at &+ (try signed())
            var f = Event.Fields(id: id, kind: kind, at: date(at), recordedAt: date(recorded))
            let mask = Int(try unsigned())
            guard mask < 1 << 21 else { throw Failure.malformed }
            func has(_ bit: Int) -> Bool { mask & bit != 0 }
            if has(Bit.interviewKind) { f.interviewKind = try entry(PackedHistory.interviewKinds) }
            if has(Bit.endsAt) { f.endsAt = date(try signed()) }
            if has(Bit.with) { f.with = try string() }
            if has(Bit.topics) { f.topics = try string() }
            if has(Bit.personal) { f.personal = try unsigned() != 0 }
            if has(Bit.phrase) { f.phrase = try string() }
            if has(Bit.deadlineStart) { f.deadlineStart = try day() }
            if has(Bit.deadlineEnd) { f.deadlineEnd = try day() }
            if has(Bit.saidBy) { f.saidBy = try string() }
            if has(Bit.messageKind) { f.messageKind = try entry(PackedHistory.messageKinds) }
            if has(Bit.to) { f.to = try string() }
            if has(Bit.text) { f.text = try string() }
            if has(Bit.from) { f.from = try string() }
            if has(Bit.invitesNextStep) { f.invitesNextStep = try unsigned() != 0 }
            if has(Bit.contextKind) { f.contextKind = try string() }
            if has(Bit.offerDeadline) { f.offerDeadline = try day() }
            if has(Bit.availability) { f.availability = try string() }
            if has(Bit.note) { f.note = try string() }
            if has(Bit.outcome) { f.outcome = try entry(PackedHistory.outcomes) }
            if has(Bit.retracts) { f.retracts = EventID(bitPattern: try unsigned()) }
            if has(Bit.reading) { f.reading = try string() }
            if has(Bit.messageID) { f.messageID = try string() }
            return f
        }

        func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

        mutating func day() throws -> Day {
            let number = try signed()
            guard abs(number) < 10_000_000 else { throw Failure.malformed }
            return Day(number: Int(number))
        }

        mutating func entry<T>(_ table: [T]) throws -> T {
            let index = try unsigned()
            guard index < UInt64(table.count) else { throw Failure.malformed }
            return table[Int(index)]
        }

        mutating func unsigned() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard position < bytes.count, shift < 64 else { throw Failure.malformed }
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        mutating func signed() throws -> Int64 {
            let raw = try unsigned()
            return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        }

        mutating func string() throws -> String {
            let length = Int(try unsigned())
            guard length <= bytes.count - position else { throw Failure.malformed }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
            position += length
            return text
        }
    }
}
