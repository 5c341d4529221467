import Foundation

/// P8: a reply restarts the cycle; an invitation to the next step, or a next step agreed, means
/// no follow-up is due until it happens. Before any interview there is nothing to advise.
extension Situation {
    /// Before the first interview: nothing to advise yet.
    func noInterviewYet() -> Advice? {
        guard state.cycle == nil else { return nil }
        return make(.none, nil, nil, .noInterview)
    }

    /// Speaks when the latest reply invites the next step, or the next step is agreed with no date promised.
    func replyResets() -> Advice? {
        guard let cycle = state.cycle else { return nil }
        if let invitation = cycle.invitation {
            let replyDay = zone.day(of: invitation.at)
            let window = AdviceWindow(
                earliest: invitation.at, latest: closing(calendar.adding(businessDays: 1, to: replyDay)))
            return make(.respond, .p8, window, .invitation(replyDay: replyDay))
        }
        if cycle.nextStepAgreed, cycle.deadline == nil {
            return make(.wait, .p8, nil, .nextStepAgreed)
        }
        return nil
    }
}

extension Phrasing {
    static let noInterview = "No interview logged yet: log it when it happens and the advice starts from there."

    func invitation(replyDay: Day) -> String {
        "\(company) replied on \(say(replyDay)) inviting the next step: answer to arrange it; no follow-up is due until it happens."
    }

    var nextStepAgreed: String {
        "The next step with \(company) is agreed: nothing to chase until it happens. Log it when it does."
    }
}
