/// Everything the core can refuse, each with a sentence that tells a person what to do next.
///
/// The core never decides exit codes or HTTP statuses, and never names a surface's controls:
/// where the remedy is "give the day", `remedy` says so as data and each surface words it (a
/// command-line option, a form field).
public enum FollowUpError: Error, Sendable, Equatable {
    case unknownTimeZone(String)
    case invalidDate(String, expected: String)
    case invalidRegion(String)
    case unknownRegion(String, valid: [String])
    case holidaysNotKnown(region: String, year: Int, known: ClosedRange<Int>)
    case invalidLanguage(String)
    case noTimeline(String, words: Int)
    /// Words that began a timeline and stopped fitting: what was read, the character offset where
    /// it stopped, and what a rule expected there.
    case unfinishedTimeline(String, read: String, at: Int, expected: [String])
    case invalidContact(String)
    case emptyField(String)
    case invalidDeadline(start: Day, end: Day)
    case eventInFuture(what: String, at: String, now: String)
    /// An interview whose end comes before its start.
    case interviewEndsBeforeStart(end: String)
    /// An alignment draft with no new context to align on (P9).
    case alignmentWithoutContext
    case alreadyClosed(outcome: Outcome, on: String)
    case nothingToUndo
    case unknownSetting(String, valid: [String])
    case invalidSetting(key: String, value: String, expected: String)
    case invalidInput(String)
    /// A setting a command needs has no value ("mail-addresses" for a message to send).
    case missingSetting(key: String, purpose: String)
    /// The process has no contact with a mail address to write to.
    case noContactAddress(process: String)

    /// What a person can do about it with a surface's own controls, when the message leaves that
    /// to the surface.
    public enum Remedy: Sendable, Equatable {
        /// Give the day of the promise instead of words.
        case giveTheDay
        /// Correct the time the event happened.
        case fixTheTime
        /// Correct when the interview ended.
        case fixTheEnd
        /// Log the new context first, or draft another kind of message.
        case logContextOrChooseKind
        /// Undo the closing event first.
        case undoFirst
        /// See every region code.
        case listRegions
    }

    /// Words in which no date or timeline could be read: the surface points at where they were typed.
    public var isUnreadableTimeline: Bool {
        switch self {
        case .noTimeline, .unfinishedTimeline: true
        default: false
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .noTimeline, .unfinishedTimeline: .giveTheDay
        case .eventInFuture: .fixTheTime
        case .interviewEndsBeforeStart: .fixTheEnd
        case .alignmentWithoutContext: .logContextOrChooseKind
        case .alreadyClosed: .undoFirst
        case .unknownRegion: .listRegions
        default: nil
        }
    }

    /// One line a person can act on, ending where `remedy` (when there is one) names the control.
    public var message: String {
        switch self {
        case .unknownTimeZone(let zone):
            return "unknown time zone '\(zone)': use an IANA name such as America/New_York, Europe/Lisbon or UTC"
        case .invalidDate(let text, let expected):
            return "cannot read the date '\(text)': \(expected)"
        case .invalidRegion(let code):
            return "invalid region '\(code)': use an ISO 3166 code such as US, GB-ENG, BR-SP or DE-BY"
        case .unknownRegion(let code, let valid):
            let subdivisions = valid.contains { $0.contains("-") } ? "" : ", or one of their subdivisions"
            return
                "no holiday calendar for region '\(code)': use one of \(valid.joined(separator: ", "))\(subdivisions)"
        case .holidaysNotKnown(let region, let year, let known):
            let range = known.upperBound >= 2200 ? "from \(known.lowerBound) on" : "for \(known.lowerBound)–\(known.upperBound)"
            return "the holidays of \(region) in \(year) are not known: Followup has them \(range) only; pick a year in that range"
        case .noTimeline(let text, let words):
            return
                "found no date or timeline in '\(text)' (read all \(words) words for weekdays, dates, durations such as 'within two weeks' and periods such as 'end of next week'): give the day"
        case .unfinishedTimeline(let text, let read, let at, let expected):
            let wanted = expected.prefix(3).joined(separator: ", or ")
            return
                "read '\(read)' in '\(text)' but not a whole timeline: at character \(at) it expected \(wanted); finish the phrase (such as 'within two weeks') or give the day"
        case .invalidLanguage(let text):
            return "unknown language '\(text)': use one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))"
        case .invalidContact(let text):
            return "cannot read the contact '\(text)': write it as \"Name <name@example.com>\" or just a name"
        case .emptyField(let name):
            return "the \(name) is empty: give it a value"
        case .invalidDeadline(let start, let end):
            return "the promised range ends (\(end)) before it starts (\(start)): give the earlier day first"
        case .eventInFuture(let what, let at, let now):
            return "the \(what) is dated \(at), which is after now (\(now)): log it once it has happened, or fix"
        case .alreadyClosed(let outcome, let on):
            return "the process was already closed on \(on) (\(outcome.rawValue)): undo that first"
        case .nothingToUndo:
            return "there is nothing to undo: the process has no events left"
        case .unknownSetting(let key, let valid):
            return "unknown setting '\(key)': valid settings are \(valid.joined(separator: ", "))"
        case .invalidSetting(let key, let value, let expected):
            return "invalid value '\(value)' for \(key): expected \(expected)"
        case .interviewEndsBeforeStart(let end):
            return "the interview ends (\(end)) before it starts: check"
        case .alignmentWithoutContext:
            return "an alignment draft needs real new context (P9): log it"
        case .invalidInput(let text):
            return text
        case .missingSetting(let key, let purpose):
            return "the setting \(key) is empty: set it to \(purpose)"
        case .noContactAddress(let process):
            return "\(process) has no contact with a mail address: add one to write to"
        }
    }
}
