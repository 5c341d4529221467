import Foundation

/// P3: the promised deadline has passed: one short follow-up in the first business days after it.
extension Situation {
    func afterDeadlinePlan(_ cycle: ProcessState.Cycle) -> FollowUpPlan? {
        guard cycle.followUps.isEmpty, let deadline = cycle.deadline else { return nil }
        let span = settings.afterDeadlineDays
        return FollowUpPlan(rule: .p3, window: businessWindow(span, after: deadline.end), span: span, reason: .deadlinePassed(deadline.end))
    }
}
