import FollowUpCore
import Foundation
import GRDB

/// A process row, as a GRDB record. Events and contacts point at its integer `key`, so loading a
/// hundred thousand events groups them by integer rather than by string.
struct ProcessRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "process"

    /// The columns, named once for queries and rows alike.
    enum Columns {
        static let key = Column("key")
        static let id = Column("id")
        static let company = Column("company")
        static let role = Column("role")
        static let region = Column("region")
        static let timeZone = Column("time_zone")
        static let language = Column("language")
        static let createdAt = Column("created_at")
        static let history = Column("history")
        static let eventCount = Column("event_count")
    }

    /// What a process is read with (its packed history is read only where it is wanted).
    static var databaseSelection: [any SQLSelectable] { selectColumns }
    private static let selectColumns = [
        Columns.key, Columns.id, Columns.company, Columns.role, Columns.region, Columns.timeZone, Columns.language, Columns.createdAt,
    ]

    /// Every process in id order, with the columns of `databaseSelection`.
    static let everyProcess = "SELECT \(selectList) FROM \(databaseTableName) ORDER BY \(Columns.id.name)"
    /// The same with each packed history and the event count the table keeps.
    static let everyProcessPacked =
        "SELECT \(selectList), \(Columns.history.name), \(Columns.eventCount.name) FROM \(databaseTableName) ORDER BY \(Columns.id.name)"
    private static let selectList = selectColumns.map(\.name).joined(separator: ", ")

    var key: Int64?
    var id: String
    var company: String
    var role: String
    var region: String?
    var timeZone: String
    var language: String
    var createdAt: Int64

    init(_ process: HiringProcess) {
        id = process.id.rawValue
        company = process.company
        role = process.role
        region = process.region
        timeZone = process.zone.identifier
        language = process.language.rawValue
        createdAt = EventRow.seconds(process.createdAt)
    }

    init(row: Row) {
        key = row[Columns.key]
        id = row[Columns.id]
        company = row[Columns.company]
        role = row[Columns.role]
        region = row[Columns.region]
        timeZone = row[Columns.timeZone]
        language = row[Columns.language]
        createdAt = row[Columns.createdAt]
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.key] = key
        container[Columns.id] = id
        container[Columns.company] = company
        container[Columns.role] = role
        container[Columns.region] = region
        container[Columns.timeZone] = timeZone
        container[Columns.language] = language
        container[Columns.createdAt] = createdAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        key = inserted.rowID
    }

    func process(contacts: [Contact]) throws -> HiringProcess {
        HiringProcess(
            id: ProcessID(id), company: company, role: role, contacts: contacts, region: region, zone: try Zone(timeZone),
            language: try Language(parsing: language), createdAt: Date(timeIntervalSince1970: TimeInterval(createdAt)))
    }
}
