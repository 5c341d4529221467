public import FollowUpApp
public import FollowUpCore
public import Foundation
import GRDB

extension AppDatabase: ProcessStore {
    /// Every process id, sorted.
    public func processIDs() async throws(StoreError) -> [ProcessID] {
        try await read { db in try String.fetchAll(db, sql: "SELECT id FROM process ORDER BY id").map { ProcessID($0) } }
    }

    /// A process and all its events, folded; an unknown id names the nearest ids.
    public func state(of id: String) async throws(StoreError) -> ProcessState {
        try await read { db in try AppDatabase.loadState(db, id: id).0 }
    }

    /// Folds every process and hands each state to `transform` as soon as it is folded, keeping
    /// only what `transform` returns, in id order.
    ///
    /// Histories come from each process's packed copy (`PackedHistory`), in batches that
    /// `parallelism` cores unpack, fold and transform while the rest is still being read; a copy
    /// that is behind the event table, or that cannot be read, gives way to the table's rows. An
    /// agenda this way never holds every state at once, and no core waits for the reading to end.
    /// Every process, folded, in id order, on `parallelism` cores.
    package func states(parallelism: Int) async throws(StoreError) -> [ProcessState] {
        try await mapStates(parallelism: parallelism) { $0 }
    }

    /// Every core of the machine shares the work: the store, not its callers, decides how.
    public func mapStates<T: Sendable>(_ transform: @escaping @Sendable (ProcessState) -> T) async throws(StoreError) -> [T] {
        try await mapStates(parallelism: nil, transform)
    }

    /// The same on `parallelism` cores (nil: the machine's, asked only when there is more than
    /// one batch to share), for the benchmarks and tests that compare them.
    package func mapStates<T: Sendable>(
        parallelism: Int?, _ transform: @escaping @Sendable (ProcessState) -> T
    ) async throws(StoreError) -> [T] {
        try await read { db in try AppDatabase.mapStates(db, parallelism: parallelism, transform) }
    }

    /// Creates a process with a unique slug id made from its company and role.
    public func addProcess(
        company: String, role: String, contacts: [Contact], region: String?, zone: Zone, language: Language, now: Date
    ) async throws(StoreError) -> HiringProcess {
        try await write { db in
            let taken = Set(try String.fetchAll(db, sql: "SELECT id FROM process"))
            let process = try StoreRules.newProcess(
                company: company, role: role, contacts: contacts, region: region, zone: zone, language: language, now: now
            ) { taken.contains($0.rawValue) }
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
            var event = try StoreRules.event(appendingTo: state, now: now, make)
            event.id = try EventRow.insert(db, event.fields, processKey: key)
            return (event, state)
        }
    }

    // MARK: loading

    static func loadState(_ db: Database, id: String) throws -> (ProcessState, key: Int64) {
        guard let record = try ProcessRecord.filter(ProcessRecord.Columns.id == id).fetchOne(db) else {
            let ids = try String.fetchAll(db, sql: "SELECT id FROM process")
            throw StoreRules.unknownProcess(id, among: ids)
        }
        let key = record.key!
        let contacts = try ContactRecord.filter(ContactRecord.Columns.processKey == key).order(ContactRecord.Columns.position).fetchAll(db)
        let process = try record.process(contacts: contacts.map(\.contact))
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
        let (processes, slots) = try loadProcesses(db)
        return (processes, try loadEvents(db, processes: processes, slots: slots))
    }

    static func mapStates<T: Sendable>(_ db: Database, parallelism: Int?, _ transform: @escaping @Sendable (ProcessState) -> T) throws -> [T] {
        let results = Slots<T>(count: try Int.fetchOne(db, sql: "SELECT count(*) FROM process") ?? 0)
        let group = DispatchGroup()
        var batch: [(slot: Int, process: HiringProcess, blob: Data)] = []
        // The last batch runs on this thread, which would only wait for it: a small database
        // starts no other thread at all (and does not ask how many cores there are).
        lazy var cores = parallelism ?? ProcessInfo.processInfo.activeProcessorCount
        func send(last: Bool = false) {
            let work = batch
            batch.removeAll(keepingCapacity: true)
            let run: @Sendable () -> Void = {
                for (slot, process, blob) in work {
                    // A packed copy that cannot be read is left to the table, below.
                    guard let events = try? PackedHistory.unpack(blob, processID: process.id) else { continue }
                    results[slot] = transform(ProcessState(process: process, events: events))
                }
            }
            if !last && cores > 1 { DispatchQueue.global().async(group: group, execute: run) } else { run() }
        }
        let (processes, slots) = try loadProcesses(db, packed: true) { slot, process, packed in
            // A count that differs from the one the table's trigger keeps: the copy is behind.
            guard let packed, PackedHistory.count(packed.blob) == packed.count else { return }
            batch.append((slot, process, packed.blob))
            if batch.count == 256 { send() }
        }
        send(last: true)
        group.wait()
        let missing = results.emptySlots()
        if !missing.isEmpty {
            let wanted = Set(missing)
            let keys = slots.filter { wanted.contains($0.value) }.map(\.key)
            let events = try loadEvents(db, keys: keys, processes: processes, slots: slots)
            for slot in missing { results[slot] = transform(ProcessState(process: processes[slot], events: events[slot])) }
        }
        return results.take()
    }

