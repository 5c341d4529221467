import Foundation

/// P9: real new context (an offer with a deadline, a final round elsewhere, changed availability)
/// makes the next message an alignment, advised now, once per context.
extension Situation {
    func alignment() -> Advice? {
        var best: (advice: Advice, latest: Date)?
        for event in state.pendingContexts {
            guard case .contextChanged(let change) = event.payload,
                let window = alignmentWindow(for: change, loggedAt: event.at)
            else { continue }
            let advice = make(.align, .p9, window, .alignment(change.kind), draft: .alignment)
            if best == nil || window.latest! < best!.latest { best = (advice, window.latest!) }
        }
        return best?.advice
    }

    func alignmentWindow(for change: ContextChange, loggedAt: Date) -> AdviceWindow? {
        var earliest = sendingSlot(from: loggedAt)
        let earliestDay = zone.day(of: earliest)
        let lastDay: Day
        if let deadline = change.deadline {
            guard deadline >= today else { return nil }  // the outside deadline has passed
            let dayBefore = calendar.adding(businessDays: -1, to: deadline)
            lastDay = max(dayBefore, earliestDay)
            // P10 holds unless the outside deadline falls inside the gap.
            if let spacing = spacingStart(), spacing > earliest, zone.day(of: spacing) <= dayBefore {
                earliest = spacing
            }
            var latest = closing(max(lastDay, zone.day(of: earliest)))
            if latest < now {
                // Still before the outside deadline: now, through the deadline day.
                earliest = sendingSlot(from: now)
                latest = closing(max(deadline, zone.day(of: earliest)))
            }
            return AdviceWindow(earliest: earliest, latest: latest)
        }
        if let spacing = spacingStart(), spacing > earliest { earliest = spacing }
        lastDay = calendar.adding(businessDays: settings.alignmentDays, to: zone.day(of: earliest))
        let latest = closing(lastDay)
        return latest < now ? nil : AdviceWindow(earliest: earliest, latest: latest)
    }
}

extension Phrasing {
    func alignment(_ kind: ContextChange.Kind) -> String {
        switch kind {
        case .offer(let deadline):
            "You have an offer to answer by \(sayNear(deadline)): tell \(company) once, now, and ask whether their decision can come before then — real context, not pressure."
        case .finalRoundElsewhere:
            "You reached a final round elsewhere: one short note to \(company) to align on timing is worth sending now, once."
        case .availabilityChanged(let note):
            "Your availability changed (\(note)): let \(company) know once, in one short message."
        }
    }
}
