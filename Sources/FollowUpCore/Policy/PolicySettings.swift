/// The numbers behind the timing rules, with SPEC §2's defaults.
///
/// They are values rather than literals in the rules so a user can tune them (`followup settings`)
/// and tests can pin them.
public struct PolicySettings: Sendable, Equatable, Codable {
    /// When a thank-you is suggested (P1).
    public enum ThankYouPreference: String, Sendable, Codable, CaseIterable {
        /// When the interview was personal, with the hiring manager or a panel.
        case auto
        /// After every interview.
        case always
        /// Never suggested.
        case never
    }

    public var thankYou: ThankYouPreference = .auto
    /// How long after the interview ends a thank-you stays on the agenda (P1).
    public var thankYouHours: Int = 24
    /// Assumed interview length when no end is known (P1).
    public var interviewMinutes: Int = 60
    /// Business days after the deadline day for the one follow-up (P3).
    public var afterDeadlineDays: ClosedRange<Int> = 1...2
    /// Business days after the interview day when no timeline was given (P4).
    public var noTimelineDays: ClosedRange<Int> = 5...7
    /// Business days after the first follow-up for the final attempt (P5).
    public var finalAttemptDays: ClosedRange<Int> = 3...5
    /// Business days after the final attempt before advising to move on (P6).
    public var moveOnDays: Int = 5
    /// Unanswered follow-ups allowed per round (P7).
    public var cap: Int = 2
    /// Business days to leave after the user's last message (P10).
    public var spacingDays: Int = 2
    /// Business days an alignment stays advised when the new context has no deadline (P9).
    public var alignmentDays: Int = 2
    /// When messages should land, in the recruiter's zone.
    public var sendingHours: SendingHours = .standard

    /// SPEC §2's defaults.
    public init() {}
}
