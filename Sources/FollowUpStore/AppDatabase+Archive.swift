public import FollowUpApp
public import FollowUpCore
import GRDB

extension AppDatabase {
    /// Everything in the database as one archive, for `followup export`.
    public func archive() async throws(StoreError) -> Archive {
        try await read { db in
            let settings = try AppDatabase.loadSettings(db)
            let entries = try AppDatabase.loadStates(db).map { state in
                Archive.Entry(process: state.process, events: state.history.map(\.fields))
            }
            return Archive(settings: settings.storedValues, processes: entries)
        }
    }

    /// Adds everything in an archive in one transaction; a process id that already exists refuses the
    /// whole import. Event ids are assigned anew and retractions follow them.
    public func importArchive(_ archive: Archive) async throws(StoreError) -> Int {
        try await write { db in
            for entry in archive.processes {
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM process WHERE id = ?", arguments: [entry.process.id.rawValue]) != nil {
                    throw StoreError.processExists(entry.process.id.rawValue)
                }
                let key = try AppDatabase.insert(db, entry.process)
                var newIDs: [EventID: EventID] = [:]
                for var fields in entry.events.sorted(by: { $0.id < $1.id }) {
                    if let target = fields.retracts { fields.retracts = newIDs[target] }
                    newIDs[fields.id] = try EventRow.insert(db, fields, processKey: key)
                }
            }
            var settings = try AppDatabase.loadSettings(db)
            for (key, value) in archive.settings { try settings.set(key, to: value) }
            try AppDatabase.saveSettings(db, settings.storedValues)
            return archive.processes.count
        }
    }
}
