import Foundation
import Testing

@testable import FollowUpCore

/// One labelled message: its kind and the rules a careful reader would raise.
struct LabelledMessage: Sendable {
    var kind: MessageKind
    var text: String
    var rules: Set<ReviewRuleID>

    init(_ kind: MessageKind, _ text: String, _ rules: Set<ReviewRuleID>) {
        self.kind = kind
        self.text = text
        self.rules = rules
    }
}

/// Precision and recall per rule over the labelled sets; every rule with examples must reach 0.9 for both.
@Suite struct LabelledCorpusTests {
    /// Rules measured without a process (R10 needs one, so it is tested on its own).
    static let measured: [ReviewRuleID] = [.r1, .r2, .r3, .r4, .r5, .r6, .r7, .r8, .r9, .r11]

    @Test("each language has at least 80 labelled messages, good and bad, of every kind", arguments: Language.allCases)
    func size(language: Language) {
        let messages = language == .english ? LabelledEnglish.messages : LabelledPortuguese.messages
        #expect(messages.count >= 80)
        #expect(Set(messages.map(\.kind)) == [.checkIn, .thankYou, .final, .alignment])
        #expect(messages.filter(\.rules.isEmpty).count >= 10)
    }

    static func raised(_ message: LabelledMessage, _ language: Language) -> Set<ReviewRuleID> {
        Set(
            Reviewer().review(message.text, context: ReviewContext(kind: message.kind, language: language)).findings.filter {
                $0.severity != .info
            }.map(\.rule)
        ).intersection(measured)
    }

    @Test("each English message raises exactly its labelled rules", arguments: LabelledEnglish.messages.indices)
    func englishMessage(index: Int) {
        let message = LabelledEnglish.messages[index]
        #expect(Self.raised(message, .english) == message.rules.intersection(Self.measured), "\(message.text)")
    }

    @Test("each Portuguese message raises exactly its labelled rules", arguments: LabelledPortuguese.messages.indices)
    func portugueseMessage(index: Int) {
        let message = LabelledPortuguese.messages[index]
        #expect(Self.raised(message, .brazilianPortuguese) == message.rules.intersection(Self.measured), "\(message.text)")
    }

    @Test("precision and recall per rule are at least 0.9", arguments: Language.allCases)
    func precisionAndRecall(language: Language) {
        let messages = language == .english ? LabelledEnglish.messages : LabelledPortuguese.messages
        var truePositives: [ReviewRuleID: Int] = [:]
        var falsePositives: [ReviewRuleID: [String]] = [:]
        var falseNegatives: [ReviewRuleID: [String]] = [:]
        for message in messages {
            let raised = Set(
                Reviewer().review(message.text, context: ReviewContext(kind: message.kind, language: language)).findings.filter {
                    $0.severity != .info
                }.map(\.rule))
            for rule in Self.measured {
                switch (raised.contains(rule), message.rules.contains(rule)) {
                case (true, true): truePositives[rule, default: 0] += 1
                case (true, false): falsePositives[rule, default: []].append(message.text)
                case (false, true): falseNegatives[rule, default: []].append(message.text)
                case (false, false): break
                }
            }
        }
        var report: [String] = []
        for rule in Self.measured {
            let tp = Double(truePositives[rule] ?? 0)
            let fp = Double(falsePositives[rule]?.count ?? 0)
            let fn = Double(falseNegatives[rule]?.count ?? 0)
            guard tp + fn > 0 else { continue }
            let precision = tp + fp == 0 ? 1 : tp / (tp + fp)
            let recall = tp / (tp + fn)
            report.append(
                "\(rule.rawValue) precision \(String(format: "%.2f", precision)) recall \(String(format: "%.2f", recall)) (\(Int(tp + fn)) labelled)")
            #expect(precision >= 0.9, "\(rule.label) precision \(precision); raised on: \(falsePositives[rule] ?? [])")
            #expect(recall >= 0.9, "\(rule.label) recall \(recall); missed: \(falseNegatives[rule] ?? [])")
        }
        print("\(language.rawValue): " + report.joined(separator: "; "))
        for rule in Self.measured {
            for text in falsePositives[rule] ?? [] { print("  \(language.rawValue) \(rule.rawValue) raised on unlabelled: \(text)") }
            for text in falseNegatives[rule] ?? [] { print("  \(language.rawValue) \(rule.rawValue) missed: \(text)") }
        }
    }
}
