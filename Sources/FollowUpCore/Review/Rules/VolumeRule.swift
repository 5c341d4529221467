/// R10: a message too soon after the last one (P10), or beyond the cap of unanswered follow-ups (P7).
struct VolumeRule: ReviewRule {
    let id = ReviewRuleID.r10

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        guard let state = context.process, let now = context.now, let first = text.words.first, let last = text.words.last else { return [] }
        let english = context.language == .english
        let zone = state.process.zone
        if context.kind.isFollowUp, let cycle = state.cycle, cycle.followUps.count >= context.policy.cap {
            return [
                Finding(
                    rule: id, severity: .error, in: text, start: first.start, end: last.end,
                    message: english
                        ? "\(cycle.followUps.count) follow-ups are already unanswered (P7): another one reads as pursuit."
                        : "\(cycle.followUps.count) follow-ups já estão sem resposta (P7): mais um soa como perseguição.",
                    suggestion: english ? "Do not send it; it is time to move on (P6)." : "Não envie; é hora de seguir em frente (P6).")
            ]
        }
        if context.kind != .thankYou, let lastMessage = state.lastMessage {
            let allowed = context.calendar.adding(businessDays: context.policy.spacingDays, to: zone.day(of: lastMessage.at))
            if zone.day(of: now) < allowed {
                return [
                    Finding(
                        rule: id, severity: .warning, in: text, start: first.start, end: last.end,
                        message: english
                            ? "Too soon: your last message went out \(DateText.day(zone.day(of: lastMessage.at))) (P10)."
                            : "Cedo demais: a sua última mensagem foi em \(DateText.day(zone.day(of: lastMessage.at))) (P10).",
                        suggestion: english ? "Wait until \(DateText.day(allowed))." : "Espere até \(DateText.day(allowed)).")
                ]
            }
        }
        return []
    }
}
