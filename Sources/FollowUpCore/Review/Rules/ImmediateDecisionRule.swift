/// R3: asking for a decision now, or by a near date of your choosing, is pressure — unless a real
/// outside deadline (P9) is on record, in which case it is context and only noted.
struct ImmediateDecisionRule: ReviewRule {
    let id = ReviewRuleID.r3

    static let phrases = PhraseList(
        english: [
            .init(
                "a|an|the|your|final decision|answer|response|feedback|reply by|before|today|tomorrow|tonight|eod",
                "Asks for a decision by a date you chose.",
                "Ask for an update instead: \"When you can, is there any update on next steps?\""),
            .init("as soon as possible", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init("asap|immediately|urgently", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init("right away", "Asks for an immediate answer.", "\"When you can, …\" keeps it calm."),
            .init(
                "let me know today|tomorrow|tonight|by", "Asks for a decision by a date you chose.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "need|want [to] [know] [your|a|the] decision|answer [today|now|soon]", "Asks for a decision now.",
                "Ask about next steps, not for the decision."),
            .init("make|reach [a|your|the] decision", "Asks them to decide.", "Ask about next steps, not for the decision."),
        ],
        portuguese: [
            .init(
                "resposta|decisao|retorno|posicionamento ate|hoje|amanha", "Pede uma decisão num prazo escolhido por você.",
                "Pergunte por uma atualização: \"Quando puder, há alguma novidade sobre os próximos passos?\""),
            .init(
                "o mais rapido possivel", "Pede uma resposta imediata.",
                "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "quanto antes", "Pede uma resposta imediata.",
                "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "com urgencia", "Pede uma resposta imediata.",
                "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "urgente|imediatamente", "Pede uma resposta imediata.",
                "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "agora mesmo", "Pede uma resposta imediata.",
                "\"Quando puder, …\" deixa o tom calmo."),
            .init(
                "preciso|gostaria [de] saber hoje|amanha|ate", "Pede uma decisão num prazo escolhido por você.",
                "\"Quando puder, há alguma atualização?\""),
            .init("tomar|tomem|tome uma|a decisao", "Pede que decidam.", "Pergunte pelos próximos passos, não pela decisão."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        let backed = context.process.map { !$0.pendingContexts.isEmpty || $0.effective.contains { $0.payload.kind == .contextChanged } } ?? false
        var findings = Self.phrases.findings(rule: id, severity: backed ? .info : .error, in: text, context: context)
        if backed {
            for index in findings.indices {
                findings[index].message =
                    context.language == .english
                    ? "A date is fine here: a real outside deadline is on record (P9). Name it once, plainly."
                    : "Aqui um prazo faz sentido: há um prazo externo real registrado (P9). Cite-o uma vez, com simplicidade."
            }
        }
        return findings
    }
}
