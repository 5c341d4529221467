/// R5: a follow-up is short; long messages, long sentences and many paragraphs bury the question.
struct LengthRule: ReviewRule {
    let id = ReviewRuleID.r5

    static let longSentence = 30
    static let maximumParagraphs = 5

    func findings(in text: ReviewText, context: ReviewContext) -> [Finding] {
        let english = context.language == .english
        var findings: [Finding] = []
        let budget = context.settings.budget(for: context.kind)
        let count = text.words.count
        if count > budget, let first = text.words.first, let last = text.words.last {
            findings.append(
                Finding(
                    rule: id, severity: count > budget * 3 / 2 ? .error : .warning, in: text, start: first.start, end: last.end,
                    message: english
                        ? "\(count) words: over the \(budget)-word budget for a \(context.kind.rawValue) message."
                        : "\(count) palavras: acima do limite de \(budget) para uma mensagem de \(context.kind.rawValue).",
                    suggestion: english
                        ? "Keep short context, the process, one question and thanks; cut the rest."
                        : "Fique com contexto curto, o processo, uma pergunta e o agradecimento; corte o resto."))
        }
        var sentence = 0
        var wordsInSentence = 0
        for (index, word) in text.words.enumerated() {
            if word.sentence != sentence {
                sentence = word.sentence
                wordsInSentence = 0
            }
            wordsInSentence += 1
            let isLast = index + 1 == text.words.count || text.words[index + 1].sentence != sentence
            if isLast, wordsInSentence > Self.longSentence {
                let range = text.sentences[sentence]
                findings.append(
                    Finding(
                        rule: id, severity: .warning, in: text, start: range.lowerBound, end: range.upperBound,
                        message: english
                            ? "A \(wordsInSentence)-word sentence is hard to read at a glance."
                            : "Uma frase de \(wordsInSentence) palavras é difícil de ler de relance.",
                        suggestion: english ? "Split it, or cut what the reader does not need." : "Divida-a, ou corte o que não é necessário."))
            }
        }
        let sentenceLimit = [.checkIn, .final].contains(context.kind) ? 9 : 11
        if text.sentences.count > sentenceLimit, let first = text.words.first, let last = text.words.last {
            findings.append(
                Finding(
                    rule: id, severity: .warning, in: text, start: first.start, end: last.end,
                    message: english
                        ? "\(text.sentences.count) sentences: more than a short message needs."
                        : "\(text.sentences.count) frases: mais do que uma mensagem curta precisa.",
                    suggestion: english
                        ? "Keep context, the process, one question and thanks." : "Fique com contexto, o processo, uma pergunta e o agradecimento."))
        }
        let paragraphs = Self.paragraphCount(text.bytes)
        if paragraphs > Self.maximumParagraphs, let first = text.words.first {
            findings.append(
                Finding(
                    rule: id, severity: .info, in: text, start: first.start, end: first.end,
                    message: english
                        ? "\(paragraphs) paragraphs for a short message." : "\(paragraphs) parágrafos para uma mensagem curta.",
                    suggestion: english ? "Two or three short paragraphs are enough." : "Dois ou três parágrafos curtos bastam."))
        }
        return findings
    }

    /// Blocks of text separated by blank lines, counted on bytes a line at a time: a line with
    /// text shows it in its first byte or two, so most of the text is only searched for newlines.
    static func paragraphCount(_ text: [UInt8]) -> Int {
        var (count, inParagraph, start) = (0, false, 0)
        while start <= text.count {
            let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
            var position = start
            while position < end, text[position] == UInt8(ascii: " ") || text[position] == UInt8(ascii: "\t") || text[position] == UInt8(ascii: "\r")
            {
                position += 1
            }
            if position == end {
                inParagraph = false
            } else if !inParagraph {
                count += 1
                inParagraph = true
            }
            start = end + 1
        }
        return count
    }
}
