import Foundation

/// One evaluation of the policy: the state, now, and the derived days in the recruiter's zone.
struct Situation: Sendable {
    let state: ProcessState
    let now: Date
    let calendar: BusinessCalendar
    let settings: PolicySettings
    let zone: Zone
    let today: Day
    let company: String

    init(state: ProcessState, now: Date, calendar: BusinessCalendar, settings: PolicySettings) {
        // Refold only when some event lies after `now` (a what-if date in the past).
        let isCurrent = (state.effective.last?.at ?? .distantPast) <= now
        self.state = isCurrent ? state : ProcessState(process: state.process, events: state.history, asOf: now)
        self.now = now
        self.calendar = calendar
        self.settings = settings
        self.zone = state.process.zone
        self.today = zone.day(of: now)
        self.company = state.process.company
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
    /// The advice, with its explanation written only when someone reads it.
    func make(
        _ action: Action, _ rule: RuleID?, _ window: AdviceWindow?, _ text: @escaping @Sendable @autoclosure () -> String, draft: MessageKind? = nil
    ) -> Advice {
        Advice(processID: state.process.id, action: action, rule: rule, window: window, draftKind: draft, zone: zone, explain: text)
    }

    func say(_ day: Day) -> String { DateText.day(day, today: today) }
    func sayNear(_ day: Day) -> String { DateText.dayWithDistance(day, today: today, calendar: calendar) }

    /// "on Mon 16 Mar or Tue 17 Mar, 09:00–11:00 America/New_York", or "from … to …" for longer spans.
    func spanText(_ window: AdviceWindow) -> String {
        let first = zone.day(of: window.earliest)
        let last = zone.day(of: window.latest!)
        let hours = "\(DateText.time(window.earliest, in: zone))–\(DateText.time(window.latest!, in: zone)) \(zone.identifier)"
        if first == last { return "on \(sayNear(first)), \(hours)" }
        if calendar.businessDays(from: first, to: last) == 1 { return "on \(sayNear(first)) or \(say(last)), \(hours)" }
        return "from \(sayNear(first)) to \(say(last)), \(hours)"
    }
}
