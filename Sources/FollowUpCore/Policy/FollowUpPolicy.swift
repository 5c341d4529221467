public import Foundation

/// The timing rules P1–P11 of SPEC §2 as a pure function of a process's events, now, a calendar
/// and settings.
///
/// Nothing here reads the clock: pass any `now` and the advice is what the rules said at that
/// moment, which is what makes every rule testable on fixed dates.
public struct FollowUpPolicy: Sendable {
    public var settings: PolicySettings

    public init(settings: PolicySettings = PolicySettings()) {
        self.settings = settings
    }

    /// The one piece of advice for a process at `now`: the first rule that speaks in SPEC's order
    /// (`AdviceResolver`) decides.
    public func advice(for state: ProcessState, at now: Date, calendar: BusinessCalendar) -> Advice {
        AdviceResolver.advice(in: Situation(state: state, now: now, calendar: calendar, settings: settings))
    }

    /// Judges a message the user sends (or wants to send) at `at` against the advice in force
    /// just before it (P11): advised, or "not yet" with the rule and the date it becomes right.
    ///
    /// `state` must be the process *before* the message.
    public func verdict(
        forSending kind: MessageKind, at: Date, state: ProcessState, calendar: BusinessCalendar
    ) -> MessageVerdict {
        let context = Situation(state: state, now: at, calendar: calendar, settings: settings)
        return context.verdict(for: kind)
    }

    /// How much more may be sent now: the cap of unanswered follow-ups (P7) and the spacing after
    /// the last message (P10). The reviewer's R10 asks here, so it cannot disagree with the advice.
    public func volume(of state: ProcessState, at now: Date, calendar: BusinessCalendar) -> Volume {
        Situation(state: state, now: now, calendar: calendar, settings: settings).volume()
    }
}

/// The cap and the spacing in force for a process at a moment (P7, P10).
public struct Volume: Sendable, Equatable {
    /// The unanswered follow-ups of this round, when they have reached the cap or include the final one.
    public var capReached: [Event]?
    /// The day of the user's last message, and the first day the spacing allows another, when
    /// that day is still ahead.
    public var tooSoon: (last: Day, allowed: Day)?

    public static func == (lhs: Volume, rhs: Volume) -> Bool {
        lhs.capReached == rhs.capReached && lhs.tooSoon?.last == rhs.tooSoon?.last && lhs.tooSoon?.allowed == rhs.tooSoon?.allowed
    }
}

/// Whether a message was advised when it was sent, and if not, why and from when (P11).
public struct MessageVerdict: Sendable, Equatable {
    public var isAdvised: Bool
    /// The rule that stands against the message (or that advised it).
    public var rule: RuleID?
    /// One sentence a person can act on.
    public var reason: String
    /// When such a message would have been right, if ever.
    public var appropriateFrom: Date?
}
