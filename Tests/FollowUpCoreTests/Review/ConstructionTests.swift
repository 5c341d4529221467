import Foundation
import Testing

@testable import FollowUpCore

/// The constructions of R1, R2, R3 and R6 on sentences written for these tests, in both languages:
/// each names the rule it must raise, or none, so a regression on any one sentence fails.
@Suite struct ConstructionTests {
    static func rules(_ text: String, _ language: Language, kind: MessageKind = .checkIn) -> Set<ReviewRuleID> {
        Set(Reviewer().review(text, context: ReviewContext(kind: kind, language: language)).findings.filter { $0.severity != .info }.map(\.rule))
    }

    static let english: [(String, ReviewRuleID)] = [
        ("Three weeks and not a word from anyone.", .r2),
        ("I've heard nothing back since we met.", .r2),
        ("You mentioned Thursday. It is Monday.", .r2),
        ("Your team assured me I'd know by now.", .r2),
        ("How much longer will this take?", .r2),
        ("Please reply no later than tomorrow.", .r2),
        ("Ten days have passed and still nothing.", .r2),
        ("Nobody from your side has bothered to write back.", .r2),
        ("Why has no one replied to my two emails?", .r2),
        ("This is the third message I have sent about the role.", .r2),
        ("I can't stop checking my inbox.", .r1),
        ("Honestly I don't know what I'll do if this falls through.", .r1),
        ("I am honestly so nervous about the outcome.", .r1),
        ("The silence is driving me a little crazy.", .r1),
        ("We have two kids and the rent is due.", .r1),
        ("Please, give me one more chance to show you.", .r1),
        ("Could you let me know your decision by Thursday?", .r3),
        ("Have you decided yet on the analyst role?", .r3),
        ("I am so sorry to bother you again with this.", .r6),
        ("I realise how swamped you must be right now.", .r6),
        ("I would not want to clutter your inbox.", .r6),
    ]

    static let portuguese: [(String, ReviewRuleID)] = [
        ("Duas semanas e nenhuma palavra de vocês.", .r2),
        ("Vocês tinham dito quinta. Hoje já é segunda.", .r2),
        ("Quanto tempo mais vou ter que esperar?", .r2),
        ("Continuo aguardando desde a entrevista.", .r2),
        ("Ninguém da equipe me respondeu até agora.", .r2),
        ("Esta é a terceira mensagem que mando sobre a vaga.", .r2),
        ("Me respondam hoje, por favor.", .r2),
        ("Estou uma pilha de nervos com esse processo.", .r1),
        ("Não consigo parar de pensar na entrevista.", .r1),
        ("Estou muito angustiada com a demora.", .r1),
        ("Tenho contas para pagar e preciso desse emprego.", .r1),
        ("Me deem mais uma chance, por favor.", .r1),
        ("Poderiam me dizer a decisão até quinta?", .r3),
        ("Vocês já decidiram sobre a vaga de analista?", .r3),
        ("Desculpe incomodar de novo com isso.", .r6),
        ("Sei que vocês devem estar muito ocupados.", .r6),
    ]

    @Test("English sentences of each shape raise their rule", arguments: english)
    func englishShapes(text: String, rule: ReviewRuleID) {
        #expect(Self.rules(text, .english).contains(rule), "\(rule.label) not raised on: \(text)")
    }

    @Test("Portuguese sentences of each shape raise their rule", arguments: portuguese)
    func portugueseShapes(text: String, rule: ReviewRuleID) {
        #expect(Self.rules(text, .brazilianPortuguese).contains(rule), "\(rule.label) not raised on: \(text)")
    }

