/// R1: anxiety, neediness and pleading put the recruiter in charge of the writer's feelings.
struct EmotionRule: ReviewRule {
    let id = ReviewRuleID.r1

    static let phrases = PhraseList(
        english: [
            .init(
                "i am|feel|feeling|get|getting [not] [so|very|really|quite|a|super|extremely|incredibly|pretty|rather] [bit|little] anxious|nervous|stressed|desperate|restless|worried",
                "Talks about your nerves: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init(
                "i have been [so|very|really|quite] anxious|nervous|stressed|worried",
                "Talks about your nerves: the recruiter does not need to manage them.",
                "Say where things stand instead: \"I remain very interested in the role.\""),
            .init("my anxiety|nerves|stress", "Brings your anxiety into the message.", "Leave feelings out; keep to the process."),
            .init(
                "dream job|role|company|position|opportunity|team", "A \"dream\" role reads as pressure on the reader.",
                "\"I am very interested in this role\" says it calmly."),
            .init("my dream", "A \"dream\" role reads as pressure on the reader.", "\"I am very interested in this role\" says it calmly."),
            .init(
                "[i] [really|desperately|truly|badly] need [an|this|the|your|some] answer|response|reply|update|news|job|position|role|offer",
                "Needing an answer shifts your urgency onto them.", "Ask instead: \"When you can, is there any update on next steps?\""),
            .init("losing sleep", "Talks about your nerves: the recruiter does not need to manage them.", "Leave feelings out; keep to the process."),
            .init("can not stop thinking", "Talks about your nerves.", "Leave feelings out; keep to the process."),
            .init(
                "means everything to me", "Pleading raises the stakes for the reader.",
                "\"This role is a strong fit for what I want to do next.\""),
            .init(
                "means the world to me", "Pleading raises the stakes for the reader.",
                "\"This role is a strong fit for what I want to do next.\""),
            .init("please please", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init("i beg", "Pleading raises the stakes for the reader.", "One plain request is enough."),
            .init("begging", "Pleading raises the stakes for the reader.", "One plain request is enough."),
        ],
        portuguese: [
            .init(
                "estou|fico|ando|estava|sinto|sentindo [nao] [me] [um] [muito|bem|super|meio|pouco|tao|nada|extremamente|bastante] ansios*|nervos*|angustiad*|aflit*|preocupad*|desesperad*",
                "Fala do seu nervosismo: quem recruta não precisa administrá-lo.", "Diga onde as coisas estão: \"Sigo com muito interesse na vaga.\""),
            .init("minha ansiedade|angustia", "Traz a sua ansiedade para a mensagem.", "Deixe os sentimentos de fora; fale do processo."),
            .init("dos [meus] sonhos", "Uma vaga \"dos sonhos\" soa como pressão.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init("meu sonho", "Uma vaga \"dos sonhos\" soa como pressão.", "\"Tenho muito interesse nesta vaga\" diz o mesmo com calma."),
            .init(
                "preciso [muito|demais|urgentemente|mesmo] [de] [uma|um|da|do|dessa|desse|desta|deste|alguma] resposta|retorno|noticia*|vaga|emprego|oportunidade",
                "Precisar da resposta passa a sua urgência para o outro lado.",
                "Pergunte: \"Quando puder, há alguma atualização sobre os próximos passos?\""),
            .init("nao consigo parar de pensar", "Fala do seu nervosismo.", "Deixe os sentimentos de fora; fale do processo."),
            .init("nao consigo dormir", "Fala do seu nervosismo.", "Deixe os sentimentos de fora; fale do processo."),
            .init("por favor por favor", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init("imploro|suplico", "Implorar aumenta a pressão para quem lê.", "Um pedido simples basta."),
            .init("significa tudo [para] [mim]", "Implorar aumenta a pressão para quem lê.", "\"Esta vaga combina muito com o que busco.\""),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        var findings = Self.phrases.findings(rule: id, severity: .error, in: text, context: context)
        // Stacked exclamation marks read as agitation in any language.
        let bytes = text.bytes
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "!") else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "!") || bytes[end] == UInt8(ascii: "?") { end += 1 }
            if end - index >= 2 {
                let message =
                    context.language == .english ? "Stacked exclamation marks read as agitation." : "Exclamações em sequência soam agitadas."
                let suggestion = context.language == .english ? "Use one full stop." : "Use um ponto final."
                findings.append(Finding(rule: id, severity: .warning, in: text, start: index, end: end, message: message, suggestion: suggestion))
            }
            index = end
        }
        return findings
    }
}
