public import FollowUpApp
import FollowUpCore
public import Foundation
import GRDB

/// The one SQLite file that holds a user's processes, events and settings.
///
/// Every method is one transaction: a command either happens whole or not at all, and events
/// are only ever appended.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// Where the file is, for error messages ("in-memory" for tests).
    public let path: String
    /// Who waits for each transaction (see `Caller`).
    private let caller: Caller

    /// Who runs the transactions, which decides where they wait.
    public enum Caller: Sendable {
        /// One command: it has nothing else to do, so SQLite works on its thread, and no other
        /// thread is started or woken for it.
        case command
        /// A server: its requests share a few threads, so a transaction is handed to GRDB's queue
        /// and a request that waits for another's does not hold one of them.
        case server
    }

    /// SQLite's `application_id` for Followup files ("FoLU"), so a foreign file is never mistaken for ours.
    static let applicationID: Int32 = 0x466F_4C55

    /// `header` is what the file's first bytes said before it was opened (nil for a new or
    /// in-memory database): when they already name the file ours, SQLite is not asked again.
    private init(writer: any DatabaseWriter, path: String, caller: Caller, header: FileHeader? = nil) throws {
        self.writer = writer
        self.path = path
        self.caller = caller
        // One read answers the usual case (our file, up to date), so opening writes nothing: the
        // applied migrations, read once, say both whether any is missing and whether a newer
        // Followup wrote the file.
        let migrator = AppDatabase.migrator
        let knownOurs = header?.applicationID == AppDatabase.applicationID
        let (id, applied) = try writer.read { db in
            (
                knownOurs ? AppDatabase.applicationID : try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                try migrator.appliedIdentifiers(db)
            )
        }
        let known = Set(migrator.migrations)
        if !applied.isSubset(of: known) { throw StoreError.newerSchema(path: path) }
        if id == 0 {
            try writer.write { db in try db.execute(sql: "PRAGMA application_id = \(AppDatabase.applicationID)") }
        }
        if !known.isSubset(of: applied) { try migrator.migrate(writer) }
    }

    /// A fresh database in memory, for tests and what-if runs.
    public static func inMemory() -> AppDatabase {
        // An in-memory queue cannot fail to open or migrate.
        try! AppDatabase(writer: DatabaseQueue(configuration: configuration()), path: "in-memory", caller: .command)
    }

    /// Opens (or creates) the database at `path`, refusing files that are not ours before touching them.
    ///
    /// `busyTimeout` is how long to wait for another program's write to finish.
    public static func open(path: String, busyTimeout: TimeInterval = 5, for caller: Caller = .command) throws(StoreError) -> AppDatabase {
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        if !folder.isEmpty, PortableFiles.kind(of: folder) == .missing {
            throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
        }
        var header: FileHeader?
        switch PortableFiles.kind(of: path) {
        case .folder: throw StoreError.cannotOpen(path: path, reason: "it is a folder, not a file")
        case .file: header = try checkOwnership(path: path)
        case .missing: break
        }
        do {
            var config = configuration()
            config.busyMode = .timeout(busyTimeout)
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            let queue = try DatabaseQueue(path: path, configuration: config)
            // The write-ahead log lets the web app and the command line read while the other writes.
            // It is a property of the file, set once and kept in its header; GRDB's own set-up
            // (`journalMode = .wal`) writes a table on every open, which had been a fifth of a quick
            // command's time.
            if header?.isWriteAheadLog != true {
                try queue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                            throw StoreError.cannotOpen(path: path, reason: "its folder does not allow SQLite's write-ahead log")
                        }
                    }
                }
            }
            return try AppDatabase(writer: queue, path: path, caller: caller, header: header)
        } catch {
            throw map(error, path: path)
        }
    }

    /// Refuses an existing file unless it is empty, or SQLite with our application id (or no tables yet).
    /// Opens it read-only, so a foreign file is left exactly as it was. Returns the header it read
    /// (nil for an empty file).
    static func checkOwnership(path: String) throws(StoreError) -> FileHeader? {
        guard let bytes = try? PortableFiles.read(path, limit: FileHeader.size, truncating: true).get() else {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read: check its permissions")
        }
        if bytes.isEmpty { return nil }
        guard let header = FileHeader(bytes) else { throw StoreError.notOurs(path: path) }
        if header.applicationID == applicationID { return header }
        // No id in the header yet (a new file, or one whose id is still in the write-ahead log): ask SQLite.
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(5)
            let queue = try DatabaseQueue(path: path, configuration: config)
            let (id, tables) = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                )
            }
            try queue.close()
            if id == applicationID || (id == 0 && tables == 0) { return header }
            throw StoreError.notOurs(path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: path)
        }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "followup"
        return config
    }

    /// Turns SQLite's codes into messages a person can act on.
    static func map(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? FollowUpError { return .invalid(error) }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
            case .SQLITE_READONLY: return .readOnly(path: path)
            case .SQLITE_NOTADB: return .notOurs(path: path)
            case .SQLITE_CANTOPEN:
                // An existing file that cannot be opened for writing (or whose folder refuses the WAL files).
                if PortableFiles.kind(of: path) != .missing { return .readOnly(path: path) }
                return .cannotOpen(path: path, reason: "check that its folder is writable")
            case .SQLITE_CORRUPT: return .cannotOpen(path: path, reason: "the file is damaged")
            default: return .database(error.message ?? "\(error.resultCode)")
            }
        }
        return .database("\(error)")
    }

    /// Calls `action` after every transaction this database commits.
    func afterEveryCommit(_ action: @escaping @Sendable () -> Void) {
        writer.add(transactionObserver: CommitObserver(action: action), extent: .databaseLifetime)
    }

    private final class CommitObserver: TransactionObserver, @unchecked Sendable {
        let action: @Sendable () -> Void
        init(action: @escaping @Sendable () -> Void) { self.action = action }
        // No events are needed, only the commits (as GRDB's own `afterNextTransaction` does).
        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseDidCommit(_ db: Database) { action() }
        func databaseDidRollback(_ db: Database) {}
    }

    /// Runs a read in one transaction, mapping errors.
    ///
    /// For a command the work runs on the caller's thread (GRDB's queue lends it, as
    /// `DispatchQueue.sync` does): hopping to the queue's own thread and back cost a quick command
    /// more than its reads.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            switch caller {
            case .command: return try Self.onCallerThread { try writer.read(body) }
            case .server: return try await writer.read(body)
            }
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    /// Runs a write in one transaction, mapping errors; a thrown error rolls everything back.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            switch caller {
            case .command: return try Self.onCallerThread { try writer.write(body) }
            case .server: return try await writer.write(body)
            }
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    /// A synchronous context, so that GRDB's blocking methods are the ones chosen.
    private static func onCallerThread<T>(_ body: () throws -> T) rethrows -> T { try body() }
}

