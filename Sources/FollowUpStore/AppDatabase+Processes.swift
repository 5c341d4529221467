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
        try await read { db in try AppDatabase.loadState(db, id: id).0 }
    }

    /// Every process, folded, in id order; `parallelism` cores share the unpacking and folding.
    ///
    /// Histories come from each process's packed copy (`PackedHistory`); a copy that is behind the
    /// event table, or that cannot be read, is replaced by the table's rows.
    public func states(parallelism: Int = 1) async throws(StoreError) -> [ProcessState] {
        let (processes, histories) = try await read { db in try AppDatabase.loadPackedHistories(db) }
        var states = Array(zip(processes, histories)).concurrentMap(ways: parallelism) { process, history -> ProcessState? in
            switch history {
            case .events(let events):
                return ProcessState(process: process, events: events)
            case .packed(let blob):
                return (try? PackedHistory.unpack(blob, processID: process.id)).map { ProcessState(process: process, events: $0) }
            }
        }
        // A packed copy that cannot be read (it should not happen) gives way to the table.
        let unreadable = states.indices.filter { states[$0] == nil }
        if !unreadable.isEmpty {
            let ids = unreadable.map { processes[$0].id.rawValue }
            let reloaded = try await read { db in try ids.map { try AppDatabase.loadState(db, id: $0).0 } }
            for (index, state) in zip(unreadable, reloaded) { states[index] = state }
        }
        return states.map { $0! }
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
            _ = try AppDatabase.insert(db, process)
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
            let (state, key) = try AppDatabase.loadState(db, id: id)
            let (at, payload) = try make(state)
            let when = Date(timeIntervalSince1970: at.timeIntervalSince1970.rounded(.down))
            try state.validate(appending: payload, at: when, now: now)
            let recorded = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
            var event = Event(id: 0, processID: state.process.id, at: when, recordedAt: recorded, payload: payload)
            event.id = try EventRow.insert(db, event.fields, processKey: key)
            return (event, state)
        }
    }

    // MARK: loading

    static func loadState(_ db: Database, id: String) throws -> (ProcessState, key: Int64) {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(ProcessRecord.selectList) FROM process WHERE id = ?", arguments: [id]) else {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM process")
            throw StoreError.unknownProcess(id, suggestions: Suggestions.nearest(to: id, among: ids))
        }
        let record = ProcessRecord(row: row)
        let key = record.key!
        let contacts = try Row.fetchAll(
            db, sql: "SELECT \(ContactRow.selectList) FROM contact WHERE process_key = ? ORDER BY position", arguments: [key])
        let process = try record.process(contacts: contacts.map { ContactRow.decode($0).contact })
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(EventRow.selectList) FROM event WHERE process_key = ? ORDER BY id", arguments: [key])
        var events: [Event] = []
        while let row = try rows.next() { events.append(try EventRow.decode(row, processID: process.id)) }
        return (ProcessState(process: process, events: events), key)
    }

    static func loadStates(_ db: Database) throws -> [ProcessState] {
        let (processes, events) = try loadHistories(db)
        return processes.indices.map { ProcessState(process: processes[$0], events: events[$0]) }
    }

    /// Every process with its events in id order from the event table, not yet folded.
    static func loadHistories(_ db: Database) throws -> ([HiringProcess], [[Event]]) {
        let (processes, slots, _) = try loadProcesses(db)
        return (processes, try loadEvents(db, processes: processes, slots: slots))
    }

    /// A process's history as the store hands it out: packed, or rows already read from the table.
    enum History: Sendable {
        case packed(Data)
        case events([Event])
    }

    /// Every process with its packed history, in id order; the few whose packed copy is behind the
    /// event table (its count differs from the one the table's trigger keeps) are read from the table.
    static func loadPackedHistories(_ db: Database) throws -> ([HiringProcess], [History]) {
        let (processes, slots, packed) = try loadProcesses(db, packed: true)
        var histories: [History] = []
        histories.reserveCapacity(processes.count)
        var stale: [Int64] = []
        for (key, blob, count) in packed {
            if PackedHistory.count(blob) == count {
                histories.append(.packed(blob))
            } else {
                histories.append(.events([]))
                stale.append(key)
            }
        }
        if !stale.isEmpty {
            let events = try loadEvents(db, keys: stale, processes: processes, slots: slots)
            for key in stale { histories[slots[key]!] = .events(events[slots[key]!]) }
        }
        return (processes, histories)
    }

    /// Every process with its contacts, in id order, where each process key sits in that order and,
    /// when `packed`, each one's packed history and the event count the table keeps.
    static func loadProcesses(
        _ db: Database, packed: Bool = false
    ) throws -> (
        [HiringProcess], [Int64: Int], [(key: Int64, blob: Data, count: Int)]
    ) {
        var contacts: [Int64: [Contact]] = [:]
        let contactRows = try Row.fetchCursor(db, sql: "SELECT \(ContactRow.selectList) FROM contact ORDER BY process_key, position")
        while let row = try contactRows.next() {
            let (key, contact) = ContactRow.decode(row)
            contacts[key, default: []].append(contact)
        }
        var processes: [HiringProcess] = []
        var slots: [Int64: Int] = [:]
        var histories: [(key: Int64, blob: Data, count: Int)] = []
        let columns = ProcessRecord.selectList + (packed ? ", history, event_count" : "")
        let processRows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM process ORDER BY id")
        while let row = try processRows.next() {
            let record = ProcessRecord(row: row)
            let process = try record.process(contacts: contacts[record.key!] ?? [])
            slots[record.key!] = processes.count
            processes.append(process)
            if packed { histories.append((record.key!, row[8], row[9])) }
        }
        return (processes, slots, histories)
    }

    /// The events of the processes with keys in `keys` (all when nil), grouped by the slots of `processes`.
    static func loadEvents(_ db: Database, keys: [Int64]? = nil, processes: [HiringProcess], slots: [Int64: Int]) throws -> [[Event]] {
        var events = Array(repeating: [Event](), count: processes.count)
        // Rowid order reads the table front to back; ids still come in order within each process.
        let filter = keys.map { "WHERE process_key IN (\($0.map(String.init).joined(separator: ", ")))" } ?? ""
        let rows = try Row.fetchCursor(db, sql: "SELECT \(EventRow.selectList) FROM event \(filter) ORDER BY id")
        while let row = try rows.next() {
            guard let slot = slots[row[1] as Int64] else { continue }
            events[slot].append(try EventRow.decode(row, processID: processes[slot].id))
        }
        return events
    }

    /// Inserts a process and its contacts, returning its key. Names with control characters are
    /// refused here, for `add` and `import` alike: SQLite reads text only up to a NUL.
    static func insert(_ db: Database, _ process: HiringProcess) throws -> Int64 {
        let names = [("company name", process.company), ("role", process.role)] + process.contacts.map { ("contact's name", $0.name) }
        for (what, name) in names where name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw StoreError.invalid(.invalidInput("the \(what) contains a control character: type it again without it"))
        }
        let key = try ProcessRecord(process).insert(db)
        for (position, contact) in process.contacts.enumerated() {
            try ContactRow.insert(db, contact, processKey: key, position: position)
        }
        return key
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
