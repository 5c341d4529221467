import FollowUpCore

/// Recruiter phrases with the deadline each means, written for these tests. Most are said on
/// Wednesday 11 March 2026; each fragment is tried inside several sentences so the parser must
/// find it among other words ("today", "get back to you", "retorno").
enum TimelinePhrases {
    static let wednesday = "2026-03-11"

    static let englishFragments: [(String, String)] = [
        ("by Friday", "2026-03-13"), ("on Thursday", "2026-03-12"), ("by Monday", "2026-03-16"), ("next Tuesday", "2026-03-17"),
        ("next Friday", "2026-03-20"), ("this Friday", "2026-03-13"), ("by Wednesday", "2026-03-18"), ("on Monday next week", "2026-03-16"),
        ("on Thursday of next week", "2026-03-19"), ("by the end of the week", "2026-03-13"), ("by the end of next week", "2026-03-20"),
        ("by the end of the month", "2026-03-31"), ("at the end of next month", "2026-04-30"), ("by the end of April", "2026-04-30"),
        ("early next week", "2026-03-17"), ("in the middle of next week", "2026-03-19"), ("late next week", "2026-03-20"),
        ("sometime next week", "2026-03-20"), ("later this week", "2026-03-13"), ("early next month", "2026-04-10"), ("by mid-April", "2026-04-15"),
        ("in late April", "2026-04-30"), ("sometime next month", "2026-04-30"), ("within two weeks", "2026-03-25"), ("in 3 days", "2026-03-14"),
        ("in a couple of days", "2026-03-13"), ("within 5-7 business days", "2026-03-20"), ("within 10 business days", "2026-03-25"),
        ("in a week", "2026-03-18"), ("within a month", "2026-04-11"), ("in a few days", "2026-03-14"), ("over the next two weeks", "2026-03-25"),
        ("within 3 working days", "2026-03-16"), ("in two to three weeks", "2026-04-01"), ("a week from today", "2026-03-18"),
        ("by March 20", "2026-03-20"), ("on 20 March", "2026-03-20"), ("by the 24th", "2026-03-24"), ("on the 5th", "2026-04-05"),
        ("by 20/03", "2026-03-20"), ("by April 2", "2026-04-02"), ("by the 2nd of April", "2026-04-02"), ("after the holidays", "2027-01-04"),
        ("after Easter", "2026-04-06"), ("after Thanksgiving", "2026-11-27"), ("after Christmas", "2026-12-28"), ("soon", "2026-03-18"),
        ("shortly", "2026-03-18"), ("in due course", "2026-03-20"), ("as soon as possible", "2026-03-18"), ("by tomorrow", "2026-03-12"),
        ("by end of day", "2026-03-11"), ("by close of business tomorrow", "2026-03-12"), ("the day after tomorrow", "2026-03-13"),
        ("by the end of the quarter", "2026-03-31"),
    ]

    static let englishFrames = [
        "Thanks for your time today, we'll get back to you %@.",
        "The panel will share a decision %@.",
        "You should hear from the hiring manager %@, whatever the outcome.",
    ]

    static let portugueseFragments: [(String, String)] = [
        ("até sexta", "2026-03-13"), ("na quinta", "2026-03-12"), ("até segunda", "2026-03-16"), ("na terça que vem", "2026-03-17"),
        ("sexta que vem", "2026-03-20"), ("na próxima sexta-feira", "2026-03-20"), ("nesta sexta", "2026-03-13"), ("até quarta", "2026-03-18"),
        ("na segunda da semana que vem", "2026-03-16"), ("até o fim da semana", "2026-03-13"), ("até o final da semana que vem", "2026-03-20"),
        ("até o fim do mês", "2026-03-31"), ("no fim do mês que vem", "2026-04-30"), ("até o final de abril", "2026-04-30"),
        ("no começo da semana que vem", "2026-03-17"), ("no meio da semana que vem", "2026-03-19"), ("no fim da semana que vem", "2026-03-20"),
        ("durante a próxima semana", "2026-03-20"), ("no início do mês que vem", "2026-04-10"), ("em meados de abril", "2026-04-15"),
        ("no fim de abril", "2026-04-30"), ("no próximo mês", "2026-04-30"), ("dentro de duas semanas", "2026-03-25"), ("em 3 dias", "2026-03-14"),
        ("em alguns dias", "2026-03-14"), ("em 5 a 7 dias úteis", "2026-03-20"), ("em até 10 dias úteis", "2026-03-25"),
        ("em uma semana", "2026-03-18"),
        ("dentro de um mês", "2026-04-11"), ("daqui a 15 dias", "2026-03-26"), ("nos próximos 3 dias úteis", "2026-03-16"),
        ("entre 5 e 7 dias úteis", "2026-03-20"), ("em duas ou três semanas", "2026-04-01"), ("até 20 de março", "2026-03-20"),
        ("no dia 24", "2026-03-24"), ("até o dia 5", "2026-04-05"), ("até 20/03", "2026-03-20"), ("até 02/04", "2026-04-02"),
        ("em 2 de abril", "2026-04-02"), ("depois das festas", "2027-01-04"), ("depois da Páscoa", "2026-04-06"), ("depois do Natal", "2026-12-28"),
        ("depois do Ano Novo", "2027-01-04"), ("em breve", "2026-03-18"), ("assim que possível", "2026-03-18"), ("amanhã", "2026-03-12"),
        ("até o fim do dia", "2026-03-11"), ("depois de amanhã", "2026-03-13"), ("o quanto antes", "2026-03-18"), ("até o fim do ano", "2026-12-31"),
        ("em quinze dias", "2026-03-26"), ("dentro de 10 dias", "2026-03-21"), ("até 15 de abril", "2026-04-15"), ("na semana que vem", "2026-03-20"),
        ("até o fim do trimestre", "2026-03-31"),
    ]

    static let portugueseFrames = [
        "Obrigado pela conversa, vamos dar um retorno %@.",
        "A equipe deve tomar uma decisão %@.",
        "Você terá uma resposta do gestor %@, seja qual for o resultado.",
    ]

    /// Phrases said on other days, where the day said changes the answer.
    static let englishExtras: [(phrase: String, saidOn: String, deadline: String)] = [
        ("We'll let you know by Friday.", "2026-03-13", "2026-03-20"),
        ("Expect an answer by the end of the week.", "2026-03-14", "2026-03-20"),
        ("We hope to decide this Monday.", "2026-03-13", "2026-03-16"),
    ]

    static let portugueseExtras: [(phrase: String, saidOn: String, deadline: String)] = [
        ("Devemos dar uma resposta depois do carnaval.", "2026-02-11", "2026-02-18"),
        ("O retorno sai até sexta.", "2026-03-13", "2026-03-20"),
        ("Retornamos até o fim da semana.", "2026-03-14", "2026-03-20"),
    ]

    static func table(_ language: Language) -> [(phrase: String, saidOn: String, deadline: String)] {
        let (fragments, frames, extras) =
            language == .english
            ? (englishFragments, englishFrames, englishExtras) : (portugueseFragments, portugueseFrames, portugueseExtras)
        var rows: [(phrase: String, saidOn: String, deadline: String)] = []
        for frame in frames {
            for (fragment, deadline) in fragments {
                rows.append((frame.replacingOccurrences(of: "%@", with: fragment), wednesday, deadline))
            }
        }
        return rows + extras
    }
}
