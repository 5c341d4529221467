extension Language {
    /// Guesses the language of a draft from its most common words, for reviews run without `--language`.
    public static func infer(from text: String) -> Language {
        infer(from: ReviewText.Tokens(text))
    }

    /// The same guess from words already cut, so the review can read them in the language guessed.
    /// English contractions count as their words ("I'm" as "i" and "am").
    public static func infer(from tokens: ReviewText.Tokens) -> Language {
        var score = 0
        for word in tokens.words {
            tokens.withBytes(of: word) { bytes in
                if ReviewText.mayBeContraction(bytes, .english), let pieces = ReviewText.englishContractions.value(hash: word.hash, bytes: bytes) {
                    for piece in pieces { score += commonWords.value(hash: piece.hash, bytes: piece.bytes) ?? 0 }
                } else {
                    score += commonWords.value(hash: word.hash, bytes: bytes) ?? 0
                }
            }
        }
        return score > 0 ? .brazilianPortuguese : .english
    }

    /// Common words of each language: +1 for Portuguese, -1 for English.
    static let commonWords: WordMap<Int> = {
        let portuguese = [
            "nao", "voce", "voces", "que", "de", "da", "do", "para", "obrigado", "obrigada", "processo", "vaga", "uma", "um", "com", "estou",
            "sobre", "alguma", "tudo", "bem", "ola", "oi", "e", "os", "as", "na", "no", "meu", "minha",
        ]
        let english = [
            "the", "is", "you", "and", "to", "of", "i", "am", "for", "on", "any", "thanks", "thank", "process", "role", "hi", "update", "it",
            "in", "my", "with", "are", "was", "be",
        ]
        var scores: [String: Int] = [:]
        for word in portuguese { scores[word, default: 0] += 1 }
        for word in english { scores[word, default: 0] -= 1 }
        return WordMap(scores.map { ($0.key, $0.value) })
    }()
}

extension MessageKind {
    /// How people say a message is their last attempt.
    static let finalAttempt = PhraseList(
        english: [
            .init("last|final attempt|try|time|follow-up|message|check-in|note", "", ""), .init("one last", "", ""),
            .init("will not|won't follow up again", "", ""),
        ],
        portuguese: [
            .init("ultima|ultimo tentativa|vez|mensagem|contato", "", ""), .init("tentativa|mensagem final", "", ""),
            .init("nao vou|volto [a] insistir|escrever", "", ""),
        ])

    /// Guesses what kind of message a draft is, with the reason in one phrase, so the review can say
    /// which rules it applied and why.
    public static func infer(from text: String, language: Language) -> (kind: MessageKind, reason: String) {
        infer(from: ReviewText(text, language: language), language: language)
    }

    /// The same guess from words already split.
    public static func infer(from review: ReviewText, language: Language) -> (kind: MessageKind, reason: String) {
        let english = language == .english
        let outside = OutsideDeadlineRule.phrases.occurs(language, in: review)
        if outside { return (.alignment, english ? "it mentions another offer or deadline" : "menciona outra proposta ou prazo") }
        let isFinal = finalAttempt.occurs(language, in: review)
        if isFinal, review.questionCount > 0 {
            return (.final, english ? "it calls itself a last attempt" : "se apresenta como última tentativa")
        }
        let thanks = CourtesyRule.courtesy.entries(for: language).first!.pattern
        if thanks.occurs(in: review), review.questionCount == 0 {
            return (.thankYou, english ? "it thanks and asks nothing" : "agradece e não pergunta nada")
        }
        return (.checkIn, english ? "it asks about the process" : "pergunta sobre o processo")
    }
}
