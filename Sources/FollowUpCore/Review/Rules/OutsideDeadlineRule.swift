/// R11: another offer or deadline is only for real context (P9): a reminder when one is on record,
/// a warning when nothing backs it.
struct OutsideDeadlineRule: ReviewRule {
    let id = ReviewRuleID.r11

    static let phrases = PhraseList(
        english: [
            .init(
                "another|other|competing offer|offers|proposal|company|companies|process|processes", "Mentions another offer or process.",
                "Only if it is real, and once: name the date plainly."),
            .init("offer from|elsewhere", "Mentions another offer or process.", "Only if it is real, and once: name the date plainly."),
            .init("final round|stage|interview with|at|elsewhere", "Mentions a final round elsewhere.", "Only if it is real, and once."),
            .init("my|a deadline", "Mentions an outside deadline.", "Only if it is real: name the date plainly."),
        ],
        portuguese: [
            .init(
                "outra|outras proposta|propostas|oferta|ofertas|empresa|empresas|processo|processos", "Menciona outra proposta ou processo.",
                "Só se for real, e uma vez: cite a data com simplicidade."),
            .init("proposta|oferta de|em outra|outro", "Menciona outra proposta ou processo.", "Só se for real, e uma vez."),
            .init("etapa|fase final em|na|no|com", "Menciona uma etapa final em outro lugar.", "Só se for real, e uma vez."),
            .init("meu|um prazo para responder|decidir|dar", "Menciona um prazo externo.", "Só se for real: cite a data com simplicidade."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        let backed = context.process.map { $0.effective.contains { $0.payload.kind == .contextChanged } } ?? false
        var findings = Self.phrases.findings(rule: id, severity: backed ? .info : .warning, in: text, context: context)
        if !backed, context.process != nil {
            for index in findings.indices {
                findings[index].message +=
                    context.language == .english
                    ? " No context change is logged for this process (followup context)." : " Nenhuma mudança de contexto registrada neste processo."
            }
        }
        return findings
    }
}
