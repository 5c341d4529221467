import Foundation

/// SPEC §2's precedence in one place: when several rules speak at once, the first step in this
/// order that speaks gives the process's one piece of advice.
enum AdviceResolver {
    /// One rule's say: advice when it speaks, nil when it has nothing to say.
    struct Step: Sendable {
        let name: String
        let advice: @Sendable (Situation) -> Advice?

        init(_ name: String, _ advice: @escaping @Sendable (Situation) -> Advice?) {
            self.name = name
            self.advice = advice
        }
    }

    /// A closing outcome first, then P9, P1, then the cycle's steps.
    static let steps: [Step] =
        [
            Step("closed") { $0.closed() },
            Step("P9") { $0.alignment() },
            Step("P1") { $0.thankYou() },
        ] + cycleSteps

    /// Within the interview cycle: nothing before an interview; a reply's invitation or an agreed
    /// next step (P8); the cap reached, moving on (P6, P7); the promised wait (P2); otherwise the
    /// next follow-up (P3, P4 or P5, moved by P10). P11 judges a check-in against these alone.
    static let cycleSteps: [Step] = [
        Step("no interview") { $0.noInterviewYet() },
        Step("P8") { $0.replyResets() },
        Step("P6") { $0.moveOn() },
        Step("P2") { $0.waitInsideTimeline() },
        Step("P3/P4/P5") { $0.followUp() },
    ]

    /// The first advice in `steps`; the cycle's last two steps between them always speak.
    static func advice(in situation: Situation, steps: [Step] = steps) -> Advice {
        for step in steps {
            if let advice = step.advice(situation) { return advice }
        }
        preconditionFailure("no step spoke: the cycle's steps cover a process with and without an interview")
    }
}

extension Situation {
    /// A closed process: nothing to do, and a later reply would reopen it.
    func closed() -> Advice? {
        guard let closure = state.closure else { return nil }
        return make(.none, nil, nil, .closed(on: zone.day(of: closure.event.at), closure.outcome))
    }
}
