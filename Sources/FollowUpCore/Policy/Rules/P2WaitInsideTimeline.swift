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
        let nextLook = next.window.map { zone.day(of: $0.earliest) } ?? deadline.end.adding(days: 1)
        return make(.wait, .p2, window, .waitForDeadline(deadline, nextLook: nextLook), draft: next.draftKind)
    }
}

extension Phrasing {
    func wait(for deadline: Deadline, nextLook: Day) -> String {
        let due = deadline.isRange ? "between \(say(deadline.start)) and \(sayNear(deadline.end))" : sayNear(deadline.end)
        return
            "Nothing to do for \(company) — the answer is due \(due); next look on \(say(nextLook)). Writing before then would be asking too early."
    }
}
