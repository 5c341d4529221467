public import FollowUpCore
public import Foundation

/// A store that keeps everything in memory: the use cases' tests run on it, and it shows what a
/// new store (a server's PostgreSQL) must do to serve every surface unchanged.
///
/// Each call takes the lock once, so an append is as whole as a database transaction: `make`
/// sees the process as it stands and nothing changes when it, or the check, refuses.
public final class InMemoryStore: ProcessStore, @unchecked Sendable {
    private let lock = NSLock()
    private var processes: [String: (process: HiringProcess, events: [Event])] = [:]
    private var settingValues: [String: String] = [:]
    private var lastEventID: EventID = 0

    public init() {}

    private func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func invalid<T>(_ body: () throws(FollowUpError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw StoreError.invalid(error) }
    }

    public func settings() async throws(StoreError) -> UserSettings {
        try locked { () throws(StoreError) in try invalid { () throws(FollowUpError) in try UserSettings(values: settingValues) } }
    }

    public func setSettings(_ changes: [(key: String, value: String)]) async throws(StoreError) -> UserSettings {
        for change in changes { _ = try StoreRules.key(change.key) }
        return try locked { () throws(StoreError) in
            try invalid { () throws(FollowUpError) in
                var settings = try UserSettings(values: settingValues)
                for change in changes { try settings.set(change.key, to: change.value) }
                settingValues = settings.storedValues
                return settings
            }
        }
    }

    public func resetSetting(_ key: String) async throws(StoreError) -> UserSettings {
        _ = try StoreRules.key(key)
        return try locked { () throws(StoreError) in
            settingValues[key] = nil
            return try invalid { () throws(FollowUpError) in try UserSettings(values: settingValues) }
        }
    }

    public func processIDs() async throws(StoreError) -> [ProcessID] {
        try locked { () throws(StoreError) in processes.keys.sorted().map { ProcessID($0) } }
    }

    public func state(of id: String) async throws(StoreError) -> ProcessState {
        try locked { () throws(StoreError) in try stateLocked(id) }
    }

    private func stateLocked(_ id: String) throws(StoreError) -> ProcessState {
        guard let stored = processes[id] else { throw StoreRules.unknownProcess(id, among: Array(processes.keys)) }
        return ProcessState(process: stored.process, events: stored.events)
    }

    public func mapStates<T: Sendable>(_ transform: @escaping @Sendable (ProcessState) -> T) async throws(StoreError) -> [T] {
        let states = try locked { () throws(StoreError) in
            processes.keys.sorted().map { ProcessState(process: processes[$0]!.process, events: processes[$0]!.events) }
        }
        return states.map(transform)
    }

    public func addProcess(
        company: String, role: String, contacts: [Contact], region: String?, zone: Zone, language: Language, now: Date
    ) async throws(StoreError) -> HiringProcess {
        try locked { () throws(StoreError) in
            let process = try StoreRules.newProcess(
                company: company, role: role, contacts: contacts, region: region, zone: zone, language: language, now: now
            ) { processes[$0.rawValue] != nil }
            processes[process.id.rawValue] = (process, [])
            return process
        }
    }

    public func append(
        to id: String, now: Date,
        _ make: @escaping @Sendable (ProcessState) throws(FollowUpError) -> (at: Date, payload: Event.Payload)
    ) async throws(StoreError) -> (event: Event, before: ProcessState) {
        try locked { () throws(StoreError) in
            let state = try stateLocked(id)
            var event = try invalid { () throws(FollowUpError) in try StoreRules.event(appendingTo: state, now: now, make) }
            lastEventID += 1
            event.id = lastEventID
            processes[id]!.events.append(event)
            return (event, state)
        }
    }

    public func archive() async throws(StoreError) -> Archive {
        try locked { () throws(StoreError) in
            let settings = try invalid { () throws(FollowUpError) in try UserSettings(values: settingValues) }
            let entries = processes.keys.sorted().map { id in
                Archive.Entry(process: processes[id]!.process, events: processes[id]!.events.map(\.fields))
            }
            return Archive(settings: settings.storedValues, processes: entries)
        }
    }

    public func importArchive(_ archive: Archive) async throws(StoreError) -> Int {
        try locked { () throws(StoreError) in
            // Everything is checked before anything is kept: one refusal imports nothing.
            for entry in archive.processes {
                if processes[entry.process.id.rawValue] != nil { throw StoreError.processExists(entry.process.id.rawValue) }
                try StoreRules.checkNames(of: entry.process)
            }
            var settings = try invalid { () throws(FollowUpError) in try UserSettings(values: settingValues) }
            for (key, value) in archive.settings { try invalid { () throws(FollowUpError) in try settings.set(key, to: value) } }
            var imported: [String: (process: HiringProcess, events: [Event])] = [:]
            var lastID = lastEventID
            for entry in archive.processes {
                var newIDs: [EventID: EventID] = [:]
                var events: [Event] = []
                for var fields in entry.events.sorted(by: { $0.id < $1.id }) {
                    if let target = fields.retracts { fields.retracts = newIDs[target] }
                    lastID += 1
                    newIDs[fields.id] = lastID
                    fields.id = lastID
                    events.append(try invalid { () throws(FollowUpError) in try Event(processID: entry.process.id, fields: fields) })
                }
                imported[entry.process.id.rawValue] = (entry.process, events)
            }
            processes.merge(imported) { current, _ in current }
            settingValues = settings.storedValues
            lastEventID = lastID
            return archive.processes.count
        }
    }
}
