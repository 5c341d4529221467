/// R6: apologising for writing and hedging make a normal message sound like an intrusion.
struct OverJustifyRule: ReviewRule {
    let id = ReviewRuleID.r6

    static let phrases = PhraseList(
        english: [
            .init(
                "sorry ... bother*|disturb*|intrud*|pester*|spam*|follow*|writ*", "Apologising for writing makes it sound like an intrusion.",
                "Drop the apology; following up is normal."),
            .init(
                "i know|understand|realise|realize [that] you are [very|really|so|extremely] busy",
                "Hedging about their schedule adds words and doubt.", "Go straight to the point."),
            .init("[i] just wanted|want to", "\"Just wanted to\" shrinks the request.", "\"I am following up on…\""),
            .init("i hate to", "Hedging before asking adds doubt.", "Ask plainly."),
            .init(
                "apologi* for ... bother*|writ*|reach*|follow*|email*|messag*|intrusion", "Apologising for writing makes it sound like an intrusion.",
                "Drop the apology; following up is normal."),
            .init("hope i am not bothering|disturbing|being", "Hedging about being a bother adds doubt.", "Drop it; following up is normal."),
            .init("if it is not too much trouble", "Hedging makes a normal request sound like a favour.", "Ask plainly."),
        ],
        portuguese: [
            .init(
                "desculp* ... incomodo|incomodar|incomodando|atrapalhar|insistencia|mensagem|contato|escrever",
                "Pedir desculpas por escrever faz parecer intromissão.", "Tire o pedido de desculpas; acompanhar o processo é normal."),
            .init(
                "sei|entendo que [voce|voces] [esta|estao|anda|andam] [muito|bem|super] ocupad*|corrid*",
                "Justificar a agenda do outro só acrescenta palavras.", "Vá direto ao ponto."),
            .init("so queria|gostaria|passando", "\"Só queria\" diminui o próprio pedido.", "\"Escrevo para acompanhar…\""),
            .init("passando [so] [rapidinho] para|pra", "\"Só passando\" diminui o próprio pedido.", "\"Escrevo para acompanhar…\""),
            .init(
                "espero nao [estar] incomodar|incomodando|atrapalhar|atrapalhando", "Justificar-se por escrever adiciona dúvida.",
                "Tire; acompanhar o processo é normal."),
            .init(
                "perdao|perdoe ... incomodo|insistencia|mensagem", "Pedir desculpas por escrever faz parecer intromissão.",
                "Tire o pedido de desculpas."),
            .init("se nao for [muito] incomodo", "Faz um pedido normal parecer um favor.", "Peça com simplicidade."),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        Self.phrases.findings(rule: id, severity: .warning, in: text, context: context)
    }
}
