import FollowUpApp
import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// The SQLite store and the in-memory one behind the same use cases: the same script gives the
/// same processes, events, settings and refusals, so a test on one stands for the other and a new
/// store has a yardstick.
@Suite struct StoreConformanceTests {
    let zone = try! Zone("America/New_York")
    func time(_ text: String) -> Date { try! DateInput.instant(text, in: zone) }

    /// Runs every use case that writes, and every refusal, on `store`; returns what can be compared.
    func script(_ store: any ProcessStore) async throws -> (archive: Archive, refusals: [StoreError], advice: [RuleID?]) {
        var refusals: [StoreError] = []
        func refused(_ body: () async throws -> Void) async {
            do { try await body() } catch { refusals.append(error as? StoreError ?? .database("not a store error: \(error)")) }
        }
        _ = try await store.addProcess(
            company: "Acme", role: "Backend Engineer", contacts: [Contact(name: "Dana Reyes", email: "dana@acme.test")], region: "US",
            zone: zone, language: .english, now: time("2026-03-02 09:00"))
        _ = try await store.addProcess(
            company: "Acme", role: "Backend Engineer", contacts: [], region: nil, zone: zone, language: .brazilianPortuguese,
            now: time("2026-03-02 09:30"))
        await refused {
            _ = try await store.addProcess(
                company: " ", role: "SRE", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-02 10:00"))
        }
        await refused {
            _ = try await store.addProcess(
                company: "Bad\u{7}", role: "SRE", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-02 10:00"))
        }
        _ = try await store.setSettings([("name", "Ana"), ("signature", "Ana Lima")])
        await refused { _ = try await store.setSettings([("name", "Bia"), ("nope", "1")]) }

        let workspace = try await Workspace.open(store, now: time("2026-03-20 10:00"), fallbackZone: .utc)
        let id = "acme-backend-engineer"
        _ = try await workspace.record(.interviewed(Interview(kind: .panel, with: "Sam")), on: id, at: time("2026-03-11 14:00"))
        _ = try await workspace.record(
            .timelinePromised(PromisedTimeline(phrase: "by Friday", deadline: Deadline(Day(iso: "2026-03-13")!))), on: id,
            at: time("2026-03-11 15:00"))
        _ = try await workspace.record(.messageSent(SentMessage(kind: .thankYou, text: "Thank you, Dana.")), on: id, at: time("2026-03-11 18:00"))
        _ = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer-2", at: time("2026-03-12 10:00"))
        _ = try await workspace.undo(on: "acme-backend-engineer-2")
        await refused { _ = try await workspace.undo(on: "acme-backend-engineer-2") }
        await refused { _ = try await workspace.record(.closed(.offer), on: "acme-backend-enginer", at: time("2026-03-12 10:00")) }
        await refused { _ = try await workspace.record(.interviewed(Interview()), on: id, at: time("2027-01-01 10:00")) }
        let advice = try await store.states().map { workspace.advice(for: $0).rule }
        return (try await store.archive(), refusals, advice)
    }

    @Test("the SQLite store and the in-memory store agree on every write, read and refusal")
    func sameBehaviour() async throws {
        let sqlite = try await script(AppDatabase.inMemory())
        let memory = try await script(InMemoryStore())
        #expect(sqlite.archive == memory.archive)
        #expect(sqlite.refusals == memory.refusals)
        #expect(sqlite.refusals.count == 6)
        #expect(sqlite.advice == memory.advice)
        #expect(try await AppDatabase.inMemory().processIDs() == InMemoryStore().processIDs())
    }
}
