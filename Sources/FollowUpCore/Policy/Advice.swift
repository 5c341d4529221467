public import Foundation

/// The timing rules of SPEC §2, by stable id, so every piece of advice can say which rule spoke.
public enum RuleID: String, Sendable, Codable, CaseIterable, NumberedRule {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4", p5 = "P5", p6 = "P6"
    case p7 = "P7", p8 = "P8", p9 = "P9", p10 = "P10", p11 = "P11"

    /// The rule's short name, shown beside its id ("P3 after-deadline").
    public var name: String {
        switch self {
        case .p1: "thank-you"
        case .p2: "wait-inside-timeline"
        case .p3: "after-deadline"
        case .p4: "no-timeline"
        case .p5: "final-attempt"
        case .p6: "move-on"
        case .p7: "cap"
        case .p8: "reply-resets"
        case .p9: "real-context"
        case .p10: "spacing"
        case .p11: "too-early"
        }
    }

}

/// What the user should do about a process.
public enum Action: String, Sendable, Codable, CaseIterable {
    case thankYou = "thank-you"
    case wait
    case followUp = "follow-up"
    case finalFollowUp = "final-follow-up"
    case align
    case moveOn = "move-on"
    case respond
    case none

    /// Whether the user has something to do (as opposed to waiting or nothing).
    public var isActionable: Bool {
        switch self {
        case .wait, .none: false
        default: true
        }
    }
}

/// When an action is right: from `earliest` until `latest` (open-ended when `latest` is nil).
public struct AdviceWindow: Sendable, Equatable {
    public var earliest: Date
    public var latest: Date?

    public init(earliest: Date, latest: Date?) {
        self.earliest = earliest
        self.latest = latest
    }
}

/// One piece of advice for one process: what to do, when, which rule said so and why.
public struct Advice: Sendable, Equatable {
    public var processID: ProcessID
    public var action: Action
    /// The rule that decided; nil only when no rule applies (closed, or nothing logged yet).
    public var rule: RuleID?
    /// When to act; for a wait, from now until the wait ends.
    public var window: AdviceWindow?
    /// Why, as data: the days and windows the rule named.
    public var reason: Explanation
    /// One or two sentences naming the rule's reason and the next date that matters, written from
    /// `reason` when read.
    public var explanation: String { reason.text }
    /// The kind of message a draft should be, when the action is to write.
    public var draftKind: MessageKind?
    /// The recruiter's zone, in which the window's times are meant.
    public var zone: Zone

    public init(
        processID: ProcessID, action: Action, rule: RuleID?, window: AdviceWindow?, explanation: Explanation,
        draftKind: MessageKind?, zone: Zone
    ) {
        self.processID = processID
        self.action = action
        self.rule = rule
        self.window = window
        self.reason = explanation
        self.draftKind = draftKind
        self.zone = zone
    }

    /// Advice with a fixed explanation.
    public init(
        processID: ProcessID, action: Action, rule: RuleID?, window: AdviceWindow?, explanation: String,
        draftKind: MessageKind?, zone: Zone
    ) {
        self.init(
            processID: processID, action: action, rule: rule, window: window, explanation: Explanation(explanation), draftKind: draftKind,
            zone: zone)
    }

    /// Whether the user has something to do now (the window has opened).
    public func isDue(at now: Date) -> Bool {
        guard action.isActionable, let window else { return false }
        return window.earliest <= now
    }
}
