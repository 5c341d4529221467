/// R8: a check-in asks one objective, easy-to-answer question — not none, not several.
struct QuestionRule: ReviewRule {
    let id = ReviewRuleID.r8

    /// Indirect questions count as questions ("I wanted to confirm whether there is any update").
    static let indirect = PhraseList(
        english: [
            .init("[i] [would] like|wanted|want|wanted to know|confirm|check|ask|understand whether|if|when|what", "", ""),
            .init("could|can|would you let me know", "", ""),
            .init("could|can|would you tell|share|confirm|send", "", ""),
            .init("let me know ... whether|if|when|what", "", ""),
        ],
        portuguese: [
            .init("[eu] gostaria|queria|quero [de] saber|confirmar|entender|verificar|perguntar se|quando|qual|como", "", ""),
            .init("poderia|pode|podem|poderiam me dizer|informar|contar|confirmar|avisar", "", ""),
            .init("me avise|avisa|diga|conta se|quando", "", ""),
        ])

    /// Greetings phrased as questions ("how are you?", "tudo bem?") ask nothing about the process.
    static let pleasantries = PhraseList(
        english: [.init("how are you|things", "", ""), .init("how is it|everything going", "", ""), .init("hope you are well", "", "")],
        portuguese: [.init("tudo bem|certo|tranquilo|joia", "", ""), .init("como vai|vao|esta|estao", "", "")])

    /// Sentences that ask something, directly or indirectly; a short greeting question does not count.
    static func questionCount(in text: ReviewText, language: Language) -> Int {
        // One flag per sentence: a draft has a handful, so arrays beat sets.
        var greeting = [Bool](repeating: false, count: text.sentences.count)
        pleasantries.forEachCandidate(language, in: text) { entry in
            for range in entry.pattern.matches(in: text) {
                let sentence = text.words[range.lowerBound].sentence
                if text.words.count(where: { $0.sentence == sentence }) <= 6 { greeting[sentence] = true }
            }
            return true
        }
        var asking = [Bool](repeating: false, count: text.sentences.count)
        for mark in text.questionMarks {
            if let sentence = text.sentences.firstIndex(where: { $0.contains(mark) || $0.upperBound == mark + 1 }), !greeting[sentence] {
                asking[sentence] = true
            }
        }
        indirect.forEachCandidate(language, in: text) { entry in
            for range in entry.pattern.matches(in: text) { asking[text.words[range.lowerBound].sentence] = true }
            return true
        }
        return asking.count(where: { $0 })
    }

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        guard [.checkIn, .final, .alignment].contains(context.kind), let first = text.words.first, let last = text.words.last else { return [] }
        let english = context.language == .english
        let count = text.questionCount
        if count == 0 {
            return [
                Finding(
                    rule: id, severity: .error, in: text, start: first.start, end: last.end,
                    message: english
                        ? "No question: the reader has nothing easy to answer." : "Sem pergunta: quem lê não tem nada simples a responder.",
                    suggestion: english
                        ? "End with one: \"When you can, is there any update on next steps?\""
                        : "Termine com uma: \"Quando puder, há alguma atualização sobre os próximos passos?\"")
            ]
        }
        if count > 1, let mark = text.questionMarks.dropFirst().first {
            return [
                Finding(
                    rule: id, severity: .warning, in: text, start: mark, end: mark + 1,
                    message: english
                        ? "\(count) questions: one easy question gets answered faster."
                        : "\(count) perguntas: uma pergunta simples é respondida mais rápido.",
                    suggestion: english ? "Keep the one about next steps." : "Fique com a dos próximos passos.")
            ]
        }
        return []
    }
}
