import Foundation
import Testing

@testable import FollowUpCore

/// SPEC §2 on fixed dates. March 2026: Wed 11 is the interview, Fri 13 the promised day, Mon 16 the
/// first business day after it; New York is on EDT (−04:00) from Sun 8 March.
@Suite struct FollowUpPolicyTests {
    func waitingForFriday() -> Scenario {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        s.promised("2026-03-13", at: "2026-03-11 14:30")
        return s
    }

    @Test("P2: inside the promised timeline the advice is to wait, until the first business day after it")
    func waitInsideTimeline() {
        let s = waitingForFriday()
        for now in ["2026-03-12 10:00", "2026-03-13 23:59"] {
            let advice = s.advice(at: now)
            #expect(advice.action == .wait)
            #expect(advice.rule == .p2)
            #expect(advice.window?.latest == s.time("2026-03-16 09:00"))
            #expect(advice.explanation.contains("the answer is due Fri 13 Mar"))
            #expect(advice.explanation.contains("next look on Mon 16 Mar"))
        }
    }

    @Test("an explanation is data written when read: equal advice reads the same, another day is another reason, a fixed one stays")
    func explanationIsData() {
        let advice = waitingForFriday().advice(at: "2026-03-12 10:00")
        #expect(advice == waitingForFriday().advice(at: "2026-03-12 10:00"))
        #expect(advice.explanation == advice.explanation)
        #expect(advice.explanation.hasPrefix("Nothing to do for Acme"))
        let nextDay = waitingForFriday().advice(at: "2026-03-13 10:00")
        #expect(nextDay.rule == advice.rule && nextDay.reason != advice.reason && nextDay.explanation != advice.explanation)
        let fixed = Advice(processID: "acme", action: .none, rule: nil, window: nil, explanation: "As given.", draftKind: nil, zone: .utc)
        #expect(fixed.explanation == "As given.")
    }

    @Test("P3: a Friday deadline means a check-in on Monday or Tuesday, 9:00–11:00 in the recruiter's zone")
    func afterFridayDeadline() {
        let s = waitingForFriday()
        let onMonday = s.advice(at: "2026-03-16 10:00")
        #expect(onMonday.action == .followUp)
        #expect(onMonday.rule == .p3)
        #expect(onMonday.draftKind == .checkIn)
        #expect(s.window(onMonday) == ["2026-03-16T09:00:00-04:00", "2026-03-17T11:00:00-04:00"])
        #expect(onMonday.isDue(at: s.time("2026-03-16 10:00")))
        // On Saturday the deadline has passed, and the check-in is coming up on Monday.
        let onSaturday = s.advice(at: "2026-03-14 10:00")
        #expect(onSaturday.action == .followUp)
        #expect(!onSaturday.isDue(at: s.time("2026-03-14 10:00")))
    }

    @Test("P3: a deadline on the Friday before a Monday holiday moves the window to Tuesday and Wednesday")
    func deadlineBeforeHoliday() {
        var s = Scenario()
        s.calendar = BusinessCalendar(holidays: [Day(year: 2026, month: 5, day: 25)!], name: "test")
        s.interviewed("2026-05-19 14:00")
        s.promised("2026-05-22", at: "2026-05-19 14:30")
        let advice = s.advice(at: "2026-05-26 08:00")
        #expect(advice.rule == .p3)
        #expect(s.window(advice) == ["2026-05-26T09:00:00-04:00", "2026-05-27T11:00:00-04:00"])
    }

    @Test("P3: a promised range's deadline is its last day")
    func rangeDeadline() {
        var s = Scenario()
        s.interviewed("2026-03-09 14:00")
        s.promised("2026-03-11..2026-03-13", at: "2026-03-09 15:00")
        #expect(s.advice(at: "2026-03-12 10:00").rule == .p2)
        #expect(s.advice(at: "2026-03-12 10:00").explanation.contains("between Wed 11 Mar and Fri 13 Mar"))
        #expect(s.window(s.advice(at: "2026-03-16 10:00")) == ["2026-03-16T09:00:00-04:00", "2026-03-17T11:00:00-04:00"])
    }

