public import FollowUpCore
public import Foundation

/// Where processes, their events and the user's settings are kept: the one seam between the use
/// cases and a database.
///
/// The use cases (`Workspace`) ask only this, so the embedded SQLite file, a server's PostgreSQL
/// and the in-memory store of the tests are interchangeable. Every call is one whole read or one
/// whole transaction: an append that is refused writes nothing. A store for many users scopes
/// each call to one account when it is made, so no method takes one.
public protocol ProcessStore: Sendable {
    /// The user's settings, with defaults for what was never set.
    func settings() async throws(StoreError) -> UserSettings

    /// Sets several settings at once, each checked first: one refused key changes nothing.
    func setSettings(_ changes: [(key: String, value: String)]) async throws(StoreError) -> UserSettings

    /// Goes back to a setting's default.
    func resetSetting(_ key: String) async throws(StoreError) -> UserSettings

    /// Every process id, sorted.
    func processIDs() async throws(StoreError) -> [ProcessID]

    /// A process and all its events, folded; an unknown id names the nearest ids.
    func state(of id: String) async throws(StoreError) -> ProcessState

    /// Folds every process and keeps what `transform` makes of each, in id order, so that a large
    /// agenda never holds every history at once.
    func mapStates<T: Sendable>(_ transform: @escaping @Sendable (ProcessState) -> T) async throws(StoreError) -> [T]

    /// Creates a process with a unique slug id made from its company and role.
    func addProcess(
        company: String, role: String, contacts: [Contact], region: String?, zone: Zone, language: Language, now: Date
    ) async throws(StoreError) -> HiringProcess

    /// Appends one event in one transaction: `make` sees the process as it stands and returns when
    /// the event happened and what it is; the event is checked (`ProcessState.validate`) before it
    /// is kept. Returns the stored event and the state just before it.
    func append(
        to id: String, now: Date,
        _ make: @escaping @Sendable (ProcessState) throws(FollowUpError) -> (at: Date, payload: Event.Payload)
    ) async throws(StoreError) -> (event: Event, before: ProcessState)

    /// Everything, for an export.
    func archive() async throws(StoreError) -> Archive

    /// Adds an export's processes and settings in one transaction; returns how many processes.
    func importArchive(_ archive: Archive) async throws(StoreError) -> Int
}

extension ProcessStore {
    /// Every process, folded, in id order.
    public func states() async throws(StoreError) -> [ProcessState] {
        try await mapStates { $0 }
    }

    /// Sets one setting.
    public func setSetting(_ key: String, to value: String) async throws(StoreError) -> UserSettings {
        try await setSettings([(key, value)])
    }
}
