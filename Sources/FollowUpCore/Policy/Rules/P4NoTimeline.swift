import Foundation

/// P4: no timeline, or only a vague one: one polite follow-up some business days after the
/// interview, or after the reply or promise that came later.
extension Situation {
    func noTimelinePlan(_ cycle: ProcessState.Cycle) -> FollowUpPlan {
        let span = settings.noTimelineDays
        let anchorDay = zone.day(of: cycle.anchor.at)
        return FollowUpPlan(
            rule: .p4, window: businessWindow(span, after: anchorDay), span: span, reason: .noTimeline(anchorDay, after: cycle.anchor.payload.kind))
    }
}