    /// Calm sentences that share words with the shapes above raise no tone rule.
    static let calm: [(String, Language)] = [
        ("If anything else would help your decision, I am happy to send it.", .english),
        ("Do you have a rough date for the decision?", .english),
        ("You mentioned a decision this week; is there any news?", .english),
        ("In our last conversation, an update was expected by Friday.", .english),
        ("Thank you for getting back to me so quickly.", .english),
        ("I am available for a call tomorrow if that suits you.", .english),
        ("It has been a pleasure to learn about the team.", .english),
        ("It was great that we could finally meet in person last week.", .english),
        ("I was glad to finally see the office.", .english),
        ("I have plenty of time to prepare for the next round.", .english),
        ("After the panel, we move on to the take-home exercise.", .english),
        ("Prefiro não marcar na segunda, que é feriado.", .brazilianPortuguese),
        ("Tenho tempo suficiente para preparar a apresentação.", .brazilianPortuguese),
        ("Could you tell me how long the process usually takes?", .english),
        ("Se algo mais ajudar na decisão, posso enviar.", .brazilianPortuguese),
        ("Vocês têm uma previsão para a decisão?", .brazilianPortuguese),
        ("Você mencionou um retorno nesta semana; há novidades?", .brazilianPortuguese),
        ("Fico no aguardo do retorno.", .brazilianPortuguese),
        ("Se precisar de qualquer coisa, estou à disposição.", .brazilianPortuguese),
        ("Gostei de conhecer a pilha de tecnologia da equipe.", .brazilianPortuguese),
    ]

    @Test("calm sentences, mentioning the decision or the timeline, raise no tone rule", arguments: calm)
    func calmSentences(text: String, language: Language) {
        let tone: Set<ReviewRuleID> = [.r1, .r2, .r3, .r6]
        #expect(Self.rules(text, language).isDisjoint(with: tone), "tone raised on: \(text)")
    }

    static let tone: Set<ReviewRuleID> = [.r1, .r2, .r3, .r6]

    @Test("our own English sentences: each raises its tone rule, the calm ones none", arguments: ToneSentences.english)
    func englishSentences(text: String, rule: ReviewRuleID?) {
        let raised = Self.rules(text, .english, kind: .other)
        if let rule {
            #expect(raised.contains(rule), "\(rule.label) not raised on: \(text)")
        } else {
            #expect(raised.isDisjoint(with: Self.tone), "tone raised on: \(text)")
        }
    }

    @Test("our own Portuguese sentences: each raises its tone rule, the calm ones none", arguments: ToneSentences.portuguese)
    func portugueseSentences(text: String, rule: ReviewRuleID?) {
        let raised = Self.rules(text, .brazilianPortuguese, kind: .other)
        if let rule {
            #expect(raised.contains(rule), "\(rule.label) not raised on: \(text)")
        } else {
            #expect(raised.isDisjoint(with: Self.tone), "tone raised on: \(text)")
        }
    }

    @Test("a message with a tone error is never ready to send")
    func toneBlocksReady() {
        let review = Reviewer().review(
            "Hi Dana, following up on the backend process. How much longer will this take? Thanks",
            context: ReviewContext(kind: .checkIn, language: .english))
        #expect(!review.isReadyToSend)
        #expect(review.findings.contains { $0.rule == .r2 && $0.severity == .error })
    }

    @Test(
        "a word shouted in capitals raises R1 at that word; acronyms and names do not",
        arguments: [
            ("I have had NOTHING from your team about the analyst role.", Language.english, "NOTHING"),
            ("Recebi NENHUMA resposta sobre a vaga de analista.", Language.brazilianPortuguese, "NENHUMA"),
            ("Is there any update? I am available ASAP if helpful.", Language.english, "ASAP"),
        ])
    func shouting(text: String, language: Language, word: String) {
        #expect(Self.flaggedWords(text, language, rule: .r1).contains(word))
    }

