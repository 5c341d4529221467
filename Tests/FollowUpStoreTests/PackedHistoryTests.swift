import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// The packed copy of each history must say exactly what the event table says, and give way to the
/// table whenever it is behind.
@Suite struct PackedHistoryTests {
    let zone = try! Zone("Europe/Lisbon")
    func time(_ text: String) -> Date { try! DateInput.instant(text, in: zone) }

    /// Every kind of event, with text in several scripts, empty and missing fields, and times
    /// before 1970 and far ahead.
    var sample: [Event.Fields] {
        let payloads: [(String, Event.Payload)] = [
            ("1969-07-20 20:17", .interviewed(Interview(kind: .final, endsAt: nil, with: "", topics: "öffentliche Ämter — 日本語 🎉", personal: false))),
            (
                "2026-03-11 14:00",
                .interviewed(Interview(kind: .hiringManager, endsAt: time("2026-03-11 15:30"), with: "Sam", topics: nil, personal: true))
            ),
            (
                "2026-03-11 15:45",
                .timelinePromised(
                    PromisedTimeline(
                        phrase: "você deve ter um retorno em até 10 dias úteis",
                        deadline: try! Deadline(start: Day(iso: "2026-03-12")!, end: Day(iso: "2026-03-25")!),
                        saidBy: "Ana"))
            ),
            (
                "2026-03-11 16:00",
                .timelinePromised(
                    PromisedTimeline(phrase: "we'll be in touch", deadline: nil, reading: "be in touch -> no firm date (the no-timeline window)"))
            ),
            ("2026-03-11 18:00", .messageSent(SentMessage(kind: .thankYou, to: "sam@acme.test", text: String(repeating: "Obrigado!\n", count: 400)))),
            ("2026-03-12 09:00", .replyReceived(Reply(from: nil, invitesNextStep: true, deadline: nil))),
            ("2026-03-12 09:30", .replyReceived(Reply(from: "Dana", invitesNextStep: false, deadline: Deadline(Day(iso: "2026-03-20")!)))),
            ("2026-03-12 10:00", .contextChanged(ContextChange(kind: .offer(deadline: Day(iso: "2026-03-25")!), note: "Globex"))),
            ("2026-03-12 10:01", .contextChanged(ContextChange(kind: .availabilityChanged("from May")))),
            ("2026-03-12 10:02", .contextChanged(ContextChange(kind: .finalRoundElsewhere))),
            ("2026-03-13 10:00", .messageSent(SentMessage(kind: .final, to: nil, text: nil))),
            ("2026-03-13 10:05", .retracted(10)),
            ("2099-12-31 23:59", .closed(.noAnswer)),
        ]
        return payloads.enumerated().map { index, entry in
            var fields = Event(id: Int64(index + 1), processID: "p", at: time(entry.0), recordedAt: time("2026-03-20 10:00"), payload: entry.1).fields
            fields.id = Int64(index + 1) * 1_000_003
            return fields
        }
    }

