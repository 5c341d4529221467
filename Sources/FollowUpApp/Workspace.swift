public import FollowUpCore
public import Foundation

/// The use cases every surface calls, and what one command or one web request runs them against:
/// the store, "now", the user's settings and zone, and the region calendars built so far.
///
/// The adapters read the clock and the environment once and hand the values in here, so the command
/// line and the web app give the same advice, drafts and reviews for the same data, and record
/// events the same way (`record`).
public struct Workspace: Sendable {
    public let store: any ProcessStore
    public let now: Date
    public let settings: UserSettings
    /// The user's own zone: times typed without an offset are read in it.
    public let userZone: Zone
    let calendars = CalendarCache()

    public init(store: any ProcessStore, now: Date, settings: UserSettings, userZone: Zone) {
        self.store = store
        self.now = now
        self.settings = settings
        self.userZone = userZone
    }

    /// Loads the settings; the user's zone is their setting, else `fallbackZone` (the machine's).
    public static func open(_ store: any ProcessStore, now: Date, fallbackZone: Zone) async throws(StoreError) -> Workspace {
        let settings = try await store.settings()
        return Workspace(store: store, now: now, settings: settings, userZone: settings.zone ?? fallbackZone)
    }

    /// The same workspace at another moment (`--on`, `?on=`): what-if views share the calendars.
    public func at(_ instant: Date) -> Workspace {
        Workspace(store: store, now: instant, settings: settings, userZone: userZone)
    }

    /// Today in the user's zone.
    public var today: Day { userZone.day(of: now) }

    public var policy: FollowUpPolicy { FollowUpPolicy(settings: settings.policy) }

    /// The business calendar of a process's region, from last year to two years ahead; weekends
    /// only for a process without a region (or with one this version no longer knows). Built once
    /// per region per workspace.
    public func calendar(for process: HiringProcess) -> BusinessCalendar {
        guard let code = process.region else { return .weekendsOnly }
        return calendars.calendar(code) { () -> BusinessCalendar in
            guard let region = try? HolidayRegions.region(code) else { return .weekendsOnly }
            return region.businessCalendar(around: today.year, countingOptional: settings.optionalHolidaysAreDaysOff)
        }
    }

    public func advice(for state: ProcessState) -> Advice {
        policy.advice(for: state, at: now, calendar: calendar(for: state.process))
    }

    /// The agenda over `states`, each process judged in its own region's calendar.
    public func agenda(_ states: [ProcessState]) -> Agenda {
        Agenda(states: states, at: now, policy: policy, parallelism: ProcessInfo.processInfo.activeProcessorCount) { calendar(for: $0) }
    }

    /// Today's agenda read straight from the store, in agenda order: each process is judged as
    /// soon as it is read and `keep` makes what the surface will show of it, so a large agenda
    /// never holds every history at once.
    public func agenda<T: Sendable>(
        keeping keep: @escaping @Sendable (Agenda.Item) -> T
    ) async throws(StoreError) -> [(item: Agenda.Item, kept: T)] {
        let entries = try await store.mapStates { state -> (item: Agenda.Item, kept: T) in
            let item = agendaItem(for: state)
            return (item, keep(item))
        }
        return Agenda.order(of: entries.map(\.item)).map { entries[$0] }
    }

    /// One process's agenda item, judged in its own region's calendar.
    public func agendaItem(for state: ProcessState) -> Agenda.Item {
        Agenda.item(for: state, at: now, policy: policy, calendar: calendar(for: state.process))
    }

    /// The review context for a draft: the user's policy and review settings, and the process's
    /// calendar when there is a process.
    public func reviewContext(kind: MessageKind, language: Language, process: ProcessState?, at: Date? = nil) -> ReviewContext {
        ReviewContext(
            kind: kind, language: language, process: process, now: at, calendar: process.map { calendar(for: $0.process) } ?? .weekendsOnly,
            policy: settings.policy, settings: settings.review)
    }

    /// Reviews a text as `followup review` and `POST /api/review` do: the language is the one given,
    /// else the process's, else inferred; the kind is the one given, else inferred with its reason.
    /// With a process, the review sees its timeline and volume as of now.
    public func review(
        _ text: String, kind: MessageKind? = nil, language: Language? = nil, process: ProcessState? = nil, reviewer: Reviewer = Reviewer()
    ) -> ReviewOutcome {
        // Cut the words once: language and kind inference and the review share them.
        let tokens = ReviewText.Tokens(text)
        let language = language ?? process?.process.language ?? Language.infer(from: tokens)
        let words = ReviewText(tokens, language: language)
        let inferred = kind == nil ? MessageKind.infer(from: words, language: language) : nil
        let context = reviewContext(kind: kind ?? inferred!.kind, language: language, process: process, at: process == nil ? nil : now)
        return ReviewOutcome(review: reviewer.review(words, context: context), kind: context.kind, language: language, kindReason: inferred?.reason)
    }

    /// A message the user sent, judged as of the moment it went out: P11's warning when no rule
    /// advised it, and the review of its text in the process's context. `followup sent`, the API
    /// and the page that confirms a sent message all say the same.
    public func judge(_ message: SentMessage, at: Date, before: ProcessState) -> (warning: String?, review: Review?) {
        let verdict = policy.verdict(forSending: message.kind, at: at, state: before, calendar: calendar(for: before.process))
        let review = message.text.map {
            Reviewer().review($0, context: reviewContext(kind: message.kind, language: before.process.language, process: before, at: at))
        }
        return (verdict.warning(in: before.process.zone, today: today), review)
    }

    /// Reads what a recruiter said in the process's language, calendar and zone, as said at `saidAt`.
    public func readTimeline(_ words: String, for process: HiringProcess, saidAt: Date) throws(FollowUpError) -> TimelineReading {
        try TimelineParser(calendar: calendar(for: process)).parse(words, saidOn: process.zone.day(of: saidAt), language: process.language)
    }

    /// The draft a process needs (or of `kind`), with its review in the process's context as of now
    /// (the same review the editor gives as the user changes it).
    public func draft(
        for state: ProcessState, kind: MessageKind? = nil, language: Language? = nil
    ) throws(FollowUpError) -> (
        draft: Draft, review: Review, advice: Advice
    ) {
        let advice = advice(for: state)
        let draft = try Composer(settings: settings).draft(for: state, kind: kind ?? advice.draftKind ?? .checkIn, language: language)
        return (draft, review(draft.body, kind: draft.kind, language: draft.language, process: state).review, advice)
    }
}

/// A review with the kind and language it was read as, and why the kind was chosen when inferred.
public struct ReviewOutcome: Sendable {
    public var review: Review
    public var kind: MessageKind
    public var language: Language
    public var kindReason: String?
}

/// Region calendars already built, so an agenda builds each region once.
final class CalendarCache: @unchecked Sendable {
    private var built: [String: BusinessCalendar] = [:]
    private let lock = NSLock()

    func calendar(_ code: String, build: () -> BusinessCalendar) -> BusinessCalendar {
        lock.lock()
        defer { lock.unlock() }
        if let calendar = built[code] { return calendar }
        let calendar = build()
        built[code] = calendar
        return calendar
    }
}
