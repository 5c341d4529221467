/// R2: complaints about the delay and impatient openings put the reader on the defensive.
struct DemandingRule: ReviewRule {
    let id = ReviewRuleID.r2

    static let phrases = PhraseList(
        english: [
            .init(
                "it has [already|now] been ... day|days|week|weeks|month|ages|while", "Counting the days since reads as a complaint.",
                "Refer to what was agreed instead: \"In our last conversation, an update was expected by Friday.\""),
            .init(
                "still no|not [an|any] answer|response|reply|update|word|news", "Pointing at the silence puts them on the defensive.",
                "\"When you can, is there any update on next steps?\""),
            .init(
                "i [still] have|had not [yet] [still] heard|received|gotten|got", "Pointing at the silence puts them on the defensive.",
                "\"I wanted to check whether there is any update.\""),
            .init(
                "i [have|am] [been] [still] waiting", "Waiting, said out loud, reads as impatience.",
                "Leave it out; ask one easy question about next steps."),
            .init(
                "you said|promised|told [me] [that] you would|to", "Quoting their promise back reads as an accusation.",
                "\"In our last conversation, the update was expected by Friday.\""),
            .init("you were supposed to", "Quoting their promise back reads as an accusation.", "Mention the agreed timeline neutrally."),
            .init("nobody has|got|gotten", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init("no one has|got|gotten", "Pointing at the silence puts them on the defensive.", "Ask one easy question about next steps."),
            .init(
                "you promised [me] [an|a|the] answer|reply|response|update|decision|feedback", "Quoting their promise back reads as an accusation.",
                "Mention the agreed timeline neutrally."),
            .init("as per my last", "Reads as a reproach.", "Start fresh: short context, then the question."),
            .init("as i [have] already said|mentioned|asked|wrote", "Reads as a reproach.", "Start fresh: short context, then the question."),
            .init("why have|has|haven't|hasn't", "A \"why\" about the delay reads as a demand.", "\"Is there any update on the timeline?\""),
        ],
        portuguese: [
            .init(
                "ja faz|fazem ... dia|dias|semana|semanas|mes|meses", "Contar os dias soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "[ja] se passaram ... dias|semanas|meses", "Contar os dias soa como reclamação.",
                "Cite o combinado: \"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "ainda nao [recebi|tive|tenho] [nenhum|nenhuma|uma|um|qualquer] resposta|retorno|noticia|noticias|posicionamento",
                "Apontar o silêncio deixa o outro lado na defensiva.", "\"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init(
                "ainda sem [nenhuma|nenhum] resposta|retorno|noticia|noticias", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "nao recebi [nenhum|nenhuma] [uma] resposta|retorno", "Apontar o silêncio deixa o outro lado na defensiva.",
                "\"Queria confirmar se há alguma atualização.\""),
            .init(
                "continuo|sigo esperando|aguardando", "Dizer que está esperando soa impaciente.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init(
                "estou esperando|aguardando ate|desde", "Dizer que está esperando soa impaciente.",
                "Deixe de fora; faça uma pergunta simples sobre os próximos passos."),
            .init(
                "voce|voces disse|disseram|falou|falaram|prometeu|prometeram que", "Devolver a promessa soa como acusação.",
                "\"Na nossa última conversa, o retorno estava previsto para sexta.\""),
            .init(
                "ninguem me respondeu|retornou|deu", "Apontar o silêncio deixa o outro lado na defensiva.",
                "Faça uma pergunta simples sobre os próximos passos."),
            .init("como ja disse|falei|perguntei|mencionei", "Soa como cobrança.", "Recomece: contexto curto e a pergunta."),
            .init("por que ainda|ninguem", "Um \"por quê\" sobre a demora soa como cobrança.", "\"Há alguma atualização sobre o prazo?\""),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        Self.phrases.findings(rule: id, severity: .error, in: text, context: context)
    }
}
