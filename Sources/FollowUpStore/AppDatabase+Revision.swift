import GRDB

extension AppDatabase {
    /// A short value that changes whenever anything is written (a process, an event, a setting),
    /// by this program or another one on the same file.
    ///
    /// The store is append-only, so the id counters SQLite keeps for AUTOINCREMENT tables plus the
    /// settings rows say it all; a long-running server compares this instead of reloading everything.
    public func revision() async throws(StoreError) -> String {
        try await read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT coalesce((SELECT group_concat(name || ':' || seq, ',') FROM sqlite_sequence), '')
                        || '|' || coalesce((SELECT group_concat(key || '=' || value, char(31)) FROM setting), '')
                    """) ?? ""
        }
    }
}
