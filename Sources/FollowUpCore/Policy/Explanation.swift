import Foundation

/// Why a piece of advice says what it says, kept as data and written as a sentence when read: an
/// agenda judges every process, and the reasons of most are never shown (writing them all made
/// judging half again as slow).
public struct Explanation: Sendable, Equatable {
    /// What decided, with the days and windows the sentence names.
    enum Reason: Sendable, Equatable {
        /// A sentence given as it is.
        case written(String)
        case closed(on: Day, Outcome)
        case noInterview
        case invitation(replyDay: Day)
        case nextStepAgreed
        case alignment(ContextChange.Kind)
        case thankYou(reason: String, topics: String?, until: Date)
        case waitForDeadline(Deadline, nextLook: Day)
        case followUp(FollowUpReason, planned: AdviceWindow, span: ClosedRange<Int>, spacedTo: Date?, missed: AdviceWindow?, now: AdviceWindow)
        case finalAttemptSent(on: Day, moveOnBy: Day)
        case moveOn(since: Day)
    }

    /// What a follow-up answers.
    enum FollowUpReason: Sendable, Equatable {
        case unanswered(Day, final: Bool)
        case deadlinePassed(Day)
        /// No date since the anchor: the interview, a reply, or a promise that named none.
        case noTimeline(Day, after: Event.Kind)
    }

    /// The reason and its phrasing in one shared box: advice is copied as an agenda is sorted and
    /// shown, and one reference is cheaper to copy than the days, windows and names inside.
    private final class Storage: Sendable {
        let reason: Reason
        let phrasing: Phrasing?

        init(_ reason: Reason, _ phrasing: Phrasing?) {
            self.reason = reason
            self.phrasing = phrasing
        }
    }

    private let storage: Storage
    var reason: Reason { storage.reason }
    /// How the sentence names the company and says days; nil for a sentence given as it is.
    var phrasing: Phrasing? { storage.phrasing }

    init(_ reason: Reason, _ phrasing: Phrasing?) {
        storage = Storage(reason, phrasing)
    }

    /// Equal when they say the same for the same reason, however they were made.
    public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
        lhs.storage === rhs.storage || (lhs.reason == rhs.reason && lhs.phrasing == rhs.phrasing)
    }

    /// A fixed sentence.
    public init(_ text: String) {
        self.init(.written(text), nil)
    }

    /// One or two sentences naming the rule's reason and the next date that matters.
    public var text: String {
        if case .written(let text) = reason { return text }
        // Only a sentence given as it is comes without phrasing.
        guard let phrasing else { return "" }
        switch reason {
        case .written(let text): return text
        case .closed(let day, let outcome): return phrasing.closed(on: day, outcome)
        case .noInterview: return Phrasing.noInterview
        case .invitation(let day): return phrasing.invitation(replyDay: day)
        case .nextStepAgreed: return phrasing.nextStepAgreed
        case .alignment(let kind): return phrasing.alignment(kind)
        case .thankYou(let why, let topics, let until): return phrasing.thankYou(why, topics: topics, until: until)
        case .waitForDeadline(let deadline, let nextLook): return phrasing.wait(for: deadline, nextLook: nextLook)
        case .followUp(let why, let planned, let span, let spacedTo, let missed, let window):
            return phrasing.followUp(why, planned: planned, span: span, spacedTo: spacedTo, missed: missed, now: window)
        case .finalAttemptSent(let day, let moveOnDay): return phrasing.finalAttemptSent(on: day, moveOnBy: moveOnDay)
        case .moveOn(let day): return phrasing.moveOn(since: day)
        }
    }
}

/// How explanations name the company and say days: in the recruiter's zone, relative to today and
/// its business calendar, quoting the settings in force.
struct Phrasing: Sendable, Equatable {
    let company: String
    let zone: Zone
    let today: Day
    let calendar: BusinessCalendar
    let spacingDays: Int
    let cap: Int

    func say(_ day: Day) -> String { DateText.day(day, today: today) }
    func sayNear(_ day: Day) -> String { DateText.dayWithDistance(day, today: today, calendar: calendar) }

    /// "on Mon 16 Mar or Tue 17 Mar, 09:00–11:00 America/New_York", or "from … to …" for longer spans.
    func spanText(_ window: AdviceWindow) -> String {
        let first = zone.day(of: window.earliest)
        let last = zone.day(of: window.latest!)
        let hours = "\(DateText.time(window.earliest, in: zone))–\(DateText.time(window.latest!, in: zone)) \(zone.identifier)"
        if first == last { return "on \(sayNear(first)), \(hours)" }
        if calendar.businessDays(from: first, to: last) == 1 { return "on \(sayNear(first)) or \(say(last)), \(hours)" }
        return "from \(sayNear(first)) to \(say(last)), \(hours)"
    }

    func closed(on day: Day, _ outcome: Outcome) -> String {
        "Closed on \(say(day)) (\(outcome.rawValue)). A later reply would reopen it."
    }
}
