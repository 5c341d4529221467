/// A sentence scorer behind R1's and R2's constructions, for the anxious or demanding sentence no
/// construction names.
///
/// A linear model over what the reviewer already reads of a sentence: its normalised words, the
/// word classes they belong to (`WordClasses`) and its punctuation. The weights are learnt by
/// `Benchmarks/accuracy/train_scorer.py` (logistic regression, cross-validated by source page) and
/// shipped as data (`ToneScorer+Weights.swift`), turned into look-up tables once. A sentence scores
/// the bias plus the weights of the features present in it; above the model's threshold it is a
/// finding that names the sentence and the words that weighed most.
struct ToneScorer: Sendable {
    /// One rule's model in one language, as the training script writes it.
    struct Model: Sendable {
        let rule: ReviewRuleID
        let bias: Double
        let threshold: Double
        /// Feature names (`w:word`, `c:class`, `p:!`, `p:!!`, `p:dots`, `p:caps`) and weights.
        let weights: [(String, Double)]
    }

    let rule: ReviewRuleID
    let bias: Double
    let threshold: Double
    /// Each known word's own weight (0 when only its classes weigh) and its classes as a mask of
    /// bits indexed into `classWeights` (at most 64 classes): one look-up a word.
    private let words: WordMap<Known>
    private let classWeights: [Double]
    /// Class stems sorted by first byte; `stemRanges[b] ..< stemRanges[b + 1]` start with byte `b`.
    private let stems: [(stem: [UInt8], mask: UInt64)]
    private let stemRanges: [Int32]

    struct Known: Sendable {
        var weight: Double
        var mask: UInt64
    }

    private let exclamation, stacked, dots, capitals: Double

    init(_ model: Model, classes: WordClasses) {
        rule = model.rule
        bias = model.bias
        threshold = model.threshold
        var known: [String: Known] = [:]
        var byClass: [String: Double] = [:]
        var punctuation: [String: Double] = [:]
        for (name, weight) in model.weights {
            if name.hasPrefix("w:") { known[String(name.dropFirst(2)), default: Known(weight: 0, mask: 0)].weight = weight }
            if name.hasPrefix("c:") { byClass[String(name.dropFirst(2))] = weight }
            if name.hasPrefix("p:") { punctuation[String(name.dropFirst(2))] = weight }
        }
        var weights: [Double] = []
        var stems: [(stem: [UInt8], mask: UInt64)] = []
        for (name, weight) in byClass.sorted(by: { $0.key < $1.key }).prefix(64) {
            let bit = UInt64(1) << UInt64(weights.count)
            weights.append(weight)
            for member in classes.words(of: name) {
                if member.hasSuffix("*") {
                    stems.append((Array(ReviewText.fold(String(member.dropLast())).utf8), bit))
                } else {
                    known[ReviewText.fold(member), default: Known(weight: 0, mask: 0)].mask |= bit
                }
            }
        }
        words = WordMap(known.map { ($0.key, $0.value) })
        classWeights = weights
        stems.sort { ($0.stem.first ?? 0) < ($1.stem.first ?? 0) }
        var ranges = [Int32](repeating: 0, count: 257)
        for (stem, _) in stems { ranges[Int(stem.first ?? 0) + 1] += 1 }
        for byte in 0..<256 { ranges[byte + 1] += ranges[byte] }
        self.stems = stems
        stemRanges = ranges
        exclamation = punctuation["!"] ?? 0
        stacked = punctuation["!!"] ?? 0
        dots = punctuation["dots"] ?? 0
        capitals = punctuation["caps"] ?? 0
    }

    /// The scorer for a rule in a language, built once; nil where training found no threshold
    /// precise enough out of fold (an infinite one), so a silent model costs nothing.
    static func scorer(for rule: ReviewRuleID, in language: Language) -> ToneScorer? {
        let scorer: ToneScorer? =
            switch (rule, language) {
            case (.r1, .english): englishEmotion
            case (.r2, .english): englishDemanding
            case (.r1, .brazilianPortuguese): portugueseEmotion
            case (.r2, .brazilianPortuguese): portugueseDemanding
            default: nil
            }
        return scorer?.threshold.isFinite == true ? scorer : nil
    }

    private static let englishEmotion = ToneScorer(englishR1, classes: .english)
    private static let englishDemanding = ToneScorer(englishR2, classes: .english)
    private static let portugueseEmotion = ToneScorer(portugueseR1, classes: .portuguese)
    private static let portugueseDemanding = ToneScorer(portugueseR2, classes: .portuguese)

    /// A sentence's score and its two words that weighed most (word indices).
    struct Score: Equatable {
        var value: Double
        /// The two words' indices, -1 where fewer words weighed.
        var strongest: (Int, Int)

        var cues: [Int] { [strongest.0, strongest.1].filter { $0 >= 0 }.sorted() }

        static func == (lhs: Score, rhs: Score) -> Bool { lhs.value == rhs.value && lhs.strongest == rhs.strongest }
    }

