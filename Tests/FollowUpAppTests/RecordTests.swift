import FollowUpApp
import FollowUpCore
import Foundation
import Testing

/// The use cases on the in-memory store: what every surface calls, with no database behind it.
@Suite struct RecordTests {
    let zone = try! Zone("America/New_York")
    func time(_ text: String) -> Date { try! DateInput.instant(text, in: zone) }

    /// A workspace at `now` over a store holding one process.
    func workspace(at now: String, store: InMemoryStore = InMemoryStore()) async throws -> (Workspace, InMemoryStore) {
        if try await store.processIDs().isEmpty {
            _ = try await store.addProcess(
                company: "Acme", role: "Backend Engineer", contacts: [Contact(name: "Dana Reyes", email: "dana@acme.test")], region: "US",
                zone: zone, language: .english, now: time("2026-03-02 09:00"))
        }
        return (try await Workspace.open(store, now: time(now), fallbackZone: .utc), store)
    }

    @Test("an event is checked, appended and folded: the state read back is the state returned")
    func recordsAndFolds() async throws {
        let (workspace, store) = try await workspace(at: "2026-03-11 16:00")
        let recorded = try await workspace.record(
            .interviewed(Interview(kind: .panel, with: "Sam")), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        #expect(recorded.before.history.isEmpty)
        #expect(recorded.after.history.map(\.payload) == [.interviewed(Interview(kind: .panel, with: "Sam"))])
        #expect(try await store.state(of: "acme-backend-engineer").history == recorded.after.history)
        #expect(recorded.warning == nil && recorded.review == nil)
    }

    @Test("a sent message is judged: P11 warns when no rule advised it, and its text is reviewed in the process's context")
    func sentIsJudged() async throws {
        let (workspace, _) = try await workspace(at: "2026-03-12 10:00")
        _ = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        let early = try await workspace.record(
            .messageSent(SentMessage(kind: .checkIn, text: "Hi Dana, how much longer will this take?")), on: "acme-backend-engineer",
            at: time("2026-03-12 09:00"))
        #expect(early.warning != nil)
        #expect(early.review?.findings.contains { $0.rule == .r2 } == true)
        #expect(early.review?.isReadyToSend == false)
    }

    @Test("a thank-you on the day of the interview is advised: no warning")
    func advisedThankYou() async throws {
        let (workspace, _) = try await workspace(at: "2026-03-11 18:00")
        _ = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        let thanks = try await workspace.record(.messageSent(SentMessage(kind: .thankYou)), on: "acme-backend-engineer", at: time("2026-03-11 17:00"))
        #expect(thanks.warning == nil)
        #expect(thanks.review == nil)
    }

    @Test("a refused event writes nothing, and the refusal is data")
    func refusalWritesNothing() async throws {
        let (workspace, store) = try await workspace(at: "2026-03-11 16:00")
        await #expect(throws: StoreError.invalid(.nothingToUndo)) { try await workspace.undo(on: "acme-backend-engineer") }
        // An event in the future is refused by the fold's own check.
        await #expect(throws: StoreError.self) {
            try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2027-03-11 14:00"))
        }
        #expect(try await store.state(of: "acme-backend-engineer").history.isEmpty)
    }

    @Test("undo retracts the latest event, and the advice goes back to what it was")
    func undo() async throws {
        let (workspace, _) = try await workspace(at: "2026-03-11 16:00")
        let before = workspace.advice(for: try await workspace.store.state(of: "acme-backend-engineer"))
        let interview = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        let undone = try await workspace.undo(on: "acme-backend-engineer")
        #expect(undone.event.payload == .retracted(interview.event.id))
        #expect(workspace.advice(for: undone.after).rule == before.rule)
    }