    @Test("every kind of event packs and unpacks to the same fields")
    func roundTrip() throws {
        let blob = PackedHistory.pack(sample)
        #expect(PackedHistory.count(blob) == sample.count)
        #expect(try PackedHistory.unpack(blob, processID: "p").map(\.fields) == sample)
        // Appending one by one gives the same bytes as packing all at once.
        var appended = PackedHistory.pack([])
        for fields in sample { appended = try #require(PackedHistory.appending(fields, to: appended)) }
        #expect(appended == blob)
    }

    @Test("every case of the packed enumerations has a place in the format")
    func tables() {
        #expect(Set(PackedHistory.kinds.map(\.rawValue)) == Set(Event.Kind.allCases.map(\.rawValue)))
        #expect(Set(PackedHistory.interviewKinds) == Set(InterviewKind.allCases))
        #expect(Set(PackedHistory.messageKinds) == Set(MessageKind.allCases))
        #expect(Set(PackedHistory.outcomes) == Set(Outcome.allCases))
    }

    @Test("a damaged blob is refused, never read as other events", arguments: [0, 1, 5, 9, 40])
    func damaged(cut: Int) {
        let blob = PackedHistory.pack(sample)
        #expect(throws: (any Error).self) { try PackedHistory.unpack(blob.prefix(blob.count - 1 - cut), processID: "p") }
        var wrongFormat = blob
        wrongFormat[0] = 99
        #expect(PackedHistory.count(wrongFormat) == nil)
    }

    /// Removes a database file and its write-ahead log.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func database() async throws -> (AppDatabase, String) {
        let path = NSTemporaryDirectory() + "followup-packed-\(UUID().uuidString).sqlite"
        let db = try AppDatabase.open(path: path)
        for company in ["Acme", "Globex"] {
            _ = try await db.addProcess(
                company: company, role: "Engineer", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-01 10:00"))
        }
        for (id, at) in [("acme-engineer", "2026-03-02 10:00"), ("globex-engineer", "2026-03-03 10:00")] {
            _ = try await db.append(to: id, now: time("2026-03-20 10:00")) { _ in
                (self.time(at), .interviewed(Interview(kind: .technical, endsAt: nil, with: nil, topics: nil, personal: false)))
            }
        }
        return (db, path)
    }

    /// What the table says, read row by row: the record the packed copy must match.
    func fromTable(_ path: String) async throws -> [ProcessID: [Event]] {
        let queue = try DatabaseQueue(path: path)
        let (processes, events) = try await queue.read { db in try AppDatabase.loadHistories(db) }
        return Dictionary(uniqueKeysWithValues: zip(processes.map(\.id), events))
    }

    @Test("the agenda's states match the table after every kind of write")
    func matchesTable() async throws {
        let (db, path) = try await database()
        defer { Self.remove(path) }
        _ = try await db.append(to: "acme-engineer", now: time("2026-03-20 10:00")) { _ in
            (self.time("2026-03-04 10:00"), .timelinePromised(PromisedTimeline(phrase: "by Friday", deadline: Deadline(Day(iso: "2026-03-06")!))))
        }
        _ = try await db.append(to: "acme-engineer", now: time("2026-03-20 10:00")) { state in
            (self.time("2026-03-20 10:00"), .retracted(state.latestUndoable!.id))
        }
        let table = try await fromTable(path)
        let states = try await db.states(parallelism: 2)
        #expect(states.count == 2)
        for state in states { #expect(state.history == table[state.process.id]) }
        #expect(states[0].history.count == 3)
    }

    @Test("a row written behind the store's back is seen at once, and the next append packs it in")
    func behindTheStoresBack() async throws {
        let (db, path) = try await database()
        defer { Self.remove(path) }
        let other = try DatabaseQueue(path: path)
        try await other.write { db in
            try db.execute(
                sql: """
                    INSERT INTO event (process_key, kind, at, recorded_at, outcome)
                    SELECT key, 'closed', ?, ?, 'withdrew' FROM process WHERE id = 'globex-engineer'
                    """, arguments: [1_773_000_000, 1_773_000_000])
        }
        var states = try await db.states()
        #expect(states[1].closure?.outcome == .withdrew)
        #expect(states[1].history == (try await fromTable(path))["globex-engineer"])

        // A deleted row marks the count unknown: the table is read until the next append repacks.
        try await other.write { db in try db.execute(sql: "DELETE FROM event WHERE kind = 'closed'") }
        states = try await db.states()
        #expect(states[1].closure == nil)
        _ = try await db.append(to: "globex-engineer", now: time("2026-03-20 10:00")) { _ in (self.time("2026-03-10 10:00"), .closed(.rejected)) }
        let (blob, count) = try await other.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT history, event_count FROM process WHERE id = 'globex-engineer'")!
            return (row[0] as Data, row[1] as Int)
        }
        #expect(PackedHistory.count(blob) == 2)
        #expect(count == 2)
        #expect(try await db.states()[1].history == (try await fromTable(path))["globex-engineer"])
    }

    @Test("a damaged packed copy with the right count gives way to the table")
    func damagedCopy() async throws {
        let (db, path) = try await database()
        defer { Self.remove(path) }
        let other = try DatabaseQueue(path: path)
        try await other.write { db in
            // The header says one event, as the table does; what follows is not an event.
            try db.execute(sql: "UPDATE process SET history = x'0101000000FFFFFFFF' WHERE id = 'acme-engineer'")
        }
        for ways in [1, 2] {
            let states = try await db.states(parallelism: ways)
            #expect(states[0].history == (try await fromTable(path))["acme-engineer"])
            #expect(states[0].round?.interview.kind == .technical)
        }
    }

    @Test("two cores keep id order across many batches, and only the results are kept")
    func manyBatches() async throws {
        let db = AppDatabase.inMemory()
        let entries = (0..<700).map { index in
            Archive.Entry(
                process: HiringProcess(
                    id: ProcessID(String(format: "p%04d", index)), company: "Company \(index)", role: "Engineer", zone: zone,
                    createdAt: time("2026-03-01 10:00")),
                events: (0..<(index % 4)).map { round in
                    Event(
                        id: Int64(round + 1), processID: "x", at: time("2026-03-0\(round + 2) 10:00"),
                        payload: .interviewed(Interview(kind: .technical, endsAt: nil, with: nil, topics: nil, personal: false))
                    ).fields
                })
        }
        _ = try await db.importArchive(Archive(settings: [:], processes: entries))
        let counts = try await db.mapStates(parallelism: 2) { state in (state.process.id.rawValue, state.history.count) }
        #expect(counts.map(\.0) == entries.map(\.process.id.rawValue))
        #expect(counts.map(\.1) == entries.map(\.events.count))
    }

    /// What a version 1 file could hold: no promise without a day, no reading kept.
    var v1Sample: [Event.Fields] { sample.filter { !($0.kind == .timelinePromised && ($0.deadlineEnd == nil || $0.reading != nil)) } }

    @Test("a file written before packed histories is packed when opened, and reads the same")
    func migration() async throws {
        let path = NSTemporaryDirectory() + "followup-v1-\(UUID().uuidString).sqlite"
        defer { Self.remove(path) }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in try db.execute(sql: "PRAGMA application_id = \(AppDatabase.applicationID)") }
        try AppDatabase.migrator.migrate(queue, upTo: "v1: processes, contacts, events, settings")
        try await queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO process (id, company, role, time_zone, language, created_at) VALUES ('acme-engineer', 'Acme', 'Engineer', 'Europe/Lisbon', 'en', 0)"
            )
            // Version 1 inserted rows only, in its own columns; the packed copy did not exist yet,
            // and a promise always named a day.
            let columns = EventRow.columns.dropFirst().filter { $0 != "reading" && $0 != "message_id" }
            let insert =
                "INSERT INTO event (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
            for fields in v1Sample {
                var values = fields
                values.retracts = fields.retracts.map { _ in 10 }
                try db.execute(
                    sql: insert,
                    arguments: StatementArguments(
                        [
                            1, values.kind.rawValue, EventRow.seconds(values.at), EventRow.seconds(values.recordedAt), values.interviewKind?.rawValue,
                            values.endsAt.map(EventRow.seconds), values.with, values.topics, values.personal, values.phrase,
                            values.deadlineStart?.description, values.deadlineEnd?.description, values.saidBy, values.messageKind?.rawValue,
                            values.to,
                            values.text, values.from, values.invitesNextStep, values.contextKind, values.offerDeadline?.description,
                            values.availability,
                            values.note, values.outcome?.rawValue, values.retracts,
                        ] as [(any DatabaseValueConvertible)?]))
            }
        }
        try queue.close()
        let db = try AppDatabase.open(path: path)
        let state = try #require(try await db.states().first)
        #expect(state.history.count == v1Sample.count)
        #expect(state.history == (try await fromTable(path))["acme-engineer"])
    }
}