    /// Scores every sentence of the text, in order.
    func scores(in text: ReviewText) -> [Score] {
        var result: [Score] = []
        result.reserveCapacity(text.sentences.count)
        var wordIndex = 0
        var seenWords: [UInt64] = []
        for (sentence, range) in text.sentences.enumerated() {
            var value = bias
            // The two words that weighed most, without a list per sentence.
            var top: (first: (index: Int, weight: Double), second: (index: Int, weight: Double)) = ((-1, 0), (-1, 0))
            seenWords.removeAll(keepingCapacity: true)
            var seenClasses: UInt64 = 0
            while wordIndex < text.words.count, text.words[wordIndex].sentence < sentence { wordIndex += 1 }
            var index = wordIndex
            while index < text.words.count, text.words[index].sentence == sentence {
                let word = text.words[index]
                var contribution = 0.0
                text.withBytes(of: word) { bytes in
                    let known = words.value(hash: word.hash, bytes: bytes)
                    // Only weighted words need remembering: the others add nothing however often they come.
                    if let weight = known?.weight, weight != 0, !seenWords.contains(word.hash) {
                        seenWords.append(word.hash)
                        contribution += weight
                    }
                    var mask = known?.mask ?? 0
                    if let first = bytes.first {
                        for stem in Int(stemRanges[Int(first)])..<Int(stemRanges[Int(first) + 1]) where bytes.starts(with: stems[stem].stem) {
                            mask |= stems[stem].mask
                        }
                    }
                    var new = mask & ~seenClasses
                    seenClasses |= mask
                    while new != 0 {
                        contribution += classWeights[new.trailingZeroBitCount]
                        new &= new - 1
                    }
                }
                value += contribution
                if contribution > top.first.weight {
                    top = ((index, contribution), top.first)
                } else if contribution > top.second.weight {
                    top.second = (index, contribution)
                }
                index += 1
            }
            value += punctuationWeight(text, range, words: wordIndex..<index)
            result.append(Score(value: value, strongest: (top.first.index, top.second.index)))
        }
        return result
    }

    private func punctuationWeight(_ text: ReviewText, _ range: Range<Int>, words: Range<Int>) -> Double {
        var weight = 0.0
        let bytes = text.bytes[range]
        if bytes.contains(UInt8(ascii: "!")) {
            weight += exclamation
            var previous: UInt8 = 0
            for byte in bytes {
                let mark = byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                if mark && (previous == UInt8(ascii: "!") || previous == UInt8(ascii: "?")) {
                    weight += stacked
                    break
                }
                previous = byte
            }
        }
        var previous: UInt8 = 0
        for byte in bytes {
            if (byte == UInt8(ascii: ".") && previous == UInt8(ascii: ".")) || (byte == 0xA6 && previous == 0x80) {
                weight += dots
                break
            }
            previous = byte
        }
        for index in words {
            let word = text.words[index]
            let original = text.bytes[word.start..<word.end]
            if original.count >= 2, original.allSatisfy({ $0 >= 65 && $0 <= 90 }), !original.elementsEqual("OK".utf8) {
                weight += capitals
                break
            }
        }
        return weight
    }

    /// Findings for the sentences above the threshold that no construction of the rule already
    /// flagged.
    func findings(in text: ReviewText, language: Language, besides flagged: [Finding]) -> [Finding] {
        var findings: [Finding] = []
        for (sentence, score) in scores(in: text).enumerated() where score.value >= threshold && score.strongest.0 >= 0 {
            let range = text.sentences[sentence]
            guard !flagged.contains(where: { $0.rule == rule && range.contains($0.start) }) else { continue }
            let cues = score.cues.map { "\u{201C}" + text.excerpt(text.words[$0].start, text.words[$0].end) + "\u{201D}" }
            let first = text.words.first { $0.sentence == sentence }?.start ?? range.lowerBound
            let last = text.words.last { $0.sentence == sentence }?.end ?? range.upperBound
            findings.append(
                Finding(
                    rule: rule, severity: .warning, in: text, start: first, end: max(last, first),
                    message: Self.message(rule, language, cues: cues.joined(separator: language == .english ? " and " : " e ")),
                    suggestion: Self.suggestion(rule, language)))
        }
        return findings
    }

    private static func message(_ rule: ReviewRuleID, _ language: Language, cues: String) -> String {
        switch (rule, language) {
        case (.r1, .english): "This sentence reads as anxious or needy (strongest cues: \(cues))."
        case (.r1, _): "Esta frase soa ansiosa ou carente (pistas mais fortes: \(cues))."
        case (_, .english): "This sentence reads as impatient or demanding (strongest cues: \(cues))."
        default: "Esta frase soa impaciente ou cobradora (pistas mais fortes: \(cues))."
        }
    }

    private static func suggestion(_ rule: ReviewRuleID, _ language: Language) -> String {
        switch (rule, language) {
        case (.r1, .english): "Keep to the process: \"I remain very interested in the role.\""
        case (.r1, _): "Fique no processo: \"Sigo com muito interesse na vaga.\""
        case (_, .english): "Ask one easy question instead: \"Is there any update on next steps?\""
        default: "Faça uma pergunta simples: \"Há alguma atualização sobre os próximos passos?\""
        }
    }
}
