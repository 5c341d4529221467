import Foundation

/// One evaluation of the policy: the state, now, and the derived days in the recruiter's zone.
struct Situation: Sendable {
    let state: ProcessState
    let now: Date
    let calendar: BusinessCalendar
    let settings: PolicySettings
    /// The company, the recruiter's zone and today in it, as the explanations say them.
    let phrasing: Phrasing
    var zone: Zone { phrasing.zone }
    var today: Day { phrasing.today }
    var company: String { phrasing.company }

    init(state: ProcessState, now: Date, calendar: BusinessCalendar, settings: PolicySettings) {
        // Refold only when some event lies after `now` (a what-if date in the past).
        let isCurrent = (state.effective.last?.at ?? .distantPast) <= now
        self.state = isCurrent ? state : ProcessState(process: state.process, events: state.history, asOf: now)
        self.now = now
        self.calendar = calendar
        self.settings = settings
        let zone = state.process.zone
        self.phrasing = Phrasing(
            company: state.process.company, zone: zone, today: zone.day(of: now), calendar: calendar, spacingDays: settings.spacingDays,
            cap: settings.cap)
    }
}

// MARK: windows

extension Situation {
    func opening(_ day: Day) -> Date { zone.instant(on: day, minute: settings.sendingHours.opening) }
    func closing(_ day: Day) -> Date { zone.instant(on: day, minute: settings.sendingHours.closing) }

    /// From the opening of business day `span.lowerBound` after `day` to the closing of business day `span.upperBound`.
    func businessWindow(_ span: ClosedRange<Int>, after day: Day) -> AdviceWindow {
        let first = calendar.adding(businessDays: span.lowerBound, to: day)
        let last = calendar.adding(businessDays: span.upperBound - span.lowerBound, to: first)
        return AdviceWindow(earliest: opening(first), latest: closing(last))
    }

    /// The first moment inside sending hours at or after `instant`.
    func sendingSlot(from instant: Date) -> Date {
        let day = zone.day(of: instant)
        if calendar.isBusinessDay(day), instant < closing(day) {
            return max(instant, opening(day))
        }
        return opening(calendar.adding(businessDays: 1, to: day))
    }
}

// MARK: text

extension Situation {
    /// The advice, with its reason kept as data: the sentence is written only when someone reads it.
    func make(_ action: Action, _ rule: RuleID?, _ window: AdviceWindow?, _ reason: Explanation.Reason, draft: MessageKind? = nil) -> Advice {
        Advice(
            processID: state.process.id, action: action, rule: rule, window: window, explanation: Explanation(reason, phrasing), draftKind: draft,
            zone: zone)
    }
}
