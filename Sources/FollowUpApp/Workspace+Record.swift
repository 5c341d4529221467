public import FollowUpCore
public import Foundation

/// An event as recorded, with what every surface reports beside it.
public struct Recorded: Sendable {
    public var event: Event
    /// The process just before the event, as the checks saw it.
    public var before: ProcessState
    /// The process with the event.
    public var after: ProcessState
    /// P11: why a sent message was not advised, and when it would have been right.
    public var warning: String?
    /// The review of a message recorded with its text, in the process's context when it went out.
    public var review: Review?
}

extension Workspace {
    /// Records one event, the one use case behind `interviewed`, `promised`, `sent`, `replied`,
    /// `context`, `close` and `undo` on every surface: `make` sees the process as it stands and
    /// returns when the event happened and what it is; the event is checked and appended in one
    /// transaction, then judged. Nothing is written when `make` or the check refuses.
    public func record(
        on id: String, _ make: @escaping @Sendable (ProcessState) throws(FollowUpError) -> (at: Date, payload: Event.Payload)
    ) async throws(StoreError) -> Recorded {
        let (event, before) = try await store.append(to: id, now: now, make)
        var recorded = Recorded(event: event, before: before, after: ProcessState(process: before.process, events: before.history + [event]))
        if case .messageSent(let message) = event.payload {
            (recorded.warning, recorded.review) = judge(message, at: event.at, before: before)
        }
        return recorded
    }

    /// Records an event that does not depend on the process as it stands, at `at`.
    public func record(_ payload: Event.Payload, on id: String, at: Date) async throws(StoreError) -> Recorded {
        try await record(on: id) { _ in (at, payload) }
    }

    /// Retracts the latest event that can be undone.
    public func undo(on id: String) async throws(StoreError) -> Recorded {
        let now = now
        return try await record(on: id) { state throws(FollowUpError) in
            guard let target = state.latestUndoable else { throw FollowUpError.nothingToUndo }
            return (now, .retracted(target.id))
        }
    }
}

extension Workspace {
    /// What the recruiter promised, as `followup promised` and the web's form take it: the words as
    /// said, read in the process's language, calendar and zone, or a day given outright. Words
    /// with no firm date are recorded as a promise without one, so P4 runs from that day.
    public enum Promise: Sendable {
        case words(String, saidBy: String?)
        case day(Deadline, phrase: String?, saidBy: String?)
    }

    /// Records a promised timeline; the reading is returned when there were words to read. Words
    /// that hold no date or timeline are refused before anything is written.
    public func promise(_ promise: Promise, on id: String, saidAt: Date) async throws(StoreError) -> (recorded: Recorded, reading: TimelineReading?) {
        let timeline: PromisedTimeline
        var reading: TimelineReading?
        switch promise {
        case .words(let words, let saidBy):
            let state = try await store.state(of: id)
            do {
                reading = try readTimeline(words, for: state.process, saidAt: saidAt)
            } catch {
                throw StoreError.invalid(error)
            }
            timeline = PromisedTimeline(
                phrase: words, deadline: reading!.kind == .vague ? nil : reading!.asDeadline, saidBy: saidBy, reading: reading!.explanation)
        case .day(let deadline, let phrase, let saidBy):
            timeline = PromisedTimeline(phrase: phrase, deadline: deadline, saidBy: saidBy)
        }
        return (try await record(.timelinePromised(timeline), on: id, at: saidAt), reading)
    }
}
