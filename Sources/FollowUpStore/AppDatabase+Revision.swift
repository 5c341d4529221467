import Foundation
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

    /// A watcher on its own read-only connection, for a server that asks "anything new?" on every
    /// request; nil for a database in memory (no second connection can see it).
    public func makeChangeWatcher() -> ChangeWatcher? {
        guard path != "in-memory" else { return nil }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return nil }
        return ChangeWatcher(queue: queue)
    }
}

/// Tells in microseconds whether any connection — this program's writer or another program — has
/// committed since the last look: SQLite's `data_version` changes on every commit but its own, and
/// this connection never writes.
public final class ChangeWatcher: Sendable {
    private let queue: DatabaseQueue

    init(queue: DatabaseQueue) {
        self.queue = queue
    }

    /// A number that changes after every commit; nil when the file cannot be read (then reload).
    public func version() -> Int64? {
        try? queue.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") }
    }
}
