import Testing

@testable import FollowUpCore

/// The core's refusals name no surface's controls: where a control is the remedy, it is data.
@Suite struct FollowUpErrorTests {
    static let samples: [FollowUpError] = [
        .unknownTimeZone("Mars/Base"), .invalidDate("Friday", expected: "write it as YYYY-MM-DD"), .invalidRegion("XX-"),
        .unknownRegion("ZZ", valid: ["BR", "US"]), .holidaysNotKnown(region: "BR", year: 1900, known: 2000...2040), .invalidLanguage("fr"),
        .noTimeline("thanks", words: 1), .unfinishedTimeline("within the next", read: "within the next", at: 15, expected: ["a number"]),
        .invalidContact("<>"), .emptyField("role"), .eventInFuture(what: "reply", at: "2026-03-21", now: "2026-03-20"),
        .alreadyClosed(outcome: .offer, on: "2026-03-20"), .nothingToUndo, .unknownSetting("x", valid: ["cap"]),
        .invalidSetting(key: "cap", value: "-1", expected: "a whole number"), .interviewEndsBeforeStart(end: "2026-03-11T09:00"),
        .alignmentWithoutContext,
    ]

    @Test("no message names a command-line option or command", arguments: samples)
    func neutral(_ error: FollowUpError) {
        #expect(!error.message.contains("--"), "\(error.message)")
        #expect(!error.message.contains("'followup "), "\(error.message)")
    }

    @Test("the refusals that end in a control say which, as data")
    func remedies() {
        #expect(FollowUpError.noTimeline("x", words: 1).remedy == .giveTheDay)
        #expect(FollowUpError.eventInFuture(what: "reply", at: "a", now: "b").remedy == .fixTheTime)
        #expect(FollowUpError.interviewEndsBeforeStart(end: "e").remedy == .fixTheEnd)
        #expect(FollowUpError.alignmentWithoutContext.remedy == .logContextOrChooseKind)
        #expect(FollowUpError.nothingToUndo.remedy == nil)
    }
}