    /// Every process with its contacts, in id order, and where each process key sits in that order.
    /// `each` sees every process as it is read, with its position and, when `packed`, its packed
    /// history and the event count the table keeps.
    static func loadProcesses(
        _ db: Database, packed: Bool = false, each: (Int, HiringProcess, (blob: Data, count: Int)?) throws -> Void = { _, _, _ in }
    ) throws -> ([HiringProcess], [Int64: Int]) {
        // Plain SQL rather than GRDB's query builder, which reads the schema first: on a real
        // search's database that had cost more than reading every process.
        var contacts: [Int64: [Contact]] = [:]
        let contactRecords = try ContactRecord.fetchCursor(db, sql: ContactRecord.everyContactInOrder)
        while let record = try contactRecords.next() {
            contacts[record.processKey, default: []].append(record.contact)
        }
        var processes: [HiringProcess] = []
        var slots: [Int64: Int] = [:]
        let processRows = try Row.fetchCursor(db, sql: packed ? ProcessRecord.everyProcessPacked : ProcessRecord.everyProcess)
        while let row = try processRows.next() {
            let record = ProcessRecord(row: row)
            let process = try record.process(contacts: contacts[record.key!] ?? [])
            try each(processes.count, process, packed ? (row[ProcessRecord.Columns.history], row[ProcessRecord.Columns.eventCount]) : nil)
            slots[record.key!] = processes.count
            processes.append(process)
        }
        return (processes, slots)
    }

    /// The events of the processes with keys in `keys` (all when nil), grouped by the slots of `processes`.
    static func loadEvents(_ db: Database, keys: [Int64]? = nil, processes: [HiringProcess], slots: [Int64: Int]) throws -> [[Event]] {
        var events = Array(repeating: [Event](), count: processes.count)
        // Rowid order reads the table front to back; ids still come in order within each process.
        let filter = keys.map { "WHERE process_key IN (\($0.map(String.init).joined(separator: ", ")))" } ?? ""
        let rows = try Row.fetchCursor(db, sql: "SELECT \(EventRow.selectList) FROM event \(filter) ORDER BY id")
        while let row = try rows.next() {
            guard let slot = slots[row[EventRow.Columns.processKey] as Int64] else { continue }
            events[slot].append(try EventRow.decode(row, processID: processes[slot].id))
        }
        return events
    }

    /// Inserts a process and its contacts, returning its key. Names with control characters are
    /// refused here, for `add` and `import` alike: SQLite reads text only up to a NUL.
    static func insert(_ db: Database, _ process: HiringProcess) throws -> Int64 {
        try StoreRules.checkNames(of: process)
        var record = ProcessRecord(process)
        try record.insert(db)
        let key = record.key!
        for (position, contact) in process.contacts.enumerated() {
            try ContactRecord(contact, processKey: key, position: position).insert(db)
        }
        return key
    }
}

/// Results that several threads write at distinct positions, read once they have all finished.
final class Slots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    subscript(slot: Int) -> T? {
        get { buffer[slot] }
        set { buffer[slot] = newValue }
    }

    func emptySlots() -> [Int] {
        buffer.indices.filter { buffer[$0] == nil }
    }

    /// Moves every result out; each slot must be filled.
    func take() -> [T] {
        [T](unsafeUninitializedCapacity: buffer.count) { values, initialized in
            for index in buffer.indices { (values.baseAddress! + index).initialize(to: buffer[index].take()!) }
            initialized = buffer.count
        }
    }
}
