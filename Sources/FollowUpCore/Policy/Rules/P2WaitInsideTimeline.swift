import Foundation

/// P2: while the promised deadline has not passed, the advice is to wait, with the day that changes.
extension Situation {
    /// Speaks while a promised deadline of this cycle has not passed.
    func waitInsideTimeline() -> Advice? {
        guard let cycle = state.cycle, let deadline = cycle.deadline, now < zone.endOfDay(deadline.end) else { return nil }
        return waitForDeadline(deadline, cycle: cycle)
    }

    /// P2: inside the promised timeline, waiting is the advice.
    func waitForDeadline(_ deadline: Deadline, cycle: ProcessState.Cycle) -> Advice {
        let next = followUpAdvice(cycle)
        let window = next.window.map { AdviceWindow(earliest: now, latest: $0.earliest) }
        return make(.wait, .p2, window, waitText(deadline, nextWindow: next.window), draft: next.draftKind)
    }

    func waitText(_ deadline: Deadline, nextWindow: AdviceWindow?) -> String {
        let due = deadline.isRange ? "between \(say(deadline.start)) and \(sayNear(deadline.end))" : sayNear(deadline.end)
        let nextLook = nextWindow.map { say(zone.day(of: $0.earliest)) } ?? say(deadline.end.adding(days: 1))
        return "Nothing to do for \(company) — the answer is due \(due); next look on \(nextLook). Writing before then would be asking too early."
    }
}