    @Test("P3: once the best days have passed, one check-in is still advised from the next sending hours")
    func lateCheckIn() {
        let s = waitingForFriday()
        let advice = s.advice(at: "2026-03-19 15:00")
        #expect(advice.action == .followUp)
        #expect(s.window(advice) == ["2026-03-20T09:00:00-04:00", "2026-03-23T11:00:00-04:00"])
        #expect(advice.explanation.contains("has passed"))
    }

    @Test("P4: without a timeline, one check-in on business days 5 to 7 after the interview")
    func noTimeline() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        let advice = s.advice(at: "2026-03-12 10:00")
        #expect(advice.action == .followUp)
        #expect(advice.rule == .p4)
        #expect(s.window(advice) == ["2026-03-18T09:00:00-04:00", "2026-03-20T11:00:00-04:00"])
        #expect(!advice.isDue(at: s.time("2026-03-12 10:00")))
        #expect(s.advice(at: "2026-03-18 09:30").isDue(at: s.time("2026-03-18 09:30")))
    }

    @Test("P4: a promise with no date starts the no-timeline wait from the day it was said, and replaces a dated one")
    func promiseWithoutDate() {
        var s = Scenario()
        s.interviewed("2026-03-09 14:00")
        s.promised("2026-03-13", at: "2026-03-09 15:00")
        s.promisedNoDate(at: "2026-03-11 10:00")
        let advice = s.advice(at: "2026-03-12 10:00")
        #expect(advice.rule == .p4)
        #expect(s.window(advice) == ["2026-03-18T09:00:00-04:00", "2026-03-20T11:00:00-04:00"])
        #expect(advice.explanation.contains("named no date"))
    }

    @Test("P5: an unanswered check-in gets one final attempt 3 to 5 business days later")
    func finalAttempt() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        let advice = s.advice(at: "2026-03-17 10:00")
        #expect(advice.action == .finalFollowUp)
        #expect(advice.rule == .p5)
        #expect(advice.draftKind == .final)
        #expect(s.window(advice) == ["2026-03-19T09:00:00-04:00", "2026-03-23T11:00:00-04:00"])
    }

    @Test("P6: after the final attempt, wait 5 business days, then move on")
    func moveOn() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.sent(.final, at: "2026-03-19 09:30")
        let waiting = s.advice(at: "2026-03-20 10:00")
        #expect(waiting.action == .wait)
        #expect(waiting.rule == .p6)
        #expect(waiting.window?.latest == s.time("2026-03-26 00:00"))
        let after = s.advice(at: "2026-03-26 08:00")
        #expect(after.action == .moveOn)
        #expect(after.rule == .p6)
        #expect(after.draftKind == nil)
    }

    @Test("P7: a third follow-up is advised against")
    func cap() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.sent(.checkIn, at: "2026-03-19 09:30")
        let verdict = s.verdict(.checkIn, at: "2026-03-30 10:00")
        #expect(!verdict.isAdvised)
        #expect(verdict.rule == .p7)
        #expect(verdict.appropriateFrom == nil)
    }

    @Test("P8: a reply with a new timeline puts P2 in force again and clears the follow-up count")
    func replyWithTimeline() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.replied(at: "2026-03-16 16:00", by: "2026-03-20")
        let before = s.advice(at: "2026-03-18 10:00")
        #expect(before.rule == .p2)
        let after = s.advice(at: "2026-03-23 10:00")
        #expect(after.rule == .p3)
        #expect(after.action == .followUp)
    }

    @Test("P8: an invitation to continue asks for a response, then nothing is due until the next step")
    func invitation() {
        var s = waitingForFriday()
        s.replied(at: "2026-03-13 11:00", invites: true)
        #expect(s.advice(at: "2026-03-13 12:00").action == .respond)
        s.sent(.other, at: "2026-03-13 13:00")
        let advice = s.advice(at: "2026-03-25 10:00")
        #expect(advice.action == .wait)
        #expect(advice.rule == .p8)
        #expect(s.state.status == .active)
    }

    @Test("P8: a new interview round starts a new cycle and P1 again")
    func newRound() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.interviewed("2026-03-20 15:00", kind: .panel)
        let thanks = s.advice(at: "2026-03-20 17:00")
        #expect(thanks.action == .thankYou)
        #expect(s.state.round?.number == 2)
        // The earlier check-in no longer counts: the next follow-up is P4 from the new interview.
        let later = s.advice(at: "2026-03-23 10:00")
        #expect(later.rule == .p4)
        #expect(s.window(later) == ["2026-03-27T09:00:00-04:00", "2026-03-31T11:00:00-04:00"])
    }

    @Test("P1: a thank-you after a personal, hiring-manager or panel interview, within 24 hours")
    func thankYou() {
        for (kind, personal, expected) in [
            (InterviewKind.technical, true, true), (.hiringManager, false, true), (.panel, false, true),
            (.screening, false, false), (.technical, false, false),
        ] {
            var s = Scenario()
            s.interviewed("2026-03-11 14:00", kind: kind, personal: personal, topics: "event sourcing")
            let advice = s.advice(at: "2026-03-11 16:00")
            #expect((advice.action == .thankYou) == expected, "\(kind) personal=\(personal)")
            if expected {
                #expect(advice.rule == .p1)
                #expect(s.window(advice) == ["2026-03-11T15:00:00-04:00", "2026-03-12T15:00:00-04:00"])
                #expect(advice.explanation.contains("optional"))
                #expect(advice.explanation.contains("event sourcing"))
                // After 24 hours it leaves the agenda.
                #expect(s.advice(at: "2026-03-12 15:01").action != .thankYou)
            }
        }
    }

    @Test("P1: the user can opt in to thank-yous after every interview, or out of them")
    func thankYouPreference() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00", kind: .screening)
        s.settings.thankYou = .always
        #expect(s.advice(at: "2026-03-11 16:00").action == .thankYou)
        s.interviewed("2026-03-12 14:00", kind: .panel)
        s.settings.thankYou = .never
        #expect(s.advice(at: "2026-03-12 16:00").action != .thankYou)
    }

    @Test("P1: once a thank-you is sent, it is not advised again")
    func thankYouSent() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00", kind: .panel)
        s.sent(.thankYou, at: "2026-03-11 18:00")
        #expect(s.advice(at: "2026-03-11 19:00").rule == .p4)
        #expect(!s.verdict(.thankYou, at: "2026-03-11 19:00").isAdvised)
    }

    @Test("P9: a competing offer with a deadline inside the spacing gap is advised now")
    func offerInsideSpacing() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.context(.offer(deadline: Day(year: 2026, month: 3, day: 18)!), at: "2026-03-16 14:00")
        let advice = s.advice(at: "2026-03-16 14:05")
        #expect(advice.action == .align)
        #expect(advice.rule == .p9)
        #expect(advice.draftKind == .alignment)
        #expect(s.window(advice) == ["2026-03-17T09:00:00-04:00", "2026-03-17T11:00:00-04:00"])
    }

    @Test("P9: a later outside deadline waits out the spacing, and the window ends the business day before it")
    func offerOutsideSpacing() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.context(.offer(deadline: Day(year: 2026, month: 3, day: 30)!), at: "2026-03-16 14:00")
        let advice = s.advice(at: "2026-03-16 14:05")
        #expect(s.window(advice) == ["2026-03-18T09:00:00-04:00", "2026-03-27T11:00:00-04:00"])
    }

    @Test("P9: advised once per context; an alignment message answers it")
    func alignmentOnce() {
        var s = waitingForFriday()
        s.context(.finalRoundElsewhere, at: "2026-03-12 10:00")
        #expect(s.advice(at: "2026-03-12 10:05").action == .align)
        s.sent(.alignment, at: "2026-03-12 10:30")
        #expect(s.advice(at: "2026-03-12 11:00").action == .wait)
        #expect(!s.verdict(.alignment, at: "2026-03-12 11:00").isAdvised)
    }

    @Test("P9: a passed outside deadline is no longer advised")
    func staleOffer() {
        var s = waitingForFriday()
        s.context(.offer(deadline: Day(year: 2026, month: 3, day: 12)!), at: "2026-03-11 16:00")
        #expect(s.advice(at: "2026-03-13 10:00").action == .wait)
    }

    @Test("P10: never advise a message less than 2 business days after the last one")
    func spacing() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        s.context(.availabilityChanged("starting in May"), at: "2026-03-19 08:00")
        s.sent(.alignment, at: "2026-03-19 09:30")
        let advice = s.advice(at: "2026-03-19 10:00")
        #expect(advice.rule == .p10)
        #expect(s.window(advice) == ["2026-03-23T09:00:00-04:00", "2026-03-23T11:00:00-04:00"])
        #expect(advice.explanation.contains("P10"))
    }

    @Test("P11: a check-in before the deadline gets a clear not-yet with the date it becomes right")
    func tooEarly() {
        let s = waitingForFriday()
        let verdict = s.verdict(.checkIn, at: "2026-03-12 10:00")
        #expect(!verdict.isAdvised)
        #expect(verdict.rule == .p11)
        #expect(verdict.appropriateFrom == s.time("2026-03-16 09:00"))
        #expect(verdict.reason.contains("Not yet"))
        #expect(s.verdict(.checkIn, at: "2026-03-16 09:30").isAdvised)
    }

    @Test("P11: without a timeline, writing on day 2 is not yet, and says from when")
    func tooEarlyNoTimeline() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        let verdict = s.verdict(.checkIn, at: "2026-03-13 10:00")
        #expect(!verdict.isAdvised)
        #expect(verdict.appropriateFrom == s.time("2026-03-18 09:00"))
        #expect(verdict.reason.contains("anxiety, not new context"))
    }

    @Test("closing comes first; a later reply reopens the process")
    func closing() {
        var s = waitingForFriday()
        s.context(.finalRoundElsewhere, at: "2026-03-12 09:00")
        s.closed(.rejected, at: "2026-03-12 10:00")
        let closed = s.advice(at: "2026-03-12 11:00")
        #expect(closed.action == .none)
        #expect(closed.explanation.contains("rejected"))
        #expect(s.state.status == .closed(.rejected, at: s.time("2026-03-12 10:00")))
        s.replied(at: "2026-03-20 10:00", by: "2026-03-27")
        #expect(s.advice(at: "2026-03-20 11:00").rule == .p2)
        #expect(s.state.status == .waiting)
    }

    @Test("a retraction removes the event it names, and the history keeps both")
    func retraction() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        s.append("2026-03-16 09:31", .retracted(3))
        #expect(s.advice(at: "2026-03-16 10:00").rule == .p3)
        #expect(s.state.history.count == 4)
        #expect(s.state.latestUndoable?.id == 2)
    }

    @Test("advice at an earlier date ignores events that had not happened yet")
    func asOf() {
        var s = waitingForFriday()
        s.sent(.checkIn, at: "2026-03-16 09:30")
        #expect(s.advice(at: "2026-03-16 09:00").rule == .p3)
        #expect(s.advice(at: "2026-03-17 09:00").rule == .p5)
    }

    @Test("no interview yet: nothing to do, with no rule")
    func empty() {
        let s = Scenario()
        let advice = s.advice(at: "2026-03-16 09:00")
        #expect(advice.action == .none)
        #expect(advice.rule == nil)
    }

    @Test("the resolver tries the rules in SPEC §2's order: a closing outcome, P9, P1, then the cycle's own steps")
    func resolverOrder() {
        #expect(AdviceResolver.steps.map(\.name) == ["closed", "P9", "P1", "no interview", "P8", "P6", "P2", "P3/P4/P5"])
        #expect(AdviceResolver.cycleSteps.map(\.name) == ["no interview", "P8", "P6", "P2", "P3/P4/P5"])
    }

    @Test("when P9 and P1 both speak, P9 decides; when P1 and P2 both speak, P1 decides")
    func precedenceBetweenSpeakers() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00", kind: .panel)
        s.promised("2026-03-13", at: "2026-03-11 14:30")
        // A thank-you is due and the promised wait is in force: P1 speaks first.
        #expect(s.advice(at: "2026-03-11 16:00").rule == .p1)
        s.context(.offer(deadline: Day(year: 2026, month: 3, day: 18)!), at: "2026-03-11 15:00")
        // Real context as well: P9 speaks before both.
        #expect(s.advice(at: "2026-03-11 16:00").rule == .p9)
    }
}
