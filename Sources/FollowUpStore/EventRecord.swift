import FollowUpCore
import GRDB

/// An event as it is written: a GRDB record over `EventRow.Columns`, so a column is named once and
/// SQLite assigns the id, which keeps ids increasing in the order written. Rows are read back by
/// `EventRow.decode`, which reads only the columns the event's kind uses.
struct EventRecord: MutablePersistableRecord {
    static let databaseTableName = "event"

    private(set) var id: EventID?
    let processKey: Int64
    let fields: Event.Fields

    init(_ fields: Event.Fields, processKey: Int64) {
        (self.fields, self.processKey) = (fields, processKey)
    }

    func encode(to container: inout PersistenceContainer) {
        typealias Columns = EventRow.Columns
        let f = fields
        container[Columns.id] = id
        container[Columns.processKey] = processKey
        container[Columns.kind] = f.kind.rawValue
        container[Columns.at] = EventRow.seconds(f.at)
        container[Columns.recordedAt] = EventRow.seconds(f.recordedAt)
        container[Columns.interviewKind] = f.interviewKind?.rawValue
        container[Columns.endsAt] = f.endsAt.map(EventRow.seconds)
        container[Columns.with] = f.with
        container[Columns.topics] = f.topics
        container[Columns.personal] = f.personal
        container[Columns.phrase] = f.phrase
        container[Columns.deadlineStart] = f.deadlineStart?.description
        container[Columns.deadlineEnd] = f.deadlineEnd?.description
        container[Columns.saidBy] = f.saidBy
        container[Columns.messageKind] = f.messageKind?.rawValue
        container[Columns.to] = f.to
        container[Columns.text] = f.text
        container[Columns.from] = f.from
        container[Columns.invitesNextStep] = f.invitesNextStep
        container[Columns.contextKind] = f.contextKind
        container[Columns.offerDeadline] = f.offerDeadline?.description
        container[Columns.availability] = f.availability
        container[Columns.note] = f.note
        container[Columns.outcome] = f.outcome?.rawValue
        container[Columns.retracts] = f.retracts
        container[Columns.reading] = f.reading
        container[Columns.messageID] = f.messageID
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
