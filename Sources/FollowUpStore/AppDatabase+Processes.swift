public import FollowUpCore
public import Foundation
import GRDB

extension AppDatabase {
    /// Every process id, sorted.
    public func processIDs() async throws(StoreError) -> [ProcessID] {
        try await read { db in try String.fetchAll(db, sql: "SELECT id FROM process ORDER BY id").map { ProcessID($0) } }
    }

    /// A process and all its events, folded; an unknown id names the nearest ids.
    public func state(of id: String) async throws(StoreError) -> ProcessState {
        try await read { db in try AppDatabase.loadState(db, id: id) }
    }

    /// Every process, folded, in id order.
    public func states() async throws(StoreError) -> [ProcessState] {
        try await read { db in try AppDatabase.loadStates(db) }
    }

    /// Creates a process with a unique slug id made from its company and role.
    public func addProcess(
        company: String, role: String, contacts: [Contact], region: String?, zone: Zone, language: Language, now: Date
    ) async throws(StoreError) -> HiringProcess {
        let company = company.trimmingCharacters(in: .whitespacesAndNewlines)
        let role = role.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !company.isEmpty else { throw StoreError.invalid(.emptyField("company name")) }
        guard !role.isEmpty else { throw StoreError.invalid(.emptyField("role")) }
        return try await write { db in
            let taken = Set(try String.fetchAll(db, sql: "SELECT id FROM process"))
            let id = ProcessID.make(company: company, role: role) { taken.contains($0.rawValue) }
            let process = HiringProcess(
                id: id, company: company, role: role, contacts: contacts, region: region, zone: zone, language: language,
                createdAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
            try AppDatabase.insert(db, process)
            return process
        }
    }

    /// Appends one event in one transaction: `make` sees the process as it stands, returns when the
    /// event happened and what it is, and the event is checked (`ProcessState.validate`) before it is written.
    ///
    /// Returns the stored event and the state just before it, which `sent` needs to judge the message.
    public func append(
        to id: String, now: Date,
        _ make: @escaping @Sendable (ProcessState) throws(FollowUpError) -> (at: Date, payload: Event.Payload)
    ) async throws(StoreError) -> (event: Event, before: ProcessState) {
        try await write { db in
            let state = try AppDatabase.loadState(db, id: id)
            let (at, payload) = try make(state)
            let at2 = Date(timeIntervalSince1970: at.timeIntervalSince1970.rounded(.down))
            try state.validate(appending: payload, at: at2, now: now)
            let recorded = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
            var event = Event(id: 0, processID: state.process.id, at: at2, recordedAt: recorded, payload: payload)
            event.id = try EventRow.insert(db, event.fields, processID: state.process.id)
            return (event, state)
        }
    }

    // MARK: loading

    static func loadState(_ db: Database, id: String) throws -> ProcessState {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(ProcessRecord.selectList) FROM process WHERE id = ?", arguments: [id]) else {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM process")
            throw StoreError.unknownProcess(id, suggestions: Suggestions.nearest(to: id, among: ids))
        }
        let contacts = try ContactRecord.fetchAll(db, sql: "SELECT * FROM contact WHERE process_id = ? ORDER BY position", arguments: [id])
        let process = try ProcessRecord(row: row).process(contacts: contacts.map(\.contact))
        let rows = try Row.fetchCursor(db, sql: "SELECT \(EventRow.selectList) FROM event WHERE process_id = ? ORDER BY id", arguments: [id])
        var events: [Event] = []
        while let row = try rows.next() { events.append(try EventRow.decode(row).1) }
        return ProcessState(process: process, events: events)
    }

    static func loadStates(_ db: Database) throws -> [ProcessState] {
        var contacts: [String: [Contact]] = [:]
        for record in try ContactRecord.fetchAll(db, sql: "SELECT * FROM contact ORDER BY process_id, position") {
            contacts[record.processId, default: []].append(record.contact)
        }
        var zones: [String: Zone] = [:]
        var processes: [HiringProcess] = []
        let processRows = try Row.fetchCursor(db, sql: "SELECT \(ProcessRecord.selectList) FROM process ORDER BY id")
        while let row = try processRows.next() {
            let record = ProcessRecord(row: row)
            // One Zone per identifier: a TimeZone is costly to make, and offsets are cached in it.
            let process = try record.process(contacts: contacts[record.id] ?? [], zone: zones[record.timeZone])
            zones[record.timeZone] = process.zone
            processes.append(process)
        }
        var events: [ProcessID: [Event]] = [:]
        events.reserveCapacity(processes.count)
        // Rowid order reads the table front to back; ids still come in order within each process.
        let rows = try Row.fetchCursor(db, sql: "SELECT \(EventRow.selectList) FROM event ORDER BY id")
        while let row = try rows.next() {
            let (processID, event) = try EventRow.decode(row)
            events[processID, default: []].append(event)
        }
        return processes.map { ProcessState(process: $0, events: events[$0.id] ?? []) }
    }

    static func insert(_ db: Database, _ process: HiringProcess) throws {
        try ProcessRecord(process).insert(db)
        for (position, contact) in process.contacts.enumerated() {
            try ContactRecord(
                processId: process.id.rawValue, position: position, name: contact.name, email: contact.email, role: contact.role.rawValue
            ).insert(db)
        }
    }
}

/// Finds the ids a mistyped one was probably meant to be.
enum Suggestions {
    static func nearest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = text.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let distance = levenshtein(needle, candidate.lowercased())
            let allowed = max(2, needle.count / 3)
            if distance <= allowed { return (candidate, distance) }
            if needle.count >= 3, candidate.lowercased().contains(needle) { return (candidate, allowed + 1) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
