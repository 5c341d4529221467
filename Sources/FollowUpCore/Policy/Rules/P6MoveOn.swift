import Foundation

/// P6: the final attempt got no answer after a few more business days: move on.
extension Situation {
    /// Speaks once the round's follow-ups have reached the cap (P7) or include the final attempt.
    func moveOn() -> Advice? {
        guard let followUps = state.cycle?.followUps, capReached(followUps) else { return nil }
        return moveOnAdvice(after: followUps.last!)
    }

    /// P6 (and P7): after the final attempt, wait a few business days, then move on.
    func moveOnAdvice(after last: Event) -> Advice {
        let sentDay = zone.day(of: last.at)
        let moveOnDay = calendar.adding(businessDays: settings.moveOnDays, to: sentDay)
        let moveOnAt = zone.startOfDay(moveOnDay)
        if now < moveOnAt {
            return make(.wait, .p6, AdviceWindow(earliest: now, latest: moveOnAt), .finalAttemptSent(on: sentDay, moveOnBy: moveOnDay))
        }
        return make(.moveOn, .p6, AdviceWindow(earliest: moveOnAt, latest: nil), .moveOn(since: sentDay))
    }
}

extension Phrasing {
    func finalAttemptSent(on sentDay: Day, moveOnBy moveOnDay: Day) -> String {
        "Your final attempt went out on \(say(sentDay)); if no answer comes by \(sayNear(moveOnDay)), it is time to move on. No further message (P7)."
    }

    func moveOn(since sentDay: Day) -> String {
        "No answer to \(cap == 1 ? "your follow-up" : "\(cap) follow-ups") since \(say(sentDay)): close \(company) in your head (outcome no-answer) and keep going; a later reply would reopen it."
    }
}
