import FollowUpApp
import FollowUpCore
import Foundation
import GRDB

/// A process row. Events and contacts point at its integer `key`, so loading a hundred thousand
/// events groups them by integer rather than by string.
struct ProcessRecord {
    var key: Int64?
    var id: String
    var company: String
    var role: String
    var region: String?
    var timeZone: String
    var language: String
    var createdAt: Int64

    static let selectList = "key, id, company, role, region, time_zone, language, created_at"

    init(_ process: HiringProcess) {
        id = process.id.rawValue
        company = process.company
        role = process.role
        region = process.region
        timeZone = process.zone.identifier
        language = process.language.rawValue
        createdAt = EventRow.seconds(process.createdAt)
    }

    /// Decodes a row selected with `selectList`, by position.
    init(row: Row) {
        key = row[0]
        id = row[1]
        company = row[2]
        role = row[3]
        region = row[4]
        timeZone = row[5]
        language = row[6]
        createdAt = row[7]
    }

    /// Inserts the row and returns its key.
    func insert(_ db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO process (id, company, role, region, time_zone, language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [id, company, role, region, timeZone, language, createdAt])
        return db.lastInsertedRowID
    }

    func process(contacts: [Contact]) throws -> HiringProcess {
        HiringProcess(
            id: ProcessID(id), company: company, role: role, contacts: contacts, region: region, zone: try Zone(timeZone),
            language: try Language(parsing: language), createdAt: Date(timeIntervalSince1970: TimeInterval(createdAt)))
    }
}

/// A contact row, ordered within its process by `position`.
enum ContactRow {
    static let selectList = "process_key, name, email, role"

    static func insert(_ db: Database, _ contact: Contact, processKey: Int64, position: Int) throws {
        try db.execute(
            sql: "INSERT INTO contact (process_key, position, name, email, role) VALUES (?, ?, ?, ?, ?)",
            arguments: [processKey, position, contact.name, contact.email, contact.role.rawValue])
    }

    static func decode(_ row: Row) -> (processKey: Int64, contact: Contact) {
        (row[0], Contact(name: row[1], email: row[2], role: ContactRole(rawValue: row[3] as String) ?? .recruiter))
    }
}

/// An event row: the flat `Event.Fields`, one column each.
enum EventRow {
    static let columns = [
        "id", "process_key", "kind", "at", "recorded_at", "interview_kind", "ends_at", "with", "topics", "personal", "phrase",
        "deadline_start", "deadline_end", "said_by", "message_kind", "to", "text", "from", "invites_next_step", "context_kind",
        "offer_deadline", "availability", "note", "outcome", "retracts", "reading",
    ]
    static let selectList = columns.map { "\"\($0)\"" }.joined(separator: ", ")

    static let insertSQL: String = {
        let names = columns.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count - 1).joined(separator: ", ")
        return "INSERT INTO event (\(names)) VALUES (\(placeholders))"
    }()

    /// Appends an event; SQLite assigns its id, which keeps ids increasing in the order written.
    static func insert(_ db: Database, _ f: Event.Fields, processKey: Int64) throws -> EventID {
        let values: [(any DatabaseValueConvertible)?] = [
            processKey, f.kind.rawValue, seconds(f.at), seconds(f.recordedAt), f.interviewKind?.rawValue,
            f.endsAt.map(seconds), f.with, f.topics, f.personal, f.phrase, f.deadlineStart?.description, f.deadlineEnd?.description,
            f.saidBy, f.messageKind?.rawValue, f.to, f.text, f.from, f.invitesNextStep, f.contextKind, f.offerDeadline?.description,
            f.availability, f.note, f.outcome?.rawValue, f.retracts, f.reading,
        ]
        try db.execute(sql: insertSQL, arguments: StatementArguments(values))
        let id = db.lastInsertedRowID
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
        let id: EventID = row[0]
        func text(_ index: Int) -> String? { row[index] }
        func day(_ index: Int) throws -> Day? {
            guard let value = text(index) else { return nil }
            guard let day = Day(iso: value) else { throw StoreError.database("event \(id) has a bad day '\(value)'") }
            return day
        }
        func date(_ index: Int) -> Date? {
            (row[index] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        func value<T: RawRepresentable>(_ index: Int, _: T.Type) throws -> T where T.RawValue == String {
            guard let raw = text(index), let value = T(rawValue: raw) else {
                throw StoreError.database("event \(id) has a bad value '\(text(index) ?? "")' in \(columns[index])")
            }
            return value
        }
        func deadline() throws -> Deadline? {
            switch (try day(11), try day(12)) {
            case (nil, nil): return nil
            case (let start?, let end?): return try Deadline(start: start, end: end)
            case (let single?, nil), (nil, let single?): return Deadline(single)
            }
        }
        guard let at = date(3), let recordedAt = date(4) else { throw StoreError.database("event \(id) has no time") }
        let payload: Event.Payload
        switch try value(2, Event.Kind.self) {
        case .interviewed:
            let kind = text(5).flatMap(InterviewKind.init(rawValue:)) ?? .other
            payload = .interviewed(Interview(kind: kind, endsAt: date(6), with: text(7), topics: text(8), personal: row[9] ?? false))
        case .timelinePromised:
            payload = .timelinePromised(PromisedTimeline(phrase: text(10), deadline: try deadline(), saidBy: text(13), reading: text(25)))
        case .messageSent:
            payload = .messageSent(SentMessage(kind: try value(14, MessageKind.self), to: text(15), text: text(16)))
        case .replyReceived:
            payload = .replyReceived(Reply(from: text(17), invitesNextStep: row[18] ?? false, deadline: try deadline()))
        case .contextChanged:
            let kind: ContextChange.Kind
            switch text(19) {
            case "offer":
                guard let day = try day(20) else { throw StoreError.database("event \(id) has an offer without a deadline") }
                kind = .offer(deadline: day)
            case "availability": kind = .availabilityChanged(text(21) ?? "")
            case "final-round-elsewhere": kind = .finalRoundElsewhere
            case let other: throw StoreError.database("event \(id) has an unknown context kind '\(other ?? "")'")
            }
            payload = .contextChanged(ContextChange(kind: kind, note: text(22)))
        case .closed:
            payload = .closed(try value(23, Outcome.self))
        case .retracted:
            guard let target: EventID = row[24] else { throw StoreError.database("event \(id) retracts nothing") }
            payload = .retracted(target)
        }
        return Event(id: id, processID: processID, at: at, recordedAt: recordedAt, payload: payload)
    }

    static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
