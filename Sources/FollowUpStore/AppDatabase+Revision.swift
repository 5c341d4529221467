import Foundation
import GRDB
import GRDBSQLite

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

    /// A watcher on its own read-only connection, for a server that asks "anything new?" on every
    /// request; nil for a database in memory (no second connection can see it).
    public func makeChangeWatcher() -> ChangeWatcher? {
        guard path != "in-memory" else { return nil }
        return ChangeWatcher(path: path)
    }
}

/// Tells in about a microsecond whether any connection — this program's writer or another program —
/// has committed since the last look: SQLite's `data_version` changes on every commit but its own,
/// and this connection never writes. One prepared statement on a raw read-only connection, behind
/// a lock, so the question costs no queue hop.
public final class ChangeWatcher: @unchecked Sendable {
    private let connection: OpaquePointer
    private let statement: OpaquePointer
    private let lock = NSLock()

    init?(path: String) {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let connection else {
            sqlite3_close(connection)
            return nil
        }
        sqlite3_busy_timeout(connection, 5_000)
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "PRAGMA data_version", -1, &statement, nil) == SQLITE_OK, let statement else {
            sqlite3_close(connection)
            return nil
        }
        self.connection = connection
        self.statement = statement
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close(connection)
    }

    /// A number that changes after every commit; nil when the file cannot be read (then reload).
    public func version() -> Int64? {
        lock.lock()
        defer {
            sqlite3_reset(statement)
            lock.unlock()
        }
        guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
        return sqlite3_column_int64(statement, 0)
    }
}