    @Test("an unknown id names the nearest ones")
    func unknownProcess() async throws {
        let (workspace, _) = try await workspace(at: "2026-03-11 16:00")
        await #expect(throws: StoreError.unknownProcess("acme-backend-enginer", suggestions: ["acme-backend-engineer"])) {
            try await workspace.record(.closed(.withdrew), on: "acme-backend-enginer", at: time("2026-03-11 14:00"))
        }
    }

    @Test("settings: one refused key changes none, and reset goes back to the default")
    func settings() async throws {
        let store = InMemoryStore()
        _ = try await store.setSettings([("name", "Ana")])
        await #expect(throws: StoreError.self) { try await store.setSettings([("name", "Bia"), ("no-such-key", "1")]) }
        #expect(try await store.settings().name == "Ana")
        #expect(try await store.resetSetting("name").name == nil)
    }

    @Test("an archive imports whole or not at all, with event ids made anew and retractions following them")
    func archiveRoundTrip() async throws {
        let (workspace, store) = try await workspace(at: "2026-03-11 16:00")
        let interview = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        _ = try await workspace.undo(on: "acme-backend-engineer")
        let archive = try await store.archive()
        await #expect(throws: StoreError.processExists("acme-backend-engineer")) { try await store.importArchive(archive) }
        let other = InMemoryStore()
        _ = try await other.addProcess(
            company: "Zed", role: "SRE", contacts: [], region: nil, zone: zone, language: .english, now: time("2026-03-01 09:00"))
        _ = try await other.append(to: "zed-sre", now: time("2026-03-11 16:00")) { _ in (self.time("2026-03-10 10:00"), .interviewed(Interview())) }
        #expect(try await other.importArchive(archive) == 1)
        let copied = try await other.state(of: "acme-backend-engineer")
        #expect(copied.history.map(\.id) != [interview.event.id, interview.event.id + 1])
        #expect(copied.history.last?.payload == .retracted(copied.history[0].id))
        #expect(copied.retracted == [copied.history[0].id])
    }

    @Test("a promise in words is read in the process's calendar; a vague one has no deadline; unreadable words write nothing")
    func promise() async throws {
        let (workspace, store) = try await workspace(at: "2026-03-11 16:00")
        _ = try await workspace.record(.interviewed(Interview()), on: "acme-backend-engineer", at: time("2026-03-11 14:00"))
        let (dated, reading) = try await workspace.promise(
            .words("by Friday", saidBy: "Dana"), on: "acme-backend-engineer", saidAt: time("2026-03-11 15:00"))
        #expect(reading?.kind != .vague)
        guard case .timelinePromised(let timeline) = dated.event.payload else {
            Issue.record("not a promise: \(dated.event.payload)")
            return
        }
        #expect(timeline.deadline == Deadline(Day(iso: "2026-03-13")!))
        #expect(timeline.phrase == "by Friday" && timeline.saidBy == "Dana" && timeline.reading == reading?.explanation)
        let (vague, _) = try await workspace.promise(
            .words("we will be in touch", saidBy: nil), on: "acme-backend-engineer", saidAt: time("2026-03-11 15:30"))
        guard case .timelinePromised(let loose) = vague.event.payload else { return }
        #expect(loose.deadline == nil)
        let count = try await store.state(of: "acme-backend-engineer").history.count
        do {
            _ = try await workspace.promise(.words("lovely to meet you", saidBy: nil), on: "acme-backend-engineer", saidAt: time("2026-03-11 15:40"))
            Issue.record("unreadable words were recorded")
        } catch {
            guard case .invalid(let reason) = error else {
                Issue.record("not a refusal of the words: \(error)")
                return
            }
            #expect(reason.isUnreadableTimeline)
        }
        #expect(try await store.state(of: "acme-backend-engineer").history.count == count)
        let (given, none) = try await workspace.promise(
            .day(Deadline(Day(iso: "2026-03-20")!), phrase: "next Friday", saidBy: nil), on: "acme-backend-engineer", saidAt: time("2026-03-11 15:50")
        )
        #expect(none == nil)
        guard case .timelinePromised(let day) = given.event.payload else { return }
        #expect(day.deadline == Deadline(Day(iso: "2026-03-20")!) && day.phrase == "next Friday")
    }
}