    /// The exact words a rule's findings point at.
    static func flaggedWords(_ text: String, _ language: Language, rule: ReviewRuleID) -> [String] {
        let findings = Reviewer().review(text, context: ReviewContext(kind: .checkIn, language: language)).findings
        let bytes = Array(text.utf8)
        return findings.filter { $0.rule == rule }.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test("capitals on acronyms and names raise no tone rule")
    func acronymsAreNotShouting() {
        let text = "Thank you for the call about the AWS and SQL work at NASA; I enjoyed meeting the IT team."
        #expect(Self.rules(text, .english).isDisjoint(with: Self.tone))
    }

    @Test(
        "a swear word with its letters starred out raises R2 at the masked word",
        arguments: [
            ("Honestly, this whole process is a f***ing joke.", Language.english, "f***ing"),
            ("Two weeks of silence. Sh*t like this is why people quit.", Language.english, "Sh*t"),
            ("Oi Rui, *** you and your panel.", Language.english, "***"),
            ("Que processo m*rda, viu.", Language.brazilianPortuguese, "m*rda"),
            ("Sinceramente, *** isso tudo.", Language.brazilianPortuguese, "***"),
        ])
    func maskedSwearing(text: String, language: Language, word: String) {
        #expect(Self.flaggedWords(text, language, rule: .r2).contains(word))
    }

    @Test("stars as bullets, footnotes and emphasis raise no tone rule")
    func starsThatAreNotSwearing() {
        let text = """
            Hi Dana, thank you for the call on Monday. Two things I forgot:
            * the portfolio link works again
            ** the references are attached
            The salary range* suits me, and I am *really* keen on the role. Is there an update on next steps?
            Best, Omar
            """
        #expect(Self.rules(text, .english).isDisjoint(with: Self.tone))
    }

    @Test("a finding points at the exact words of the construction")
    func exactWords() {
        let text = "Hi Dana. I can't stop checking my inbox. Any news on the backend process?"
        let finding = Reviewer().review(text, context: ReviewContext(kind: .checkIn, language: .english)).findings.first { $0.rule == .r1 }
        let bytes = Array(text.utf8)
        #expect(finding.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == "can't stop checking")
    }

    @Test("the screen lets through exactly the entries each pattern's own anchors allow")
    func screenMatchesPlainAnchors() {
        let lists = [
            EmotionRule.phrases, DemandingRule.phrases, ImmediateDecisionRule.phrases, OverJustifyRule.phrases, ResumeRule.phrases,
            OutsideDeadlineRule.phrases, CourtesyRule.courtesy,
        ]
        let samples =
            ToneSentences.english.map { ($0.0, Language.english) } + ToneSentences.portuguese.map { ($0.0, .brazilianPortuguese) }
            + LabelledEnglish.messages.map { ($0.text, Language.english) } + LabelledPortuguese.messages.map { ($0.text, .brazilianPortuguese) }
        for list in lists {
            for (sample, language) in samples {
                let text = ReviewText(sample, language: language)
                var screened: [String] = []
                list.forEachCandidate(language, in: text) { entry in
                    screened.append(entry.pattern.description)
                    return true
                }
                let plain = list.entries(for: language).filter { entry in
                    PhrasePattern.mayMatch(entry.pattern.anchors, in: text)
                }.map(\.pattern.description)
                #expect(screened == plain, "\(sample)")
            }
        }
    }

    @Test("@class words and ...N gaps in phrase patterns")
    func classesAndGaps() {
        let pattern = PhrasePattern("@count @span ...5 @reply", classes: .english)
        #expect(!pattern.matches(in: ReviewText("Two weeks went by without one reply.", language: .english)).isEmpty)
        #expect(pattern.matches(in: ReviewText("Two weeks went by, and then with not one single reply.", language: .english)).isEmpty)
        #expect(PhrasePattern("@reply", classes: .none).matches(in: ReviewText("any reply", language: .english)).isEmpty)
    }
}

/// The scorer's tables against the plain reading of its model: the sum of the weights of the
/// features a sentence has, found by name.
@Suite struct ToneScorerTests {
    static func plainScores(_ model: ToneScorer.Model, _ text: ReviewText, _ classes: WordClasses) -> [Double] {
        let weights = Dictionary(model.weights, uniquingKeysWith: { first, _ in first })
        return text.sentences.indices.map { sentence in
            var features: Set<String> = []
            let bytes = Array(text.bytes[text.sentences[sentence]])
            for word in text.words where word.sentence == sentence {
                let folded = text.withBytes(of: word) { String(decoding: $0, as: UTF8.self) }
                features.insert("w:" + folded)
                for name in classes.names {
                    let members = classes.words(of: name)
                    if members.contains(where: {
                        $0.hasSuffix("*") ? folded.hasPrefix(ReviewText.fold(String($0.dropLast()))) : ReviewText.fold($0) == folded
                    }) {
                        features.insert("c:" + name)
                    }
                }
                let original = text.bytes[word.start..<word.end]
                if original.count >= 2, original.allSatisfy({ $0 >= 65 && $0 <= 90 }), !original.elementsEqual("OK".utf8) {
                    features.insert("p:caps")
                }
            }
            let sentenceText = String(decoding: bytes, as: UTF8.self)
            if sentenceText.contains("!") { features.insert("p:!") }
            if sentenceText.contains("!!") || sentenceText.contains("?!") || sentenceText.contains("!?")
                || sentenceText.contains("??") && sentenceText.contains("!")
            {
                features.insert("p:!!")
            }
            if sentenceText.contains("..") || sentenceText.contains("…") { features.insert("p:dots") }
            return model.bias + features.reduce(0) { $0 + (weights[$1] ?? 0) }
        }
    }

