import FollowUpApp
import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

@Suite struct AppDatabaseTests {
    let zone = try! Zone("America/New_York")
    func time(_ text: String) -> Date { try! DateInput.instant(text, in: zone) }

    func seeded() async throws -> AppDatabase {
        let db = AppDatabase.inMemory()
        _ = try await db.addProcess(
            company: "Acme", role: "Backend Engineer", contacts: [Contact(name: "Dana Reyes", email: "dana@acme.test")],
            region: "US", zone: zone, language: .english, now: time("2026-03-09 10:00"))
        return db
    }

    @Test("ids are readable slugs, folded to ASCII and made unique")
    func slugs() async throws {
        let db = try await seeded()
        let again = try await db.addProcess(
            company: "Acme", role: "Backend Engineer", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-09 10:00"))
        let accents = try await db.addProcess(
            company: "Açaí Labs", role: "Eng. (Sênior)", contacts: [], region: nil, zone: zone, language: .brazilianPortuguese,
            now: time("2026-03-09 10:00"))
        #expect(again.id == "acme-backend-engineer-2")
        #expect(accents.id == "acai-labs-eng-senior")
        #expect(try await db.processIDs() == ["acai-labs-eng-senior", "acme-backend-engineer", "acme-backend-engineer-2"])
    }

    @Test("every kind of event survives the row round trip")
    func roundTrip() async throws {
        let db = try await seeded()
        let payloads: [(String, Event.Payload)] = [
            (
                "2026-03-11 14:00",
                .interviewed(Interview(kind: .panel, endsAt: time("2026-03-11 15:30"), with: "Sam", topics: "queues", personal: true))
            ),
            (
                "2026-03-11 15:45",
                .timelinePromised(
                    PromisedTimeline(
                        phrase: "by Friday", deadline: try Deadline(start: Day(iso: "2026-03-12")!, end: Day(iso: "2026-03-13")!), saidBy: "Sam"))
            ),
            ("2026-03-11 18:00", .messageSent(SentMessage(kind: .thankYou, to: "Sam", text: "Thanks — é isso."))),
            ("2026-03-12 09:00", .replyReceived(Reply(from: "Dana", invitesNextStep: true, deadline: Deadline(Day(iso: "2026-03-20")!)))),
            ("2026-03-12 10:00", .contextChanged(ContextChange(kind: .offer(deadline: Day(iso: "2026-03-25")!), note: "Globex"))),
            ("2026-03-12 10:01", .contextChanged(ContextChange(kind: .availabilityChanged("from May")))),
            ("2026-03-12 10:02", .contextChanged(ContextChange(kind: .finalRoundElsewhere))),
            ("2026-03-13 10:00", .closed(.offer)),
        ]
        for (at, payload) in payloads {
            _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in (self.time(at), payload) }
        }
        let state = try await db.state(of: "acme-backend-engineer")
        #expect(state.history.map(\.payload) == payloads.map(\.1))
        #expect(state.history.map(\.at) == payloads.map { time($0.0) })
        #expect(state.process.contacts == [Contact(name: "Dana Reyes", email: "dana@acme.test")])
        #expect(state.process.region == "US")
    }

