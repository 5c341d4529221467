import Foundation

/// P5: the first follow-up got no answer: one final attempt a few business days later, and never
/// before P3's window when a deadline was promised.
extension Situation {
    func finalAttemptPlan(_ cycle: ProcessState.Cycle) -> FollowUpPlan? {
        let followUps = cycle.followUps
        guard let last = followUps.last else { return nil }
        let span = settings.finalAttemptDays
        let sentDay = zone.day(of: last.at)
        var window = businessWindow(span, after: sentDay)
        if let deadline = cycle.deadline {
            let afterDeadline = businessWindow(settings.afterDeadlineDays, after: deadline.end)
            window.earliest = max(window.earliest, afterDeadline.earliest)
            window.latest = max(window.latest!, closing(zone.day(of: window.earliest)))
        }
        let final = followUps.count == settings.cap - 1
        return FollowUpPlan(
            rule: .p5, window: window, action: final ? .finalFollowUp : .followUp, draft: final ? .final : .checkIn, span: span,
            reason: .unanswered(sentDay, final: final))
    }
}
