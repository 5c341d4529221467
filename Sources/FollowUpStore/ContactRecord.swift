import FollowUpCore
import GRDB

/// A contact row, ordered within its process by `position`, as a GRDB record.
struct ContactRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "contact"

    enum Columns {
        static let processKey = Column("process_key")
        static let position = Column("position")
        static let name = Column("name")
        static let email = Column("email")
        static let role = Column("role")
    }

    /// Every contact, grouped by process and in order within it.
    static let everyContactInOrder = "SELECT * FROM \(databaseTableName) ORDER BY \(Columns.processKey.name), \(Columns.position.name)"

    var processKey: Int64
    var position: Int
    var contact: Contact

    init(_ contact: Contact, processKey: Int64, position: Int) {
        (self.contact, self.processKey, self.position) = (contact, processKey, position)
    }

    init(row: Row) {
        processKey = row[Columns.processKey]
        position = row[Columns.position]
        contact = Contact(name: row[Columns.name], email: row[Columns.email], role: ContactRole(rawValue: row[Columns.role] as String) ?? .recruiter)
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.processKey] = processKey
        container[Columns.position] = position
        container[Columns.name] = contact.name
        container[Columns.email] = contact.email
        container[Columns.role] = contact.role.rawValue
    }
}
