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

    /// The one piece of advice for a process at `now`, choosing among the rules that speak by
    /// SPEC's order: a closing outcome, then P9, P1, P3/P4/P5, P6, otherwise the wait.
    public func advice(for state: ProcessState, at now: Date, calendar: BusinessCalendar) -> Advice {
        let context = Situation(state: state, now: now, calendar: calendar, settings: settings)
        return context.advice()
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

/// One evaluation of the policy: the state, now, and the derived days in the recruiter's zone.
private struct Situation: Sendable {
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

    // MARK: choosing

    func advice() -> Advice {
        if let closure = state.closure {
            return make(
                .none, nil, nil,
                "Closed on \(say(zone.day(of: closure.event.at))) (\(closure.outcome.rawValue)). A later reply would reopen it.")
        }
        if let alignment = alignment() { return alignment }
        if let thanks = thankYou() { return thanks }
        return cycleAdvice()
    }

    // MARK: P9

    func alignment() -> Advice? {
        var best: (advice: Advice, latest: Date)?
        for event in state.pendingContexts {
            guard case .contextChanged(let change) = event.payload,
                let window = alignmentWindow(for: change, loggedAt: event.at)
            else { continue }
            let advice = make(.align, .p9, window, alignmentText(change), draft: .alignment)
            if best == nil || window.latest! < best!.latest { best = (advice, window.latest!) }
        }
        return best?.advice
    }

    func alignmentText(_ change: ContextChange) -> String {
        switch change.kind {
        case .offer(let deadline):
            "You have an offer to answer by \(sayNear(deadline)): tell \(company) once, now, and ask whether their decision can come before then — real context, not pressure."
        case .finalRoundElsewhere:
            "You reached a final round elsewhere: one short note to \(company) to align on timing is worth sending now, once."
        case .availabilityChanged(let note):
            "Your availability changed (\(note)): let \(company) know once, in one short message."
        }
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

    // MARK: P1

    func thankYou() -> Advice? {
        guard let round = state.round, !round.thankYouSent, let reason = thankYouReason(round.interview) else {
            return nil
        }
        let window = thankYouWindow(round)
        guard now < window.latest! else { return nil }
        let topic = round.interview.topics.map { " (\($0))" } ?? ""
        return make(
            .thankYou, .p1, window,
            "The interview was \(reason): a short thank-you naming what you discussed\(topic) fits until \(DateText.instant(window.latest!, in: zone, today: today)) — optional, never required.",
            draft: .thankYou)
    }

    func thankYouReason(_ interview: Interview) -> String? {
        switch settings.thankYou {
        case .never: return nil
        case .always: return interview.personal ? "personal" : "done and you asked for thank-yous"
        case .auto:
            if interview.personal { return "personal" }
            if interview.kind == .hiringManager { return "with the hiring manager" }
            if interview.kind == .panel { return "with a panel" }
            return nil
        }
    }

    func thankYouWindow(_ round: ProcessState.Round) -> AdviceWindow {
        let end = round.interview.endsAt ?? round.event.at.addingTimeInterval(TimeInterval(settings.interviewMinutes * 60))
        return AdviceWindow(earliest: end, latest: end.addingTimeInterval(TimeInterval(settings.thankYouHours * 3600)))
    }

    // MARK: P2–P8

    func cycleAdvice() -> Advice {
        guard let cycle = state.cycle else {
            return make(.none, nil, nil, "No interview logged yet: log it when it happens and the advice starts from there.")
        }
        if let invitation = cycle.invitation {
            let replyDay = zone.day(of: invitation.at)
            let window = AdviceWindow(
                earliest: invitation.at, latest: closing(calendar.adding(businessDays: 1, to: replyDay)))
            return make(
                .respond, .p8, window,
                "\(company) replied on \(say(replyDay)) inviting the next step: answer to arrange it; no follow-up is due until it happens.")
        }
        if cycle.nextStepAgreed, cycle.deadline == nil {
            return make(
                .wait, .p8, nil,
                "The next step with \(company) is agreed: nothing to chase until it happens. Log it when it does.")
        }
        let followUps = cycle.followUps
        if followUps.count >= settings.cap || followUps.contains(where: isFinal) {
            return moveOnAdvice(after: followUps.last!)
        }
        if let deadline = cycle.deadline, now < zone.endOfDay(deadline.end) {
            return waitForDeadline(deadline, cycle: cycle)
        }
        return followUpAdvice(cycle)
    }

    func isFinal(_ event: Event) -> Bool {
        if case .messageSent(let message) = event.payload { return message.kind == .final }
        return false
    }

    /// P2: inside the promised timeline, waiting is the advice.
    func waitForDeadline(_ deadline: Deadline, cycle: ProcessState.Cycle) -> Advice {
        let next = followUpAdvice(cycle)
        let window = next.window.map { AdviceWindow(earliest: now, latest: $0.earliest) }
        return make(.wait, .p2, window, waitText(deadline, nextWindow: next.window), draft: next.draftKind)
    }

    func waitText(_ deadline: Deadline, nextWindow: AdviceWindow?) -> String {
        let due = deadline.isRange ? "between \(say(deadline.start)) and \(sayNear(deadline.end))" : sayNear(deadline.end)
        let nextLook = nextWindow.map { say(zone.day(of: $0.earliest)) } ?? say(deadline.end.adding(days: 1))
        return "Nothing to do for \(company) — the answer is due \(due); next look on \(nextLook). Writing before then would be asking too early."
    }

    /// P3, P4 or P5: the next follow-up and its window, shifted by spacing (P10) and kept open when late.
    func followUpAdvice(_ cycle: ProcessState.Cycle) -> Advice {
        let followUps = cycle.followUps
        var rule: RuleID
        var window: AdviceWindow
        var action = Action.followUp
        var draft = MessageKind.checkIn
        var span = settings.afterDeadlineDays
        let why: FollowUpReason
        if let first = followUps.first {
            rule = .p5
            span = settings.finalAttemptDays
            let sentDay = zone.day(of: (followUps.last ?? first).at)
            window = businessWindow(span, after: sentDay)
            if let deadline = cycle.deadline {
                let afterDeadline = businessWindow(settings.afterDeadlineDays, after: deadline.end)
                window.earliest = max(window.earliest, afterDeadline.earliest)
                window.latest = max(window.latest!, closing(zone.day(of: window.earliest)))
            }
            if followUps.count == settings.cap - 1 {
                action = .finalFollowUp
                draft = .final
            }
            why = .unanswered(sentDay, final: action == .finalFollowUp)
        } else if let deadline = cycle.deadline {
            rule = .p3
            window = businessWindow(span, after: deadline.end)
            why = .deadlinePassed(deadline.end)
        } else {
            rule = .p4
            span = settings.noTimelineDays
            window = businessWindow(span, after: zone.day(of: cycle.anchor.at))
            why = .noTimeline(zone.day(of: cycle.anchor.at), after: cycle.anchor.payload.kind)
        }
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
        let (reason, days, spaced, late, final) = (why, span, spacedTo, missed, window)
        return make(
            action, rule, window, followUpText(reason, planned: planned, span: days, spacedTo: spaced, missed: late, now: final), draft: draft)
    }

    /// What a follow-up answers, for its explanation.
    enum FollowUpReason {
        case unanswered(Day, final: Bool)
        case deadlinePassed(Day)
        /// No date since the anchor: the interview, a reply, or a promise that named none.
        case noTimeline(Day, after: Event.Kind)
    }

    /// The reason for a follow-up: why (in the window first planned), then the spacing that moved
    /// it (P10) and the moment missed, when they did.
    func followUpText(
        _ reason: FollowUpReason, planned: AdviceWindow, span: ClosedRange<Int>, spacedTo: Date?, missed: AdviceWindow?, now window: AdviceWindow
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
            text += " Not before \(say(zone.day(of: spacedTo))): leave \(settings.spacingDays) business days after your last message (P10)."
        }
        if let missed {
            text += " That moment (\(spanText(missed))) has passed; sending it \(spanText(window)) is still fine."
        }
        return text
    }

    /// P6 (and P7): after the final attempt, wait a few business days, then move on.
    func moveOnAdvice(after last: Event) -> Advice {
        let sentDay = zone.day(of: last.at)
        let moveOnDay = calendar.adding(businessDays: settings.moveOnDays, to: sentDay)
        let moveOnAt = zone.startOfDay(moveOnDay)
        if now < moveOnAt {
            return make(
                .wait, .p6, AdviceWindow(earliest: now, latest: moveOnAt),
                "Your final attempt went out on \(say(sentDay)); if no answer comes by \(sayNear(moveOnDay)), it is time to move on. No further message (P7)."
            )
        }
        return make(
            .moveOn, .p6, AdviceWindow(earliest: moveOnAt, latest: nil),
            "No answer to \(settings.cap == 1 ? "your follow-up" : "\(settings.cap) follow-ups") since \(say(sentDay)): close \(company) in your head (outcome no-answer) and keep going; a later reply would reopen it."
        )
    }

    // MARK: P11

    func verdict(for kind: MessageKind) -> MessageVerdict {
        if let closure = state.closure {
            return MessageVerdict(
                isAdvised: kind == .thankYou || kind == .alignment, rule: nil,
                reason: "The process was closed on \(say(zone.day(of: closure.event.at))) (\(closure.outcome.rawValue)).",
                appropriateFrom: nil)
        }
        switch kind {
        case .thankYou:
            guard let round = state.round else {
                return MessageVerdict(
                    isAdvised: false, rule: .p1, reason: "A thank-you follows an interview, and none is logged.", appropriateFrom: nil)
            }
            if round.thankYouSent {
                return MessageVerdict(
                    isAdvised: false, rule: .p1, reason: "A thank-you for this interview was already sent: one is enough.",
                    appropriateFrom: nil)
            }
            let window = thankYouWindow(round)
            if now <= window.latest! {
                return MessageVerdict(isAdvised: true, rule: .p1, reason: "Within 24 hours of the interview.", appropriateFrom: window.earliest)
            }
            return MessageVerdict(
                isAdvised: false, rule: .p1,
                reason: "The thank-you window closed at \(DateText.instant(window.latest!, in: zone, today: today)); a late one is optional at best.",
                appropriateFrom: nil)
        case .alignment:
            if let advice = alignment() {
                return MessageVerdict(isAdvised: true, rule: .p9, reason: advice.explanation, appropriateFrom: advice.window?.earliest)
            }
            return MessageVerdict(
                isAdvised: false, rule: .p9,
                reason:
                    "An alignment message is for real new context (an offer with a deadline, a final round elsewhere); log it with 'followup context' first if it is real.",
                appropriateFrom: nil)
        case .checkIn, .final, .other:
            let advice = cycleAdvice()
            switch advice.action {
            case .respond:
                return MessageVerdict(isAdvised: true, rule: .p8, reason: advice.explanation, appropriateFrom: advice.window?.earliest)
            case .followUp, .finalFollowUp:
                if let window = advice.window, window.earliest <= now {
                    return MessageVerdict(isAdvised: true, rule: advice.rule, reason: advice.explanation, appropriateFrom: window.earliest)
                }
                let from = advice.window!.earliest
                return MessageVerdict(
                    isAdvised: false, rule: .p11,
                    reason:
                        "Not yet (\(advice.rule!.rawValue)): \(advice.explanation) The impulse is anxiety, not new context; it is right from \(DateText.instant(from, in: zone, today: today)).",
                    appropriateFrom: from)
            case .wait where advice.rule == .p2:
                let from = advice.window?.latest
                return MessageVerdict(
                    isAdvised: false, rule: .p11,
                    reason: "Not yet (P2): \(advice.explanation)", appropriateFrom: from)
            case .wait where advice.rule == .p6, .moveOn:
                return MessageVerdict(
                    isAdvised: false, rule: .p7,
                    reason: "Advised against (P7): \(settings.cap) follow-ups have gone unanswered in this round; another one reads as pursuit.",
                    appropriateFrom: nil)
            default:
                return MessageVerdict(isAdvised: false, rule: advice.rule ?? .p11, reason: "Not advised: \(advice.explanation)", appropriateFrom: nil)
            }
        }
    }

    // MARK: windows

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

    func volume() -> Volume {
        var volume = Volume()
        if let followUps = state.cycle?.followUps, followUps.count >= settings.cap || followUps.contains(where: isFinal) {
            volume.capReached = followUps
        }
        if let last = state.lastMessage {
            let lastDay = zone.day(of: last.at)
            let allowed = calendar.adding(businessDays: settings.spacingDays, to: lastDay)
            if today < allowed { volume.tooSoon = (lastDay, allowed) }
        }
        return volume
    }

    /// When the spacing after the user's last message ends (P10), if it has not yet.
    func spacingStart() -> Date? {
        guard let last = state.lastMessage else { return nil }
        let day = calendar.adding(businessDays: settings.spacingDays, to: zone.day(of: last.at))
        let start = opening(day)
        return start > now ? start : nil
    }

    // MARK: text

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
