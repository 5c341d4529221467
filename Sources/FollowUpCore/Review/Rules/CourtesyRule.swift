/// R9: a thank-you or a courteous close keeps the tone respectful.
struct CourtesyRule: ReviewRule {
    let id = ReviewRuleID.r9

    static let courtesy = PhraseList(
        english: [
            .init("thank*", "", ""), .init("appreciat*|grateful", "", ""), .init("regards|cheers|sincerely|warmly", "", ""),
            .init("best [wishes]", "", ""), .init("have a good|great|nice", "", ""),
        ],
        portuguese: [
            .init("obrigad*|agradec*|grat*", "", ""), .init("abraco*|abs|att|atenciosamente|cordialmente|saudacoes", "", ""),
            .init("bom|otimo|boa dia|semana|tarde|fim", "", ""),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        guard let last = text.words.last else { return [] }
        let polite = Self.courtesy.occurs(context.language, in: text)
        guard !polite else { return [] }
        let english = context.language == .english
        return [
            Finding(
                rule: id, severity: .warning, in: text, start: last.start, end: last.end,
                message: english ? "No thanks and no courteous close." : "Sem agradecimento e sem despedida cordial.",
                suggestion: english ? "End with \"Thanks,\" and your name." : "Termine com \"Obrigado,\" e o seu nome.")
        ]
    }
}