    static let samples: [(String, Language)] = [
        ("Hello!! I am SO nervous... when will I hear? Nobody answers my emails, please please reply.", .english),
        ("Thanks for the chat today. I remain interested in the role; is there any update?", .english),
        ("Oi!! Estou MUITO ansiosa… vocês vão responder? Preciso dessa vaga, por favor.", .brazilianPortuguese),
        ("Obrigada pela conversa. Sigo com interesse; há alguma novidade sobre o processo?", .brazilianPortuguese),
    ]

    @Test("scores equal the plain sum of the model's weights", arguments: samples)
    func scoresMatchPlainReading(text: String, language: Language) {
        let classes = WordClasses.of(language)
        let review = ReviewText(text, language: language)
        for (rule, model) in [
            (ReviewRuleID.r1, language == .english ? ToneScorer.englishR1 : ToneScorer.portugueseR1),
            (.r2, language == .english ? ToneScorer.englishR2 : ToneScorer.portugueseR2),
        ] {
            let fast = ToneScorer(model, classes: classes).scores(in: review).map(\.value)
            let plain = Self.plainScores(model, review, classes)
            #expect(fast.count == plain.count)
            for (a, b) in zip(fast, plain) { #expect(abs(a - b) < 1e-9, "\(rule) on \(text): \(fast) vs \(plain)") }
        }
    }

    @Test("a sentence above the threshold is a warning naming its strongest cues")
    func findingNamesCues() {
        let model = ToneScorer.Model(rule: .r1, bias: -1, threshold: 0.5, weights: [("c:anxious", 1.0), ("w:tonight", 0.8), ("p:!", 0.1)])
        let scorer = ToneScorer(model, classes: .english)
        let text = ReviewText("Thanks for your time. The wait leaves me restless tonight! Any news?", language: .english)
        let findings = scorer.findings(in: text, language: .english, besides: [])
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("\u{201C}restless\u{201D} and \u{201C}tonight\u{201D}") == true)
        #expect(findings.first.map { text.excerpt($0.start, $0.end) } == "The wait leaves me restless tonight")
        // A sentence a construction already flagged is left to it.
        let flagged = Finding(rule: .r1, severity: .error, in: text, start: findings[0].start, end: findings[0].end, message: "", suggestion: "")
        #expect(scorer.findings(in: text, language: .english, besides: [flagged]).isEmpty)
    }
}
