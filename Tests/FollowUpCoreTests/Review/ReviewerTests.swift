import Foundation
import Testing

@testable import FollowUpCore

@Suite struct ReviewerTests {
    func rules(
        _ text: String, _ kind: MessageKind = .checkIn, _ language: Language = .english, process: ProcessState? = nil, now: Date? = nil
    ) -> Set<ReviewRuleID> {
        Set(review(text, kind, language, process: process, now: now).findings.map(\.rule))
    }

    func review(
        _ text: String, _ kind: MessageKind = .checkIn, _ language: Language = .english, process: ProcessState? = nil, now: Date? = nil
    ) -> Review {
        Reviewer().review(text, context: ReviewContext(kind: kind, language: language, process: process, now: now))
    }

    /// The second article's examples (SPEC §4), read from `../shared/seeds` at test time so no
    /// sentence of the article is copied here: the paragraph after a heading line.
    static func seedExample(after heading: String, following: String? = nil) -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let files = (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            var lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if let following, let start = lines.firstIndex(of: following) { lines = Array(lines[start...]) }
            guard let at = lines.firstIndex(of: heading) else { continue }
            if let example = lines[(at + 1)...].first(where: { !$0.isEmpty }) {
                return example.replacingOccurrences(of: "[name]", with: "Dana").replacingOccurrences(of: "[role]", with: "Backend Engineer")
                    .replacingOccurrences(of: "[day/period]", with: "Friday")
            }
        }
        Issue.record("no example after '\(heading)' in \(seeds.path)")
        return ""
    }

    static let weak = seedExample(after: "Weak", following: "Weak example vs strong example")
    static let strong = seedExample(after: "Strong", following: "Weak example vs strong example")
    static let demanding = seedExample(after: "Bad example:", following: "A demanding tone")

    @Test("the article's weak example raises R1 and R7; its strong example is ready; its demanding sentence raises R2")
    func articleExamples() {
        #expect(rules(Self.weak).isSuperset(of: [.r1, .r7]))
        #expect(review(Self.strong).isReadyToSend)
        #expect(review(Self.strong).findings.isEmpty)
        #expect(rules(Self.demanding).contains(.r2))
    }

    @Test("R5 counts paragraphs between blank lines, however the blank lines are made")
    func paragraphs() {
        func many(_ count: Int, _ separator: String) -> String {
            (1...count).map { "Part \($0) of the note." }.joined(separator: separator)
        }
        func flagged(_ text: String) -> Bool {
            review(text, .thankYou).findings.contains { $0.rule == .r5 && $0.message.hasSuffix("paragraphs for a short message.") }
        }
        #expect(flagged(many(6, "\n\n")))
        #expect(flagged(many(6, "\r\n \t\r\n")))
        #expect(flagged("\n\n" + many(6, "\n \n") + "\n\n"))
        #expect(!flagged(many(5, "\n\n")))
        // Lines with text and no blank line between them are one paragraph.
        #expect(!flagged(many(12, "\n")))
        #expect(review(many(7, "\n\n"), .thankYou).findings.contains { $0.message == "7 paragraphs for a short message." })
        #expect(LengthRule.paragraphCount(Array(" a\nb\n\t\nc\n\n\n d \n".utf8)) == 3)
        #expect(LengthRule.paragraphCount(Array("".utf8)) == 0)
        #expect(LengthRule.paragraphCount(Array(" \n\t\r\n".utf8)) == 0)
    }

    static let paraphraseCases: [(String, Set<ReviewRuleID>, Bool)] = [
        (
            "Hello! Writing because I'm so nervous about this one, I loved the team, any news would really help.", Set<ReviewRuleID>([.r1, .r7]),
            false
        ),
        (
            "Hi Sam, following up on the Data Engineer process. You mentioned an update this week; is there any news on next steps? Thanks, Ana",
            Set<ReviewRuleID>(), true
        ),
        ("Two weeks have gone by... it has been two weeks and still no response from anyone.", [ReviewRuleID.r2], false),
    ]

    @Test("our own paraphrases of the same three behave the same", arguments: paraphraseCases)
    func paraphrases(text: String, expected: Set<ReviewRuleID>, ready: Bool) {
        #expect(rules(text).isSuperset(of: expected))
        #expect(review(text).isReadyToSend == ready)
    }

    @Test(
        "each phrase rule fires on what it names, and not on near misses",
        arguments: [
            ("I am not anxious about the timing, just checking in on the process. Any update? Thanks", ReviewRuleID.r1, true),
            ("Loved hearing about the anxiety module you built for the process review. Any update? Thanks", .r1, false),
            ("This is my dream role; is there news on the process? Thanks", .r1, true),
            ("Is there any update on the process?!! Thanks", .r1, true),
            ("I have been waiting for an update on the process; any news? Thanks", .r2, true),
            ("You said you would reply by Friday about the process. Any news? Thanks", .r2, true),
            ("Could you give me your decision by tomorrow on the process? Thanks", .r3, true),
            ("I have over ten years of experience in Go, so I am the perfect candidate. Any update on the process? Thanks", .r4, true),
            ("Sorry to bother you again. Is there any update on the process? Thanks", .r6, true),
            ("I know you are very busy, but is there any update on the process? Thanks", .r6, true),
            ("I received another offer. Is there any update on the process? Thanks", .r11, true),
            ("Is there any update on the process? Thanks", .r11, false),
            ("Is there any update on the process?", .r9, true),
            ("I am following up on the process. Thanks", .r8, true),
            ("Is there an update on the process? When will you decide? Thanks", .r8, true),
        ])
    func englishRules(text: String, rule: ReviewRuleID, fires: Bool) {
        #expect(rules(text).contains(rule) == fires, "\(rule) on: \(text)")
    }

    @Test(
        "every rule exists in Brazilian Portuguese too",
        arguments: [
            ("Tô muito ansiosa, é a vaga dos meus sonhos. Alguma novidade sobre o processo? Obrigada", ReviewRuleID.r1, true),
            ("Não estou nada ansiosa com o prazo. Alguma novidade sobre o processo? Obrigada", .r1, true),
            ("Gostei do módulo de ansiedade que vocês criaram. Alguma novidade sobre o processo? Obrigada", .r1, false),
            ("Já faz duas semanas e ainda não recebi nenhuma resposta sobre o processo. Alguma novidade? Obrigado", .r2, true),
            ("Vocês disseram que dariam retorno na sexta. Alguma novidade sobre o processo? Obrigado", .r2, true),
            ("Preciso de uma resposta até amanhã sobre o processo. Obrigado", .r3, true),
            ("Tenho mais de dez anos de experiência e sou o candidato ideal. Alguma novidade sobre o processo? Obrigado", .r4, true),
            ("Desculpe o incômodo. Há alguma novidade sobre o processo? Obrigado", .r6, true),
            ("Sei que vocês estão muito ocupados, mas há novidade sobre o processo? Obrigado", .r6, true),
            ("Recebi outra proposta. Há alguma novidade sobre o processo? Obrigado", .r11, true),
            ("Há alguma novidade sobre o processo?", .r9, true),
            ("Escrevo para acompanhar o processo. Obrigado", .r8, true),
            ("Oi, tudo bem? Queria saber se já tem resposta. Obrigado", .r7, true),
        ])
    func portugueseRules(text: String, rule: ReviewRuleID, fires: Bool) {
        #expect(rules(text, .checkIn, .brazilianPortuguese).contains(rule) == fires, "\(rule) on: \(text)")
    }

    @Test("a greeting question is not the message's question")
    func pleasantries() {
        #expect(
            review("Oi, Ana, tudo bem? Poderia me dizer se há novidade sobre o processo? Obrigado", .checkIn, .brazilianPortuguese).figures.questions
                == 1)
        #expect(review("Hi Dana, how are you? Is there any update on the process? Thanks").findings.filter { $0.rule == .r8 }.isEmpty)
        #expect(rules("Hi Dana, how are you? I am following up on the process. Thanks").contains(.r8))
    }

    @Test("a thank-you needs no question and has a larger word budget")
    func thankYou() {
        let text =
            "Thanks for today's conversation, Dana. I especially enjoyed the discussion about event sourcing, and I am even more interested in the role."
        #expect(review(text, .thankYou).findings.isEmpty)
        #expect(rules(text, .checkIn).contains(.r8))
    }

    @Test("R5: over the budget, and long sentences, are flagged with the count")
    func length() {
        let long =
            Array(repeating: "I am following up on the process and the role and the team", count: 8).joined(separator: ", ") + ". Any update? Thanks"
        let findings = review(long).findings.filter { $0.rule == .r5 }
        #expect(findings.contains { $0.message.hasPrefix("\(ReviewText(long, language: .english).words.count) words") })
        #expect(findings.contains { $0.message.contains("-word sentence") })
    }

    @Test("findings point at the exact words, with 1-based line and column")
    func spans() {
        let text = "Hi Dana,\nI'm so nervous. Any update on the process? Thanks"
        let finding = review(text).findings.first { $0.rule == .r1 }!
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[finding.start..<finding.end], as: UTF8.self) == "I'm so nervous")
        #expect(finding.line == 2)
        #expect(finding.column == 1)
    }

    @Test("R7 with a process: naming the role counts, and a known timeline must be referred to")
    func vagueWithProcess() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        s.promised("2026-03-13", at: "2026-03-11 14:30")
        let named = "Hi Dana, checking in on the Backend Engineer role. Is there any update on next steps? Thanks"
        let result = review(named, process: s.state)
        #expect(result.findings.filter { $0.rule == .r7 }.map(\.severity) == [.warning])
        #expect(review(named + " The update was expected by Friday.", process: s.state).findings.filter { $0.rule == .r7 }.isEmpty)
    }

    @Test("R3 is only noted, and R11 only a reminder, when a real outside deadline is on record")
    func realContext() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        let text = "I received another offer and need an answer by Friday. Is that possible for the process? Thanks"
        #expect(review(text, process: s.state).findings.first { $0.rule == .r3 }?.severity == .error)
        #expect(review(text, process: s.state).findings.first { $0.rule == .r11 }?.severity == .warning)
        s.context(.offer(deadline: Day(iso: "2026-03-20")!), at: "2026-03-12 10:00")
        #expect(review(text, process: s.state).findings.first { $0.rule == .r3 }?.severity == .info)
        #expect(review(text, process: s.state).findings.first { $0.rule == .r11 }?.severity == .info)
    }

    @Test("R10: too soon after the last message, and beyond the cap")
    func volume() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        s.sent(.checkIn, at: "2026-03-18 10:00")
        let text = "Hi Dana, following up on the process. Any update? Thanks"
        #expect(review(text, process: s.state, now: s.time("2026-03-19 10:00")).findings.first { $0.rule == .r10 }?.severity == .warning)
        #expect(review(text, process: s.state, now: s.time("2026-03-24 10:00")).findings.first { $0.rule == .r10 } == nil)
        s.sent(.final, at: "2026-03-23 10:00")
        #expect(review(text, process: s.state, now: s.time("2026-03-30 10:00")).findings.first { $0.rule == .r10 }?.severity == .error)
    }

    @Test("R10 says what the policy says: a final follow-up ends the round even below the cap")
    func volumeAsksThePolicy() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        s.sent(.final, at: "2026-03-18 10:00")
        let text = "Hi Dana, following up on the process. Any update? Thanks"
        let at = s.time("2026-03-30 10:00")
        #expect(review(text, process: s.state, now: at).findings.first { $0.rule == .r10 }?.severity == .error)
        #expect(FollowUpPolicy().advice(for: s.state, at: at, calendar: .weekendsOnly).action != .followUp)
    }

    @Test("figures: words, sentences, questions and reading ease")
    func figures() {
        let figures = review(Self.strong).figures
        #expect(figures.words == 38)
        #expect(figures.sentences == 5)
        #expect(figures.questions == 1)
        #expect(figures.readingEase > 50)
    }
}

