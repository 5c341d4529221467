import FollowUpApp
import FollowUpCore
import Foundation
import GRDB

/// An event row: the flat `Event.Fields`, one column each.
enum EventRow {
    /// The columns, named once for queries and rows alike.
    enum Columns {
        static let id = Column("id")
        static let processKey = Column("process_key")
        static let kind = Column("kind")
        static let at = Column("at")
        static let recordedAt = Column("recorded_at")
        static let interviewKind = Column("interview_kind")
        static let endsAt = Column("ends_at")
        static let with = Column("with")
        static let topics = Column("topics")
        static let personal = Column("personal")
        static let phrase = Column("phrase")
        static let deadlineStart = Column("deadline_start")
        static let deadlineEnd = Column("deadline_end")
        static let saidBy = Column("said_by")
        static let messageKind = Column("message_kind")
        static let to = Column("to")
        static let text = Column("text")
        static let from = Column("from")
        static let invitesNextStep = Column("invites_next_step")
        static let contextKind = Column("context_kind")
        static let offerDeadline = Column("offer_deadline")
        static let availability = Column("availability")
        static let note = Column("note")
        static let outcome = Column("outcome")
        static let retracts = Column("retracts")
        static let reading = Column("reading")
        static let messageID = Column("message_id")
    }

    /// Every column in table order; reads select them by name.
    static let columns = [
        Columns.id, Columns.processKey, Columns.kind, Columns.at, Columns.recordedAt, Columns.interviewKind, Columns.endsAt, Columns.with,
        Columns.topics, Columns.personal, Columns.phrase, Columns.deadlineStart, Columns.deadlineEnd, Columns.saidBy, Columns.messageKind,
        Columns.to, Columns.text, Columns.from, Columns.invitesNextStep, Columns.contextKind, Columns.offerDeadline, Columns.availability,
        Columns.note, Columns.outcome, Columns.retracts, Columns.reading, Columns.messageID,
    ].map(\.name)
    static let selectList = columns.map { "\"\($0)\"" }.joined(separator: ", ")

    /// Appends an event as an `EventRecord` and adds it to the packed history.
    static func insert(_ db: Database, _ f: Event.Fields, processKey: Int64) throws -> EventID {
        var record = EventRecord(f, processKey: processKey)
        try record.insert(db)
        guard let id = record.id else { throw StoreError.database("SQLite gave the new event no id") }
        var stored = f
        stored.id = id
        try appendPacked(db, stored, processKey: processKey)
        return id
    }

    /// Adds the event to its process's packed history, or packs the history again from the table
    /// when the packed copy was already behind it (written by an older version, or rows changed
    /// behind the store's back).
    static func appendPacked(_ db: Database, _ f: Event.Fields, processKey: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT history, event_count FROM process WHERE key = ?", arguments: [processKey]) else {
            return
        }
        let blob: Data = row[0]
        let count: Int = row[1]
        if PackedHistory.count(blob).map({ $0 + 1 }) == count, let appended = PackedHistory.appending(f, to: blob) {
            try db.execute(sql: "UPDATE process SET history = ? WHERE key = ?", arguments: [appended, processKey])
        } else {
            try repack(db, processKey: processKey)
        }
    }

    /// Packs one process's history from its rows and sets the count to match.
    static func repack(_ db: Database, processKey: Int64) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(selectList) FROM event WHERE process_key = ? ORDER BY id", arguments: [processKey])
        var fields: [Event.Fields] = []
        while let row = try rows.next() { fields.append(try decode(row, processID: ProcessID("")).fields) }
        try db.execute(
            sql: "UPDATE process SET history = ?, event_count = ? WHERE key = ?", arguments: [PackedHistory.pack(fields), fields.count, processKey])
    }

    /// Decodes a row selected with `selectList` straight into an event, reading only the columns
    /// its kind uses: an agenda reads every event, and most columns of a row are empty.
    static func decode(_ row: Row, processID: ProcessID) throws -> Event {
        let id: EventID = row[Columns.id]
        func text(_ column: Column) -> String? { row[column] }
        func day(_ column: Column) throws -> Day? {
            guard let value = text(column) else { return nil }
            guard let day = Day(iso: value) else { throw StoreError.database("event \(id) has a bad day '\(value)'") }
            return day
        }
        func date(_ column: Column) -> Date? {
            (row[column] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        func value<T: RawRepresentable>(_ column: Column, _: T.Type) throws -> T where T.RawValue == String {
            guard let raw = text(column), let value = T(rawValue: raw) else {
                throw StoreError.database("event \(id) has a bad value '\(text(column) ?? "")' in \(column.name)")
            }
            return value
        }
        func deadline() throws -> Deadline? {
            switch (try day(Columns.deadlineStart), try day(Columns.deadlineEnd)) {
            case (nil, nil): return nil
            case (let start?, let end?): return try Deadline(start: start, end: end)
            case (let single?, nil), (nil, let single?): return Deadline(single)
            }
        }
        guard let at = date(Columns.at), let recordedAt = date(Columns.recordedAt) else { throw StoreError.database("event \(id) has no time") }
        let payload: Event.Payload
        switch try value(Columns.kind, Event.Kind.self) {
        case .interviewed:
            let kind = text(Columns.interviewKind).flatMap(InterviewKind.init(rawValue:)) ?? .other
            payload = .interviewed(
                Interview(
                    kind: kind, endsAt: date(Columns.endsAt), with: text(Columns.with), topics: text(Columns.topics),
                    personal: row[Columns.personal] ?? false, messageID: text(Columns.messageID)))
        case .timelinePromised:
            payload = .timelinePromised(
                PromisedTimeline(phrase: text(Columns.phrase), deadline: try deadline(), saidBy: text(Columns.saidBy), reading: text(Columns.reading))
            )
        case .messageSent:
            payload = .messageSent(
                SentMessage(
                    kind: try value(Columns.messageKind, MessageKind.self), to: text(Columns.to), text: text(Columns.text),
                    messageID: text(Columns.messageID)))
        case .replyReceived:
            payload = .replyReceived(
                Reply(
                    from: text(Columns.from), invitesNextStep: row[Columns.invitesNextStep] ?? false, deadline: try deadline(),
                    messageID: text(Columns.messageID)))
        case .contextChanged:
            let kind: ContextChange.Kind
            switch text(Columns.contextKind) {
            case "offer":
                guard let day = try day(Columns.offerDeadline) else { throw StoreError.database("event \(id) has an offer without a deadline") }
                kind = .offer(deadline: day)
            case "availability": kind = .availabilityChanged(text(Columns.availability) ?? "")
            case "final-round-elsewhere": kind = .finalRoundElsewhere
            case let other: throw StoreError.database("event \(id) has an unknown context kind '\(other ?? "")'")
            }
            payload = .contextChanged(ContextChange(kind: kind, note: text(Columns.note)))
        case .closed:
            payload = .closed(try value(Columns.outcome, Outcome.self))
        case .retracted:
            guard let target: EventID = row[Columns.retracts] else { throw StoreError.database("event \(id) retracts nothing") }
            payload = .retracted(target)
        }
        return Event(id: id, processID: processID, at: at, recordedAt: recordedAt, payload: payload)
    }

    static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
