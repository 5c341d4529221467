public import FollowUpApp
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

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
    ///
    /// The watcher remembers its answer for a millisecond and forgets it on every commit of this
    /// database: this program's writes are seen by the very next request, another program's
    /// within a millisecond.
    public func makeChangeWatcher() -> ChangeWatcher? {
        guard path != "in-memory", let watcher = ChangeWatcher(path: path) else { return nil }
        afterEveryCommit { [weak watcher] in watcher?.forget() }
        return watcher
    }
}

/// Tells in about a microsecond whether any connection — this program's writer or another program —
/// has committed since the last look: SQLite's `data_version` changes on every commit but its own,
/// and these connections never write.
///
/// One prepared statement per raw read-only connection, a connection per core: requests on
/// different threads ask at once. With one connection behind one lock they had queued, each wait
/// a sleep in the kernel and a context switch.
public final class ChangeWatcher: @unchecked Sendable {
    /// A version is only comparable with another from the same connection.
    public struct Version: Equatable, Sendable {
        public let connection: Int
        public let value: Int64
    }

    private final class Slot: @unchecked Sendable {
        let connection: OpaquePointer
        let statement: OpaquePointer
        let lock = NSLock()

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

        /// Steps the statement; the caller holds `lock`.
        func step() -> Int64? {
            defer { sqlite3_reset(statement) }
            guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
            return sqlite3_column_int64(statement, 0)
        }
    }

    private let slots: [Slot]
    /// The last answer, `value << 8 | connection`, and when it was asked (uptime in ns; 0 = none).
    private let remembered = Atomic<UInt64>(0)
    private let rememberedAt = Atomic<UInt64>(0)
    /// Counts `forget()`s, so an answer looked up before a commit is not remembered after it.
    private let generation = Atomic<UInt64>(0)
    /// How long an answer stands for the requests that follow it: under load, thousands of
    /// requests a second share one look instead of each taking SQLite's locks.
    static let memory: UInt64 = 1_000_000

    init?(path: String, connections: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) {
        var slots: [Slot] = []
        for _ in 0..<connections {
            guard let slot = Slot(path: path) else { return nil }
            slots.append(slot)
        }
        self.slots = slots
    }

    /// A number that changes after every commit, on the first free connection; nil when the file
    /// cannot be read (then reload).
    public func version() -> Version? {
        let now = DispatchTime.now().uptimeNanoseconds
        let at = rememberedAt.load(ordering: .acquiring)
        if at != 0, now &- at < ChangeWatcher.memory {
            let packed = remembered.load(ordering: .relaxed)
            return Version(connection: Int(packed & 0xFF), value: Int64(packed >> 8))
        }
        let before = generation.load(ordering: .acquiring)
        guard let version = look() else { return nil }
        if version.value >= 0, version.value < 1 << 55, version.connection < 256 {
            remembered.store(UInt64(version.value) << 8 | UInt64(version.connection), ordering: .relaxed)
            rememberedAt.store(now, ordering: .releasing)
            // A commit since the look: this answer may be older than it, so it is not kept.
            if generation.load(ordering: .acquiring) != before { rememberedAt.store(0, ordering: .releasing) }
        }
        return version
    }

    /// Drops the remembered answer: the next question looks again (after this program's commits).
    public func forget() {
        generation.add(1, ordering: .acquiringAndReleasing)
        rememberedAt.store(0, ordering: .releasing)
    }

    private func look() -> Version? {
        for (index, slot) in slots.enumerated() where slot.lock.try() {
            defer { slot.lock.unlock() }
            return slot.step().map { Version(connection: index, value: $0) }
        }
        // Every connection busy: wait for the first.
        slots[0].lock.lock()
        defer { slots[0].lock.unlock() }
        return slots[0].step().map { Version(connection: 0, value: $0) }
    }
}
