import FollowUpCore
import Foundation
import GRDB

/// A process row; database details stay here and out of Core.
struct ProcessRecord: Codable, PersistableRecord {
    static let databaseTableName = "process"

    var id: String
    var company: String
    var role: String
    var region: String?
    var timeZone: String
    var language: String
    var createdAt: Int64

    enum Columns {
        static let id = Column(CodingKeys.id)
    }

    enum CodingKeys: String, CodingKey {
        case id, company, role, region
        case timeZone = "time_zone"
        case language
        case createdAt = "created_at"
    }

    init(_ process: HiringProcess) {
        id = process.id.rawValue
        company = process.company
        role = process.role
        region = process.region
        timeZone = process.zone.identifier
        language = process.language.rawValue
        createdAt = Int64(process.createdAt.timeIntervalSince1970.rounded(.down))
    }

    static let selectList = "id, company, role, region, time_zone, language, created_at"

    /// Decodes a row selected with `selectList`, by position.
    init(row: Row) {
        id = row[0]
        company = row[1]
        role = row[2]
        region = row[3]
        timeZone = row[4]
        language = row[5]
        createdAt = row[6]
    }

    func process(contacts: [Contact], zone: Zone? = nil) throws -> HiringProcess {
        HiringProcess(
            id: ProcessID(id), company: company, role: role, contacts: contacts, region: region, zone: try zone ?? Zone(timeZone),
            language: try Language(parsing: language), createdAt: Date(timeIntervalSince1970: TimeInterval(createdAt)))
    }
}

/// A contact row, ordered within its process by `position`.
struct ContactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contact"

    var processId: String
    var position: Int
    var name: String
    var email: String?
    var role: String

    enum CodingKeys: String, CodingKey {
        case processId = "process_id"
        case position, name, email, role
    }

    var contact: Contact {
        Contact(name: name, email: email, role: ContactRole(rawValue: role) ?? .recruiter)
    }
}

/// An event row: the flat `Event.Fields`, one column each, so rows decode without JSON.
enum EventRow {
    static let columns = [
        "id", "process_id", "kind", "at", "recorded_at", "interview_kind", "ends_at", "with", "topics", "personal", "phrase",
        "deadline_start", "deadline_end", "said_by", "message_kind", "to", "text", "from", "invites_next_step", "context_kind",
        "offer_deadline", "availability", "note", "outcome", "retracts",
    ]
    static let selectList = columns.map { "\"\($0)\"" }.joined(separator: ", ")

    static let insertSQL: String = {
        let names = columns.dropFirst().map { "\"\($0)\"" }.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count - 1).joined(separator: ", ")
        return "INSERT INTO event (\(names)) VALUES (\(placeholders))"
    }()

    /// Appends an event; SQLite assigns its id, which keeps ids increasing in the order written.
    static func insert(_ db: Database, _ f: Event.Fields, processID: ProcessID) throws -> EventID {
        try db.execute(sql: insertSQL, arguments: StatementArguments(Array(rowValues(f, processID: processID).dropFirst())))
        return db.lastInsertedRowID
    }

    static func rowValues(_ f: Event.Fields, processID: ProcessID) -> [(any DatabaseValueConvertible)?] {
        [
            nil, processID.rawValue, f.kind.rawValue, seconds(f.at), seconds(f.recordedAt), f.interviewKind?.rawValue,
            f.endsAt.map(seconds), f.with, f.topics, f.personal, f.phrase, f.deadlineStart?.description, f.deadlineEnd?.description,
            f.saidBy, f.messageKind?.rawValue, f.to, f.text, f.from, f.invitesNextStep, f.contextKind, f.offerDeadline?.description,
            f.availability, f.note, f.outcome?.rawValue, f.retracts,
        ]
    }

    /// Decodes a row selected with `selectList`, by position, reading only the columns its kind uses:
    /// an agenda reads every event, and most columns of a row are empty.
    static func decode(_ row: Row) throws -> (ProcessID, Event) {
        func day(_ index: Int) throws -> Day? {
            guard let text: String = row[index] else { return nil }
            guard let day = Day(iso: text) else { throw StoreError.database("bad day '\(text)' in event \(row[0] as Int64)") }
            return day
        }
        func date(_ index: Int) -> Date? {
            (row[index] as Int64?).map { Date(timeIntervalSince1970: TimeInterval($0)) }
        }
        func value<T: RawRepresentable>(_ index: Int, _: T.Type) throws -> T? where T.RawValue == String {
            guard let text: String = row[index] else { return nil }
            guard let value = T(rawValue: text) else { throw StoreError.database("bad value '\(text)' in event \(row[0] as Int64)") }
            return value
        }
        let processID = ProcessID(row[1] as String)
        guard let kind = try value(2, Event.Kind.self), let at = date(3), let recordedAt = date(4) else {
            throw StoreError.database("event \(row[0] as Int64) has no kind or time")
        }
        var f = Event.Fields(id: row[0], kind: kind, at: at, recordedAt: recordedAt)
        switch kind {
        case .interviewed:
            f.interviewKind = try value(5, InterviewKind.self)
            f.endsAt = date(6)
            f.with = row[7]
            f.topics = row[8]
            f.personal = row[9]
        case .timelinePromised:
            f.phrase = row[10]
            f.deadlineStart = try day(11)
            f.deadlineEnd = try day(12)
            f.saidBy = row[13]
        case .messageSent:
            f.messageKind = try value(14, MessageKind.self)
            f.to = row[15]
            f.text = row[16]
        case .replyReceived:
            f.deadlineStart = try day(11)
            f.deadlineEnd = try day(12)
            f.from = row[17]
            f.invitesNextStep = row[18]
        case .contextChanged:
            f.contextKind = row[19]
            f.offerDeadline = try day(20)
            f.availability = row[21]
            f.note = row[22]
        case .closed:
            f.outcome = try value(23, Outcome.self)
        case .retracted:
            f.retracts = row[24]
        }
        return (processID, try Event(processID: processID, fields: f))
    }

    static func seconds(_ date: Date) -> Int64 {
        Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
