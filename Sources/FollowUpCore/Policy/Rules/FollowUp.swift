import Foundation

/// The next follow-up as one rule plans it, before the spacing (P10) and lateness shift it.
struct FollowUpPlan {
    var rule: RuleID
    var window: AdviceWindow
    var action = Action.followUp
    var draft = MessageKind.checkIn
    /// The rule's span of business days, which a late window keeps.
    var span: ClosedRange<Int>
    var reason: Explanation.FollowUpReason
}

/// P3, P4 or P5 plans the next follow-up; the spacing after the last message (P10) can move it
/// later, and a window that has passed stays open from now for the rule's span.
extension Situation {
    /// Speaks whenever there is a cycle: the last of the cycle's steps.
    func followUp() -> Advice? {
        state.cycle.map(followUpAdvice)
    }

    func followUpAdvice(_ cycle: ProcessState.Cycle) -> Advice {
        let plan = finalAttemptPlan(cycle) ?? afterDeadlinePlan(cycle) ?? noTimelinePlan(cycle)
        var rule = plan.rule
        var window = plan.window
        let (action, draft, span, why) = (plan.action, plan.draft, plan.span, plan.reason)
        let planned = window
        var spacedTo: Date?
        if let spacing = spacingStart(), spacing > window.earliest {
            window.earliest = spacing
            window.latest = max(window.latest!, closing(zone.day(of: spacing)))
            rule = .p10
            spacedTo = spacing
        }
        var missed: AdviceWindow?
        if window.latest! < now {
            missed = window
            let earliest = sendingSlot(from: now)
            let lastDay = calendar.adding(businessDays: span.count - 1, to: zone.day(of: earliest))
            window = AdviceWindow(earliest: earliest, latest: closing(lastDay))
        }
        return make(
            action, rule, window, .followUp(why, planned: planned, span: span, spacedTo: spacedTo, missed: missed, now: window), draft: draft)
    }
}

extension Phrasing {
    /// The reason for a follow-up: why (in the window first planned), then the spacing that moved
    /// it (P10) and the moment missed, when they did.
    func followUp(
        _ reason: Explanation.FollowUpReason, planned: AdviceWindow, span: ClosedRange<Int>, spacedTo: Date?, missed: AdviceWindow?,
        now window: AdviceWindow
    )
        -> String
    {
        var text: String
        switch reason {
        case .unanswered(let sentDay, let final):
            text =
                "Your check-in of \(say(sentDay)) got no answer: one \(final ? "final attempt" : "more follow-up") \(spanText(planned)) (\(span.lowerBound)–\(span.upperBound) business days later)."
        case .deadlinePassed(let day):
            text = "The answer was due \(say(day)) and has not come: one short check-in \(spanText(planned))."
        case .noTimeline(let anchorDay, let anchor):
            let given =
                switch anchor {
                case .replyReceived: "No timeline was given in the reply of \(say(anchorDay))"
                case .timelinePromised: "The promise of \(say(anchorDay)) named no date"
                default: "No timeline was given at the interview on \(say(anchorDay))"
                }
            text = "\(given): one polite check-in \(spanText(planned)) (business days \(span.lowerBound)–\(span.upperBound) after it)."
        }
        if let spacedTo {
            text += " Not before \(say(zone.day(of: spacedTo))): leave \(spacingDays) business days after your last message (P10)."
        }
        if let missed {
            text += " That moment (\(spanText(missed))) has passed; sending it \(spanText(window)) is still fine."
        }
        return text
    }
}
