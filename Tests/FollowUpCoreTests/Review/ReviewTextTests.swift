import Testing

@testable import FollowUpCore

@Suite struct ReviewTextTests {
    @Test("words are folded and keep their exact bytes in the original")
    func spans() {
        let text = ReviewText("Olá, Ana!\nEstou ANSIOSA — é o cargo dos sonhos.", language: .brazilianPortuguese)
        #expect(text.words.map(text.text(of:)) == ["ola", "ana", "estou", "ansiosa", "e", "o", "cargo", "dos", "sonhos"])
        let anxious = text.words[3]
        #expect(text.excerpt(anxious.start, anxious.end) == "ANSIOSA")
        #expect(text.position(of: anxious.start) == (2, 7))
        #expect(text.sentences.count == 2)
    }

    @Test(
        "contractions and curly apostrophes read as the full words",
        arguments: [
            ("I’m not sure", Language.english, ["i", "am", "not", "sure"]),
            ("I'm sure it's fine; don't worry", .english, ["i", "am", "sure", "it", "is", "fine", "do", "not", "worry"]),
            ("tô ansioso pra saber", .brazilianPortuguese, ["estou", "ansioso", "para", "saber"]),
        ])
    func contractions(text: String, language: Language, words: [String]) {
        let review = ReviewText(text, language: language)
        #expect(review.words.map(review.text(of:)) == words)
    }

    @Test("sentences end at . ! ? and line breaks, not inside numbers or abbreviations followed by letters")
    func sentences() {
        let text = ReviewText("Version 2.5 shipped. Any news? Thanks!\nBest", language: .english)
        #expect(text.sentences.count == 4)
        #expect(text.questionMarks.count == 1)
    }
}

@Suite struct PhrasePatternTests {
    func matches(_ pattern: String, _ text: String, _ language: Language = .english) -> [String] {
        let review = ReviewText(text, language: language)
        return PhrasePattern(pattern).matches(in: review).map { range in
            review.excerpt(review.words[range.lowerBound].start, review.words[range.upperBound].end)
        }
    }

    @Test("optional words, alternatives, stems and gaps")
    func syntax() {
        let anxious = "i am [not] [so|very|really|quite] anxious|nervous"
        #expect(matches(anxious, "Honestly I'm very nervous about it.") == ["I'm very nervous"])
        #expect(matches(anxious, "I am not anxious about the timing.") == ["I am not anxious"])
        #expect(matches(anxious, "The anxiety module you built was great.").isEmpty)
        #expect(matches("estou [muito|bem|meio] ansios*", "Tô muito ansiosa com isso", .brazilianPortuguese) == ["Tô muito ansiosa"])
        #expect(matches("sorry ... bother*", "Sorry to bother you again") == ["Sorry to bother"])
        #expect(matches("sorry ... bother*", "Sorry. I hope this does not bother you").isEmpty)
    }

    @Test("patterns tried at every word still match wherever their first word can be")
    func firstWords() {
        // Stems first: tried only at words starting with one of their first letters.
        #expect(matches("thank*|grateful", "Many thanks, and I am grateful. THANK you") == ["thanks", "grateful", "THANK"])
        #expect(matches("[muito] obrigad*", "Muito obrigada! Obrigado de novo.", .brazilianPortuguese) == ["Muito obrigada", "Obrigado"])
        #expect(matches("otim*", "Ótimo, e ótima semana", .brazilianPortuguese) == ["Ótimo", "ótima"])
        // A leading gap or an empty stem leaves the first word open.
        #expect(matches("... bother*", "Sorry to bother you") == ["Sorry to bother"])
        #expect(matches("* update", "Any update? One more update") == ["Any update", "more update"])
        #expect(PhrasePattern("thank*|grateful").firstBytes != nil)
        #expect(PhrasePattern("... bother*").firstBytes == nil)
        #expect(PhrasePattern("* update").firstBytes == nil)
    }
}
