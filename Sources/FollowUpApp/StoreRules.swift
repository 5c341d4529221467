package import FollowUpCore
package import Foundation

/// What every store checks and decides the same way, so that the SQLite file, a server's database
/// and the in-memory store agree on each refusal and on each id they make.
package enum StoreRules {
    /// A new process from what `add` was given: names trimmed, required and free of control
    /// characters, its id a slug not yet taken, its creation to the second.
    package static func newProcess(
        company: String, role: String, contacts: [Contact], region: String?, zone: Zone, language: Language, now: Date,
        taken: (ProcessID) -> Bool
    ) throws(StoreError) -> HiringProcess {
        let company = company.trimmingCharacters(in: .whitespacesAndNewlines)
        let role = role.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !company.isEmpty else { throw StoreError.invalid(.emptyField("company name")) }
        guard !role.isEmpty else { throw StoreError.invalid(.emptyField("role")) }
        let id = ProcessID.make(company: company, role: role, taken: taken)
        let process = HiringProcess(
            id: id, company: company, role: role, contacts: contacts, region: region, zone: zone, language: language,
            createdAt: toTheSecond(now))
        try checkNames(of: process)
        return process
    }

    /// Names with control characters are refused, for `add` and `import` alike: a database may read
    /// text only up to a NUL, and a terminal would obey the others.
    package static func checkNames(of process: HiringProcess) throws(StoreError) {
        let names = [("company name", process.company), ("role", process.role)] + process.contacts.map { ("contact's name", $0.name) }
        for (what, name) in names where name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw StoreError.invalid(.invalidInput("the \(what) contains a control character: type it again without it"))
        }
    }

    /// The event `make` asks for, checked against the process as it stands (`ProcessState.validate`),
    /// with its times to the second; its id is the store's to give.
    package static func event(
        appendingTo state: ProcessState, now: Date,
        _ make: (ProcessState) throws(FollowUpError) -> (at: Date, payload: Event.Payload)
    ) throws(FollowUpError) -> Event {
        let (at, payload) = try make(state)
        let when = toTheSecond(at)
        try state.validate(appending: payload, at: when, now: now)
        return Event(id: 0, processID: state.process.id, at: when, recordedAt: toTheSecond(now), payload: payload)
    }

    /// Stores keep whole seconds: what is read back equals what was written.
    package static func toTheSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The refusal for an id no process has, naming the ids it was probably meant to be.
    package static func unknownProcess(_ id: String, among ids: [String]) -> StoreError {
        .unknownProcess(id, suggestions: Suggestions.nearest(to: id, among: ids))
    }

    /// A setting's key, or the refusal naming the keys there are.
    package static func key(_ name: String) throws(StoreError) -> UserSettings.Key {
        do { return try UserSettings.key(named: name) } catch { throw StoreError.invalid(error) }
    }
}

/// Finds the ids a mistyped one was probably meant to be.
package enum Suggestions {
    package static func nearest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
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
