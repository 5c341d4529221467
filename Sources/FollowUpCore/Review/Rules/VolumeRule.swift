/// R10: a message too soon after the last one (P10), or beyond the cap of unanswered follow-ups (P7).
struct VolumeRule: ReviewRule {
    let id = ReviewRuleID.r10

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        guard let state = context.process, let now = context.now, let first = text.words.first, let last = text.words.last else { return [] }
        let english = context.language == .english
        // The policy says what the cap and the spacing allow; this rule only words it for a draft.
        let volume = FollowUpPolicy(settings: context.policy).volume(of: state, at: now, calendar: context.calendar)
        if context.kind.isFollowUp, let unanswered = volume.capReached {
            return [
                Finding(
                    rule: id, severity: .error, in: text, start: first.start, end: last.end,
                    message: english
                        ? "\(unanswered.count) follow-ups are already unanswered (P7): another one reads as pursuit."
                        : "\(unanswered.count) follow-ups já estão sem resposta (P7): mais um soa como perseguição.",
                    suggestion: english ? "Do not send it; it is time to move on (P6)." : "Não envie; é hora de seguir em frente (P6).")
            ]
        }
        if context.kind != .thankYou, let (lastDay, allowed) = volume.tooSoon {
            return [
                Finding(
                    rule: id, severity: .warning, in: text, start: first.start, end: last.end,
                    message: english
                        ? "Too soon: your last message went out \(DateText.day(lastDay)) (P10)."
                        : "Cedo demais: a sua última mensagem foi em \(DateText.day(lastDay)) (P10).",
                    suggestion: english ? "Wait until \(DateText.day(allowed))." : "Espere até \(DateText.day(allowed)).")
            ]
        }
        return []
    }
}
