import Foundation
import Testing

@testable import FollowUpCore

/// Today's order (SPEC §2 and §5): what is due first, then what is coming up, then the waits, then
/// the closed processes; within a group, the window that closes (or opens, or ends) soonest.
@Suite struct AgendaTests {
    /// A scenario whose process has its own id, so several can share one agenda.
    func process(_ id: String) -> Scenario {
        var s = Scenario()
        s.process = HiringProcess(
            id: ProcessID(id), company: id, role: "Engineer", contacts: [], zone: s.process.zone, createdAt: Date(timeIntervalSince1970: 0))
        return s
    }

    /// Monday 16 March 2026, 10:00 in New York.
    var now: Date { Scenario().time("2026-03-16 10:00") }

    func scenarios() -> [Scenario] {
        var dueTuesday = process("due-tuesday")  // P3 after a Friday deadline: Mon–Tue, 9:00–11:00
        dueTuesday.interviewed("2026-03-11 14:00")
        dueTuesday.promised("2026-03-13", at: "2026-03-11 14:30")
        var dueToday = process("due-today")  // P3 after a Thursday deadline: Fri–Mon, closing today at 11:00
        dueToday.interviewed("2026-03-05 14:00")
        dueToday.promised("2026-03-12", at: "2026-03-05 14:30")
        var thanks = process("thanks")  // P1 after this morning's panel: until tomorrow 10:00
        thanks.interviewed("2026-03-16 09:00", kind: .panel)
        var noTimeline = process("no-timeline")  // P4: business days 5–7, opening Wednesday
        noTimeline.interviewed("2026-03-11 14:00")
        var waiting = process("waiting")  // P2 until Friday's promise
        waiting.interviewed("2026-03-13 14:00")
        waiting.promised("2026-03-20", at: "2026-03-13 14:30")
        var closed = process("closed")
        closed.interviewed("2026-03-02 14:00")
        closed.closed(.rejected, at: "2026-03-09 10:00")
        return [waiting, closed, dueTuesday, noTimeline, thanks, dueToday]
    }

    func agenda(_ scenarios: [Scenario]) -> Agenda {
        Agenda(states: scenarios.map(\.state), at: now, policy: FollowUpPolicy()) { _ in .weekendsOnly }
    }

    @Test("groups in order, and within each the window that closes soonest first")
    func order() {
        let agenda = agenda(scenarios())
        #expect(agenda.items.map(\.process.id.rawValue) == ["due-today", "thanks", "due-tuesday", "no-timeline", "waiting", "closed"])
        #expect(agenda.items.map(\.group) == [.actNow, .actNow, .actNow, .comingUp, .waiting, .closed])
        #expect(agenda.items(in: .actNow).map(\.advice.rule) == [.p3, .p1, .p3])
        #expect(agenda.items(in: .comingUp).first?.advice.rule == .p4)
        #expect(agenda.items(in: .waiting).first?.advice.rule == .p2)
    }

    @Test("the order does not depend on the order the processes arrive in, and ties go by id")
    func stable() {
        let forward = agenda(scenarios()).items.map(\.process.id)
        #expect(agenda(scenarios().reversed()).items.map(\.process.id) == forward)
        // Two processes with the same advice: by id.
        let twins = ["b-twin", "a-twin"].map { id -> Scenario in
            var s = process(id)
            s.interviewed("2026-03-11 14:00")
            return s
        }
        #expect(agenda(twins).items.map(\.process.id.rawValue) == ["a-twin", "b-twin"])
    }

    @Test("items made one by one and ordered afterwards give the same agenda")
    func itemsThenOrder() {
        let states = scenarios().map(\.state)
        let items = states.map { Agenda.item(for: $0, at: now, policy: FollowUpPolicy(), calendar: .weekendsOnly) }
        #expect(Agenda(items: items).items == agenda(scenarios()).items)
        #expect(Agenda.order(of: items).map { items[$0].process.id } == agenda(scenarios()).items.map(\.process.id))
    }
}
