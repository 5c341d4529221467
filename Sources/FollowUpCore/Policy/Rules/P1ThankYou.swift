import Foundation

/// P1: after an interview that calls for one, a short thank-you within the window; optional, and
/// off the agenda once the window closes.
extension Situation {
    func thankYou() -> Advice? {
        guard let round = state.round, !round.thankYouSent, let reason = thankYouReason(round.interview) else {
            return nil
        }
        let window = thankYouWindow(round)
        guard now < window.latest! else { return nil }
        return make(.thankYou, .p1, window, .thankYou(reason: reason, topics: round.interview.topics, until: window.latest!), draft: .thankYou)
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
}

extension Phrasing {
    func thankYou(_ reason: String, topics: String?, until: Date) -> String {
        let topic = topics.map { " (\($0))" } ?? ""
        return
            "The interview was \(reason): a short thank-you naming what you discussed\(topic) fits until \(DateText.instant(until, in: zone, today: today)) — optional, never required."
    }
}
