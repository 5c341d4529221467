public import Foundation

/// Everything the policy needs to know about a process, derived from its events and nothing else.
///
/// The state is a pure fold: the same events always give the same state, so a history can be
/// replayed at any date (`asOf`) to ask what the advice was then.
///
/// It is immutable, and a class so that handing it around (to the policy, the agenda, a page) is
/// one reference count rather than one per event and string it holds: an agenda passes ten
/// thousand of them through several steps on two cores.
public final class ProcessState: Sendable, Equatable {
    /// The current interview round: it starts a new cycle and opens a thank-you window (P1).
    public struct Round: Sendable, Equatable {
        public var event: Event
        public var interview: Interview
        /// Which round this is, counting from 1.
        public var number: Int
        public var thankYouSent: Bool
    }

    /// The current waiting cycle: from the latest interview or reply, what was promised and what
    /// the user sent since (P2–P8).
    public struct Cycle: Sendable, Equatable {
        /// When the cycle started: the interview or the reply.
        public var anchor: Event
        /// The deadline in force and the event that set it.
        public var deadline: Deadline?
        public var deadlineEvent: Event?
        /// Follow-ups sent since the company last spoke (they count toward the cap, P7).
        public var followUps: [Event]
        /// Whether the company invited the next step and the user has not answered yet.
        public var invitation: Event?
        /// Whether the user answered an invitation, so nothing is due until the next step (P8).
        public var nextStepAgreed: Bool
    }

    /// How a process currently stands, for lists and grouping.
    public enum Status: Sendable, Equatable {
        /// Nothing is pending from the company: the next move is the user's.
        case active
        /// The ball is in the company's court.
        case waiting
        case closed(Outcome, at: Date)

        public var name: String {
            switch self {
            case .active: "active"
            case .waiting: "waiting"
            case .closed: "closed"
            }
        }
    }

    public let process: HiringProcess
    /// Every event in the order it was recorded, retractions included: the history as written.
    public let history: [Event]
    /// The events in force, in the order they happened.
    public let effective: [Event]
    /// Ids of events taken back by a retraction.
    public let retracted: Set<EventID>
    public let round: Round?
    public let cycle: Cycle?
    public let lastMessage: Event?
    /// Context changes that no alignment message has answered yet (P9).
    public let pendingContexts: [Event]
    public let closure: (outcome: Outcome, event: Event)?

    /// Folds the events of one process, keeping only those that happened at or before `asOf`.
    public init(process: HiringProcess, events: [Event], asOf: Date? = nil) {
        self.process = process
        // Stores hand events over in id order already; sort only when they are not.
        let history = ProcessState.isSorted(events) { $0.id < $1.id } ? events : events.sorted { $0.id < $1.id }
        self.history = history
        var retracted = Set<EventID>()
        var hasRetractions = false
        for event in history {
            if case .retracted(let target) = event.payload {
                retracted.insert(target)
                hasRetractions = true
            }
        }
        self.retracted = retracted
        var effective: [Event]
        if !hasRetractions, asOf == nil {
            effective = history
        } else {
            effective = history.filter { event in
                if case .retracted = event.payload { return false }
                if retracted.contains(event.id) { return false }
                if let asOf, event.at > asOf { return false }
                return true
            }
        }
        let chronological: (Event, Event) -> Bool = { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
        if !ProcessState.isSorted(effective, by: chronological) { effective.sort(by: chronological) }
        self.effective = effective

        var round: Round?
        var cycle: Cycle?
        var lastMessage: Event?
        var contexts: [Event] = []
        var closure: (outcome: Outcome, event: Event)?
        for event in effective {
            switch event.payload {
            case .interviewed(let interview):
                round = Round(event: event, interview: interview, number: (round?.number ?? 0) + 1, thankYouSent: false)
                cycle = Cycle(anchor: event, deadline: nil, deadlineEvent: nil, followUps: [], invitation: nil, nextStepAgreed: false)
                closure = nil
            case .timelinePromised(let timeline):
                if cycle == nil {
                    cycle = Cycle(anchor: event, deadline: nil, deadlineEvent: nil, followUps: [], invitation: nil, nextStepAgreed: false)
                }
                cycle?.deadline = timeline.deadline
                cycle?.deadlineEvent = timeline.deadline == nil ? nil : event
                // A promise with no date starts the no-timeline wait (P4) from the day it was said.
                if timeline.deadline == nil { cycle?.anchor = event }
                // A promise is the company speaking: earlier follow-ups are answered.
                cycle?.followUps = []
            case .messageSent(let message):
                lastMessage = event
                if message.kind == .thankYou { round?.thankYouSent = true }
                if message.kind == .alignment { contexts.removeAll() }
                if cycle?.invitation != nil {
                    // Any answer to an invitation agrees the next step (P8).
                    cycle?.invitation = nil
                    cycle?.nextStepAgreed = true
                } else if message.kind.isFollowUp, cycle?.nextStepAgreed != true {
                    cycle?.followUps.append(event)
                }
            case .replyReceived(let reply):
                cycle = Cycle(
                    anchor: event, deadline: reply.deadline, deadlineEvent: reply.deadline == nil ? nil : event,
                    followUps: [], invitation: reply.invitesNextStep ? event : nil, nextStepAgreed: false)
                closure = nil
            case .contextChanged:
                contexts.append(event)
            case .closed(let outcome):
                closure = (outcome, event)
            case .retracted:
                break
            }
        }
        self.round = round
        self.cycle = cycle
        self.lastMessage = lastMessage
        self.pendingContexts = contexts
        self.closure = closure
    }

    /// Closed, waiting on the company, or the user's move.
    public var status: Status {
        if let closure { return .closed(closure.outcome, at: closure.event.at) }
        guard let cycle else { return .active }
        if cycle.invitation != nil || cycle.nextStepAgreed { return .active }
        return .waiting
    }

    /// The latest event still in force that `undo` would take back.
    public var latestUndoable: Event? {
        history.last { event in
            if case .retracted = event.payload { return false }
            return !retracted.contains(event.id)
        }
    }

    static func isSorted(_ events: [Event], by areInOrder: (Event, Event) -> Bool) -> Bool {
        var index = 1
        while index < events.count {
            if areInOrder(events[index], events[index - 1]) { return false }
            index += 1
        }
        return true
    }

    public static func == (lhs: ProcessState, rhs: ProcessState) -> Bool {
        lhs.process == rhs.process && lhs.history == rhs.history
    }
}
