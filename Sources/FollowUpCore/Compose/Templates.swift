/// The wording of every draft, per kind and language, with slots filled from the process.
///
/// Slots: {role} {company} {topic} {day} (the agreed day) {interviewDay} {offerDay} {availability}
/// {timeline} (a sentence naming the agreed day, or nothing). Every phrasing here must pass the
/// reviewer with no error, which the tests check for each one.
enum Templates {
    struct Phrasing {
        var greeting: String
        var body: String
        var closing: String
    }

    static func phrasings(_ kind: Composer.Variant, _ language: Language) -> [Phrasing] {
        switch (kind, language) {
        case (.thankYou, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "Thank you for the conversation about the {role} role. I especially enjoyed discussing {topic}, and it left me even more interested in joining {company}. I am happy to share anything else you need.",
                    closing: "Best regards,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "Thanks for taking the time to talk about the {role} position. Our discussion of {topic} was a highlight for me, and I am keen to keep going with {company}.",
                    closing: "Best,"),
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "I appreciated our conversation about the {role} opening at {company}. Talking through {topic} made the work sound even more interesting to me. If anything else would be useful from my side, I am glad to send it.",
                    closing: "Thank you,"),
            ]
        case (.thankYou, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name}, tudo bem?",
                    body:
                        "Agradeço pela conversa sobre a vaga de {role}. Gostei especialmente de falar sobre {topic}, e o meu interesse pela vaga ficou ainda maior. Fico à disposição se precisarem de mais alguma informação.",
                    closing: "Abraços,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Agradeço muito pelo tempo e pela conversa sobre a posição de {role}. A parte sobre {topic} foi a que mais me marcou, e sigo com muito interesse no processo.",
                    closing: "Um abraço,"),
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Foi muito bom conversar sobre a vaga de {role} na {company}. O papo sobre {topic} deixou o trabalho ainda mais interessante para mim. Se algo mais for útil do meu lado, envio com prazer.",
                    closing: "Atenciosamente,"),
            ]
        case (.afterDeadline, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "I am writing about the {role} process at {company}. In our last conversation, an update was expected by {day}. When you have a moment, could you let me know whether there is any news on next steps?",
                    closing: "Thanks,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "I hope all is well. I am checking in on the {role} process: the update was planned for {day}. Is there anything new you can share about the next steps?",
                    closing: "Thank you,"),
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "Following up on my application for the {role} role at {company}. We had discussed an update by {day}. When it suits you, is there any news you can share on the next steps?",
                    closing: "Best regards,"),
            ]
        case (.afterDeadline, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name}, tudo bem?",
                    body:
                        "Escrevo para acompanhar o processo da vaga de {role}. Na nossa última conversa, o retorno estava previsto para {day}. Quando puder, poderia me dizer se há alguma atualização sobre os próximos passos?",
                    closing: "Agradeço desde já,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Queria acompanhar o processo de {role}: a atualização tinha ficado combinada para {day}. Há alguma novidade que você possa compartilhar sobre os próximos passos?",
                    closing: "Um abraço,"),
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Sigo acompanhando minha candidatura para a vaga de {role} na {company}. Havíamos combinado uma atualização para {day}. Quando for possível, há alguma novidade sobre os próximos passos?",
                    closing: "Atenciosamente,"),
            ]
        case (.noTimeline, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "I am writing about the {role} process at {company} after our interview on {interviewDay}. When you have a moment, could you let me know whether there is any update on next steps?",
                    closing: "Thanks,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "I hope your week is going well. I am checking in on the {role} process following our conversation on {interviewDay}. Is there any news you can share about the next steps?",
                    closing: "Thank you,"),
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "A short follow-up on my application for the {role} role at {company}, after we spoke on {interviewDay}. Is there an update on the timeline for the next steps?",
                    closing: "Best regards,"),
            ]
        case (.noTimeline, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name}, tudo bem?",
                    body:
                        "Escrevo para acompanhar o processo da vaga de {role}, depois da nossa entrevista de {interviewDay}. Quando puder, poderia me dizer se há alguma atualização sobre os próximos passos?",
                    closing: "Agradeço desde já,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Espero que a semana esteja boa. Queria acompanhar o processo da vaga de {role} desde a nossa conversa de {interviewDay}. Há alguma novidade sobre os próximos passos?",
                    closing: "Um abraço,"),
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Um breve acompanhamento da minha candidatura para {role} na {company}, após conversarmos em {interviewDay}. Há alguma atualização sobre os próximos passos?",
                    closing: "Atenciosamente,"),
            ]
        case (.final, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "I am following up once more on the {role} process at {company}. {timeline}I remain interested in the role. If there is any update on next steps, could you let me know when you have a moment?",
                    closing: "Thanks for your time,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "One last note about the {role} process. {timeline}I am still very interested in the role. Is there any news you can share on next steps?",
                    closing: "Thank you,"),
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "A final follow-up on my application for the {role} role at {company}. {timeline}Is there any update you can share on next steps?",
                    closing: "Best regards,"),
            ]
        case (.final, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Escrevo mais uma vez sobre o processo da vaga de {role}. {timeline}Continuo com interesse na vaga. Se houver alguma novidade sobre os próximos passos, poderia me avisar quando puder?",
                    closing: "Agradeço pela atenção,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Uma última mensagem sobre o processo de {role}. {timeline}Sigo com muito interesse. Há alguma novidade que você possa compartilhar sobre os próximos passos?",
                    closing: "Um abraço,"),
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Um último acompanhamento da minha candidatura para {role} na {company}. {timeline}Há alguma atualização sobre os próximos passos?",
                    closing: "Atenciosamente,"),
            ]
        case (.offer, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "A quick update that may help with timing on the {role} process at {company}. I have received another offer and need to reply to it by {offerDay}. {company} remains my preferred option. Could you tell me whether a decision on your side is possible before then?",
                    closing: "Thank you,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "I wanted to share some real context on timing for the {role} process. Another company has made me an offer, with a reply due on {offerDay}. I would much rather continue with {company}. Is there a chance of knowing your next steps before that date?",
                    closing: "Best regards,"),
            ]
        case (.offer, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Uma atualização que pode ajudar no prazo do processo de {role}: recebi outra proposta e preciso responder até {offerDay}. {company} continua sendo a minha preferência. Seria possível ter uma definição de vocês antes dessa data?",
                    closing: "Agradeço pela atenção,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Queria compartilhar um contexto real sobre prazos no processo de {role}. Outra empresa me fez uma proposta, com resposta esperada para {offerDay}. Prefiro seguir com {company}. Há chance de conhecer os próximos passos de vocês antes dessa data?",
                    closing: "Um abraço,"),
            ]
        case (.finalRoundElsewhere, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "A short update on timing for the {role} process: I have reached the final round of another process. I would rather keep things with {company} in step with it. Could you let me know what the next steps and their timing look like on your side?",
                    closing: "Thanks,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "Some real context for the {role} process: another company has moved me to its final stage. {company} is still my first choice. Is there an expected date for your next step?",
                    closing: "Thank you,"),
            ]
        case (.finalRoundElsewhere, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Oi, {name},",
                    body:
                        "Uma atualização sobre prazos no processo de {role}: cheguei à etapa final de outro processo. Quero manter vocês a par. Poderiam me contar como estão os próximos passos e os prazos do lado de vocês?",
                    closing: "Agradeço pela atenção,"),
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Um contexto real para o processo de {role}: outra empresa me chamou para a fase final. {company} continua sendo a minha primeira opção. Há uma data prevista para o próximo passo de vocês?",
                    closing: "Atenciosamente,"),
            ]
        case (.availability, .english):
            return [
                Phrasing(
                    greeting: "Hi {name},",
                    body:
                        "A quick update for the {role} process at {company}: my availability has changed ({availability}). Could you let me know whether this affects the next steps?",
                    closing: "Thank you,"),
                Phrasing(
                    greeting: "Hello {name},",
                    body:
                        "Some context that may matter for the {role} process: {availability}. Does this change anything in the timing of the next steps?",
                    closing: "Best regards,"),
            ]
        case (.availability, .brazilianPortuguese):
            return [
                Phrasing(
                    greeting: "Olá, {name},",
                    body:
                        "Uma atualização para o processo de {role}: minha disponibilidade mudou ({availability}). Poderia me dizer se isso muda algo nos próximos passos?",
                    closing: "Agradeço pela atenção,"),
                Phrasing(
                    greeting: "Oi, {name},",
                    body: "Um contexto que pode importar para o processo de {role}: {availability}. Isso muda algo no prazo dos próximos passos?",
                    closing: "Um abraço,"),
            ]
        }
    }

    static func subject(_ kind: Composer.Variant, _ language: Language) -> String {
        switch (kind, language) {
        case (.thankYou, .english): "Thank you — {role} conversation"
        case (.thankYou, .brazilianPortuguese): "Agradecimento — conversa sobre {role}"
        case (.afterDeadline, .english), (.noTimeline, .english), (.final, .english): "{role} process — following up"
        case (.afterDeadline, .brazilianPortuguese), (.noTimeline, .brazilianPortuguese), (.final, .brazilianPortuguese):
            "Processo {role} — acompanhamento"
        case (_, .english): "{role} process — timing"
        case (_, .brazilianPortuguese): "Processo {role} — prazos"
        }
    }
}