@Suite struct PhraseListTests {
    /// `|` separates single words; a multi-word alternative silently needs every word. Catch that in the data.
    @Test("every phrase in every list can match a sentence built from its own first alternatives")
    func everyPhraseMatchesItself() {
        let lists: [PhraseList] = [
            EmotionRule.phrases, DemandingRule.phrases, ImmediateDecisionRule.phrases, ResumeRule.phrases, OverJustifyRule.phrases,
            OutsideDeadlineRule.phrases, QuestionRule.indirect, CourtesyRule.courtesy, VagueRule.processWords, VagueRule.timelineWords,
        ]
        for list in lists {
            for (language, entries) in [(Language.english, list.english), (.brazilianPortuguese, list.portuguese)] {
                for entry in entries {
                    for choice in 0..<3 {
                        let sentence = entry.pattern.description.split(separator: " ").compactMap { token -> String? in
                            if token.hasPrefix("...") { return nil }
                            let body = token.hasPrefix("[") ? token.dropFirst().dropLast() : Substring(token)
                            let options = body.split(separator: "|")
                            var option = String(options[min(choice, options.count - 1)])
                            if option.hasPrefix("@") {
                                let members = WordClasses.of(language).words(of: String(option.dropFirst()))
                                #expect(!members.isEmpty, "'\(entry.pattern)' names an unknown class \(option)")
                                option = members[min(choice, members.count - 1)]
                            }
                            return option.replacingOccurrences(of: "*", with: "o")
                        }.joined(separator: " ")
                        let text = ReviewText(sentence, language: language)
                        #expect(!entry.pattern.matches(in: text).isEmpty, "'\(entry.pattern)' does not match '\(sentence)'")
                    }
                }
            }
        }
    }
}
