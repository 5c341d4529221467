import Foundation

/// P11: a message the user sends, or wants to send, judged against the advice in force just before
/// it: advised, or "not yet" with the rule and the moment it becomes right.
extension Situation {
    func verdict(for kind: MessageKind) -> MessageVerdict {
        if let closure = state.closure {
            return MessageVerdict(
                isAdvised: kind == .thankYou || kind == .alignment, rule: nil,
                reason: "The process was closed on \(phrasing.say(zone.day(of: closure.event.at))) (\(closure.outcome.rawValue)).",
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
            let advice = AdviceResolver.advice(in: self, steps: AdviceResolver.cycleSteps)
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
}
