/// R7: a check-in names the process, and, when a timeline was agreed, refers to it.
struct VagueRule: ReviewRule {
    let id = ReviewRuleID.r7

    static let processWords = PhraseList(
        english: [.init("process|application|candidacy|interview|interviews|interviewed", "", "")],
        portuguese: [.init("processo|candidatura|entrevista|entrevistas|seletivo", "", "")])

    static let timelineWords = PhraseList(
        english: [
            .init("timeline|timeframe|expected|mentioned|agreed|promised|estimated|planned|scheduled", "", ""),
            .init("last|this|next week|month", "", ""),
            .init("end of [the] week|month", "", ""),
            .init(
                "monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december", "",
                ""),
        ],
        portuguese: [
            .init("prazo|previsto|prevista|combinado|combinada|mencionado|mencionada|mencionou|estimado|planejado|agendado", "", ""),
            .init("semana|mes passada|passado", "", ""),
            .init("esta|essa|proxima semana", "", ""),
            .init("semana|mes que vem", "", ""),
            .init(
                "segunda|terca|quarta|quinta|sexta|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro", "", ""),
            .init("final|fim da|do semana|mes", "", ""),
        ])

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        guard [.checkIn, .final].contains(context.kind), let first = text.words.first, let last = text.words.last else { return [] }
        let english = context.language == .english
        var findings: [Finding] = []
        if !namesProcess(text, context: context) {
            findings.append(
                Finding(
                    rule: id, severity: .error, in: text, start: first.start, end: last.end,
                    message: english ? "Vague: it does not say which process this is about." : "Vago: não diz de qual processo se trata.",
                    suggestion: english
                        ? "Name it: \"I am following up on the Backend Engineer process.\""
                        : "Nomeie: \"Escrevo para acompanhar o processo da vaga de Engenharia de Dados.\""))
        }
        let deadline = context.process?.cycle?.deadline
        if deadline != nil, !contains(Self.timelineWords, text, context) {
            findings.append(
                Finding(
                    rule: id, severity: .warning, in: text, start: first.start, end: last.end,
                    message: english ? "Not anchored in the agreed timeline." : "Não se ancora no prazo combinado.",
                    suggestion: english
                        ? "Add it: \"In our last conversation, the update was expected by Friday.\""
                        : "Inclua: \"Na nossa última conversa, o retorno estava previsto para sexta.\""))
        }
        return findings
    }

    func namesProcess(_ text: ReviewText, context: ReviewContext) -> Bool {
        if contains(Self.processWords, text, context) { return true }
        guard let process = context.process?.process else { return false }
        // The role or the company, by its distinctive words.
        let names = (process.role + " " + process.company).split(separator: " ").map { ReviewText.fold(String($0)) }.filter { $0.count > 2 }
        return names.contains { text.contains(WordKey($0)) }
    }

    func contains(_ list: PhraseList, _ text: ReviewText, _ context: ReviewContext) -> Bool {
        list.occurs(context.language, in: text)
    }
}