    @Test(
        "bad events are refused and nothing is written",
        arguments: [
            ("2026-03-21 10:00", Event.Payload.messageSent(SentMessage(kind: .checkIn))),
            ("2026-03-21 10:00", .replyReceived(Reply())),
            ("2026-03-11 14:00", .interviewed(Interview(endsAt: DateInput.instantOrNil("2026-03-11T13:00-04:00")))),
            ("2026-03-12 10:00", .contextChanged(ContextChange(kind: .offer(deadline: Day(iso: "2026-03-10")!)))),
        ])
    func refused(at: String, payload: Event.Payload) async throws {
        let db = try await seeded()
        await #expect(throws: StoreError.self) {
            _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in (self.time(at), payload) }
        }
        #expect(try await db.state(of: "acme-backend-engineer").history.isEmpty)
    }

    @Test("a name with a control character is refused, and nothing is written", arguments: ["\u{0}Acme", "Ac\u{1B}me", "Acme\nCorp"])
    func controlCharacters(_ company: String) async throws {
        let db = AppDatabase.inMemory()
        await #expect(throws: StoreError.invalid(.invalidInput("the company name contains a control character: type it again without it"))) {
            try await db.addProcess(
                company: company, role: "Engineer", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-09 10:00"))
        }
        #expect(try await db.processIDs().isEmpty)
    }

    @Test("a second close is refused with the first one's date")
    func secondClose() async throws {
        let db = try await seeded()
        _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in (self.time("2026-03-13 10:00"), .closed(.rejected))
        }
        await #expect(throws: StoreError.invalid(.alreadyClosed(outcome: .rejected, on: "Fri 13 Mar 2026"))) {
            _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in
                (self.time("2026-03-14 10:00"), .closed(.offer))
            }
        }
    }

    @Test("an unknown id names the nearest ids")
    func unknown() async throws {
        let db = try await seeded()
        await #expect(throws: StoreError.unknownProcess("acme-backend", suggestions: ["acme-backend-engineer"])) {
            _ = try await db.state(of: "acme-backend")
        }
        await #expect(throws: StoreError.unknownProcess("zzz", suggestions: [])) { _ = try await db.state(of: "zzz") }
    }

    @Test("settings are checked, stored and reset")
    func settings() async throws {
        let db = AppDatabase.inMemory()
        var settings = try await db.setSetting("sending-hours", to: "08:30-10:00")
        #expect(settings.policy.sendingHours == (try SendingHours(opening: 510, closing: 600)))
        settings = try await db.setSetting("no-timeline-days", to: "4-6")
        #expect(settings.policy.noTimelineDays == 4...6)
        await #expect(throws: StoreError.invalid(.invalidSetting(key: "cap", value: "9", expected: "a whole number from 1 to 5"))) {
            _ = try await db.setSetting("cap", to: "9")
        }
        await #expect(throws: StoreError.self) { _ = try await db.setSetting("colour", to: "blue") }
        settings = try await db.resetSetting("sending-hours")
        #expect(settings.policy.sendingHours == .standard)
        #expect(try await db.settings().policy.noTimelineDays == 4...6)
    }

    @Test("export and import round-trip without loss, retractions included")
    func archive() async throws {
        let db = try await seeded()
        _ = try await db.setSetting("name", to: "Ana Lima")
        _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in
            (self.time("2026-03-11 14:00"), .interviewed(Interview(kind: .technical)))
        }
        _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { _ in
            (self.time("2026-03-16 10:00"), .messageSent(SentMessage(kind: .checkIn, text: "Olá")))
        }
        _ = try await db.append(to: "acme-backend-engineer", now: time("2026-03-20 10:00")) { state in
            (self.time("2026-03-20 10:00"), .retracted(state.latestUndoable!.id))
        }
        let first = try await db.archive()
        let copy = AppDatabase.inMemory()
        #expect(try await copy.importArchive(try Archive.decode(first.encoded())) == 1)
        let second = try await copy.archive()
        #expect(second.encoded() == first.encoded())
        #expect(try await copy.settings().name == "Ana Lima")
    }

    @Test("an import that names an existing process changes nothing")
    func importConflict() async throws {
        let db = try await seeded()
        let archive = try await db.archive()
        let target = AppDatabase.inMemory()
        _ = try await target.addProcess(
            company: "Zeta", role: "SRE", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-09 10:00"))
        var doubled = archive
        doubled.processes.append(
            Archive.Entry(process: HiringProcess(id: "zeta-sre", company: "Zeta", role: "SRE", createdAt: time("2026-03-09 10:00")), events: []))
        await #expect(throws: StoreError.processExists("zeta-sre")) { _ = try await target.importArchive(doubled) }
        #expect(try await target.processIDs() == ["zeta-sre"])
    }

    @Test(
        "archives that cannot be read whole are refused",
        arguments: [
            #"{"format":"other","version":1,"settings":{},"processes":[]}"#,
            #"{"format":"followup","version":9,"settings":{},"processes":[]}"#,
            #"{"format":"followup","version":1,"settings":{"cap":"x"},"processes":[]}"#,
            #"{"format":"followup","version":1,"settings":{},"processes":[{"process":{"id":"a","company":"A","role":"R","contacts":[],"timeZone":"Mars/X","language":"en","createdAt":"2026-03-09T10:00:00Z"},"events":[]}]}"#,
            #"{"format":"followup","version":1,"settings":{},"processes":[{"process":{"id":"a","company":"A","role":"R","contacts":[],"timeZone":"UTC","language":"en","createdAt":"2026-03-09T10:00:00Z"},"events":[{"id":1,"kind":"retracted","at":"2026-03-09T10:00:00Z","recordedAt":"2026-03-09T10:00:00Z","retracts":5}]}]}"#,
            #"{"format":"followup""#,
        ])
    func badArchives(text: String) {
        #expect(throws: FollowUpError.self) { _ = try Archive.decode(Data(text.utf8)) }
    }
}