// MARK: schema

extension AppDatabase {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: processes, contacts, events, settings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE process (
                        key INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE CHECK (id <> ''),
                        company TEXT NOT NULL CHECK (company <> ''),
                        role TEXT NOT NULL CHECK (role <> ''),
                        region TEXT,
                        time_zone TEXT NOT NULL,
                        language TEXT NOT NULL CHECK (language IN ('en', 'pt-BR')),
                        created_at INTEGER NOT NULL
                    );
                    CREATE TABLE contact (
                        process_key INTEGER NOT NULL REFERENCES process(key) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        email TEXT,
                        role TEXT NOT NULL CHECK (role IN ('recruiter', 'hiring-manager', 'interviewer')),
                        PRIMARY KEY (process_key, position)
                    );
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        process_key INTEGER NOT NULL REFERENCES process(key) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('interviewed', 'timeline-promised', 'message-sent',
                            'reply-received', 'context-changed', 'closed', 'retracted')),
                        at INTEGER NOT NULL,
                        recorded_at INTEGER NOT NULL,
                        interview_kind TEXT, ends_at INTEGER, "with" TEXT, topics TEXT, personal BOOLEAN,
                        phrase TEXT, deadline_start TEXT, deadline_end TEXT, said_by TEXT,
                        message_kind TEXT, "to" TEXT, text TEXT,
                        "from" TEXT, invites_next_step BOOLEAN,
                        context_kind TEXT, offer_deadline TEXT, availability TEXT, note TEXT,
                        outcome TEXT,
                        retracts INTEGER REFERENCES event(id),
                        CHECK (kind <> 'retracted' OR retracts IS NOT NULL),
                        CHECK (kind <> 'closed' OR outcome IS NOT NULL),
                        CHECK (kind <> 'message-sent' OR message_kind IS NOT NULL),
                        CHECK (kind <> 'timeline-promised' OR deadline_end IS NOT NULL)
                    );
                    CREATE INDEX event_by_process ON event(process_key, id);
                    CREATE TABLE setting (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: each process keeps its history packed") { db in
            try db.execute(
                sql: """
                    ALTER TABLE process ADD COLUMN history BLOB NOT NULL DEFAULT x'0100000000';
                    ALTER TABLE process ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
                    CREATE TRIGGER event_added AFTER INSERT ON event BEGIN
                        UPDATE process SET event_count = event_count + 1 WHERE key = NEW.process_key;
                    END;
                    CREATE TRIGGER event_changed AFTER UPDATE ON event BEGIN
                        UPDATE process SET event_count = -1 WHERE key IN (OLD.process_key, NEW.process_key);
                    END;
                    CREATE TRIGGER event_removed AFTER DELETE ON event BEGIN
                        UPDATE process SET event_count = -1 WHERE key = OLD.process_key;
                    END;
                    """)
            // The histories are packed at the end of v3, once the event table has every column
            // `EventRow` reads.
        }
        migrator.registerMigration("v3: a promise may name no date, and keeps how it was read") { db in
            // SQLite cannot drop a CHECK: the table is rebuilt without the one that wanted a day on
            // every promise, then its index and triggers are made again.
            try db.execute(
                sql: """
                    CREATE TABLE event_v3 (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        process_key INTEGER NOT NULL REFERENCES process(key) ON DELETE CASCADE,
                        kind TEXT NOT NULL CHECK (kind IN ('interviewed', 'timeline-promised', 'message-sent',
                            'reply-received', 'context-changed', 'closed', 'retracted')),
                        at INTEGER NOT NULL,
                        recorded_at INTEGER NOT NULL,
                        interview_kind TEXT, ends_at INTEGER, "with" TEXT, topics TEXT, personal BOOLEAN,
                        phrase TEXT, deadline_start TEXT, deadline_end TEXT, said_by TEXT,
                        message_kind TEXT, "to" TEXT, text TEXT,
                        "from" TEXT, invites_next_step BOOLEAN,
                        context_kind TEXT, offer_deadline TEXT, availability TEXT, note TEXT,
                        outcome TEXT,
                        retracts INTEGER REFERENCES event(id),
                        CHECK (kind <> 'retracted' OR retracts IS NOT NULL),
                        CHECK (kind <> 'closed' OR outcome IS NOT NULL),
                        CHECK (kind <> 'message-sent' OR message_kind IS NOT NULL),
                        CHECK (kind <> 'timeline-promised' OR (deadline_start IS NULL) = (deadline_end IS NULL))
                    );
                    INSERT INTO event_v3 SELECT * FROM event;
                    DROP TABLE event;
                    ALTER TABLE event_v3 RENAME TO event;
                    CREATE INDEX event_by_process ON event(process_key, id);
                    CREATE TRIGGER event_added AFTER INSERT ON event BEGIN
                        UPDATE process SET event_count = event_count + 1 WHERE key = NEW.process_key;
                    END;
                    CREATE TRIGGER event_changed AFTER UPDATE ON event BEGIN
                        UPDATE process SET event_count = -1 WHERE key IN (OLD.process_key, NEW.process_key);
                    END;
                    CREATE TRIGGER event_removed AFTER DELETE ON event BEGIN
                        UPDATE process SET event_count = -1 WHERE key = OLD.process_key;
                    END;
                    ALTER TABLE event ADD COLUMN reading TEXT;
                    """)
        }
        migrator.registerMigration("v4: events keep the Message-ID of the mail they were read from") { db in
            try db.execute(
                sql: """
                    ALTER TABLE event ADD COLUMN message_id TEXT;
                    CREATE INDEX event_by_message_id ON event(message_id) WHERE message_id IS NOT NULL;
                    """)
            // The histories are packed at the end of the last migration, once the event table has
            // every column `EventRow` reads.
            for key in try Int64.fetchAll(db, sql: "SELECT key FROM process") { try EventRow.repack(db, processKey: key) }
        }
        return migrator
    }
}