/// A class, so that each test's folders are removed when its instance goes (`deinit`).
@Suite final class DatabaseFileTests {
    private var folders: [String] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// A new file of ours, then changed by another program's connection with `sql`, and closed.
    func fileChangedBehindTheStore(_ sql: String) async throws -> String {
        let path = temporaryFolder() + "/f.sqlite"
        _ = try AppDatabase.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
        return path
    }

    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "followup-store-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        folders.append(path)
        return path
    }

    @Test("a new file is created in WAL mode with our application id")
    func create() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        _ = try AppDatabase.open(path: path)
        let queue = try DatabaseQueue(path: path)
        let (mode, id) = try await queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode")!, try Int32.fetchOne(db, sql: "PRAGMA application_id")!)
        }
        #expect(mode == "wal")
        #expect(id == AppDatabase.applicationID)
        _ = try AppDatabase.open(path: path)  // opening again is fine
    }

    @Test("a server's transactions (GRDB's queue) and a command's (the caller's thread) read and write the same file")
    func serverAndCommand() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        let server = try AppDatabase.open(path: path, for: .server)
        let command = try AppDatabase.open(path: path, for: .command)
        let now = Date(timeIntervalSince1970: 1_773_050_400)
        _ = try await server.addProcess(company: "Acme", role: "SRE", contacts: [], region: nil, zone: .utc, language: .english, now: now)
        _ = try await command.addProcess(company: "Globex", role: "SRE", contacts: [], region: nil, zone: .utc, language: .english, now: now)
        #expect(try await command.processIDs().map(\.rawValue) == ["acme-sre", "globex-sre"])
        #expect(try await server.processIDs() == command.processIDs())
        await #expect(throws: StoreError.self) {
            try await server.state(of: "nobody")
        }
    }

    @Test("opening a file that is ours and up to date writes nothing")
    func openWritesNothing() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        do { _ = try AppDatabase.open(path: path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let database = try AppDatabase.open(path: path)
        _ = try await database.settings()
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(walSize == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("the change watcher sees every commit, whichever of its connections answers")
    func watcher() async throws {
        let database = try AppDatabase.open(path: temporaryFolder() + "/f.sqlite")
        let watcher = try #require(database.makeChangeWatcher())
        // Asked from many threads at once, so that more than one connection answers.
        func versions() async -> [ChangeWatcher.Version] {
            await withTaskGroup(of: [ChangeWatcher.Version].self) { group in
                for _ in 0..<8 { group.addTask { (0..<200).compactMap { _ in watcher.version() } } }
                return await group.reduce(into: []) { $0 += $1 }
            }
        }
        let before = await versions()
        #expect(before.count == 1_600)
        _ = try await database.setSetting("name", to: "Sam")
        let after = await versions()
        for version in after {
            // The same connection never repeats a version it gave before the write.
            #expect(!before.contains(version))
        }
        // Without a write, each connection keeps its version.
        let again = await versions()
        for version in again where after.contains(where: { $0.connection == version.connection }) {
            #expect(after.contains(version))
        }
    }

    @Test("another program's commit is seen once the watcher's memory (a millisecond) has passed")
    func watcherSeesOtherPrograms() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        let database = try AppDatabase.open(path: path)
        let watcher = try #require(database.makeChangeWatcher())
        let before = try #require(watcher.version())
        // Another program: its own connection, which this watcher is not told about.
        let other = try DatabaseQueue(path: path)
        try await other.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('name', 'Ana')") }
        try await Task.sleep(for: .milliseconds(5))
        let after = try #require(watcher.version())
        #expect(after.connection != before.connection || after.value != before.value)
        #expect(try await database.settings().name == "Ana")
    }

    @Test("files that are not ours are refused and left byte for byte as they were")
    func notOurs() async throws {
        let folder = temporaryFolder()
        let text = folder + "/notes.txt"
        try "hello".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notOurs(path: text)) { _ = try AppDatabase.open(path: text) }
        let foreign = folder + "/other.sqlite"
        let queue = try DatabaseQueue(path: foreign)
        try await queue.write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        #expect(throws: StoreError.notOurs(path: foreign)) { _ = try AppDatabase.open(path: foreign) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))
    }

    @Test("the header read before opening says what SQLite would: ours, and in WAL mode, once written through")
    func header() async throws {
        let path = try await fileChangedBehindTheStore("PRAGMA wal_checkpoint(TRUNCATE)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)).prefix(FileHeader.size))
        #expect(FileHeader(bytes) == FileHeader(applicationID: AppDatabase.applicationID, isWriteAheadLog: true))
        #expect(try AppDatabase.checkOwnership(path: path) == FileHeader(bytes))
        #expect(FileHeader(Array("SQLite format 2\0 and more bytes".utf8)) == nil)
        #expect(FileHeader([]) == nil)
    }

    @Test("a file of ours that another program set back to a rollback journal is opened in WAL mode again")
    func backToWAL() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        _ = try await AppDatabase.open(path: path).setSetting("name", to: "Ana")
        let queue = try DatabaseQueue(path: path)
        #expect(try await queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") } == "delete")
        try queue.close()
        let opened = try AppDatabase.open(path: path)
        #expect(try await opened.settings().name == "Ana")
        let check = try DatabaseQueue(path: path)
        #expect(try await check.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        try check.close()
    }

    @Test("a missing folder is named")
    func missingFolder() {
        #expect(throws: StoreError.cannotOpen(path: "/nonexistent-followup/x.sqlite", reason: "the folder /nonexistent-followup does not exist")) {
            _ = try AppDatabase.open(path: "/nonexistent-followup/x.sqlite")
        }
    }

    @Test("a database locked by another writer is reported as locked, and the write is not made")
    func locked() async throws {
        let path = temporaryFolder() + "/f.sqlite"
        let db = try AppDatabase.open(path: path, busyTimeout: 0.2)
        var config = Configuration()
        config.journalMode = .wal
        let other = try DatabaseQueue(path: path, configuration: config)
        let holding = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        // Another connection holds the write lock on its own thread until told to let go.
        Thread.detachNewThread {
            try! other.inDatabase { otherDB in
                try otherDB.execute(sql: "BEGIN IMMEDIATE")
                holding.signal()
                release.wait()
                try otherDB.execute(sql: "ROLLBACK")
            }
            done.signal()
        }
        holding.wait()
        await #expect(throws: StoreError.locked(path: path)) {
            _ = try await db.setSetting("name", to: "Ana")
        }
        release.signal()
        done.wait()
        #expect(try await db.settings().name == nil)
    }

    @Test("a database from a newer Followup is refused")
    func newer() async throws {
        let path = try await fileChangedBehindTheStore("INSERT INTO grdb_migrations VALUES ('v99: from the future')")
        #expect(throws: StoreError.newerSchema(path: path)) { _ = try AppDatabase.open(path: path) }
    }
}

extension DateInput {
    static func instantOrNil(_ text: String) -> Date? { try? instant(text, in: .utc) }
}
