/// How ambiguous timeline words are read; each choice is a setting a person can change.
public struct TimelinePolicy: Sendable, Equatable {
    /// What "next Friday" means when said earlier in the week.
    public enum NextWeekday: String, Sendable, CaseIterable {
        /// The Friday of next week (the default: most recruiters mean the week after this one).
        case followingWeek = "following-week"
        /// The first Friday after today, even if in this week.
        case nextOccurrence = "next-occurrence"
    }

    /// The last working day of a week, for "end of the week".
    public var weekEnds: Weekday = .friday
    public var nextWeekday: NextWeekday = .followingWeek
    /// Whether "03/04" is 3 April (day first) or 4 March; `nil` decides by language
    /// (Portuguese day first, English month first).
    public var dayFirst: Bool?
    /// The business-day window given to words that promise no date ("we'll be in touch").
    public var defaultWindow: ClosedRange<Int> = 5...7
    /// The shorter window of "soon", "em breve": a promise of little wait, still without a date.
    public var soonWindow: ClosedRange<Int> = 3...5
    /// The window of a promised call back ("I'll have someone call you back").
    public var callbackWindow: ClosedRange<Int> = 1...2

    public init() {}
}

/// What a recruiter's words were taken to mean: the deadline, the text read, and the other
/// readings a person may have meant.
public struct TimelineReading: Sendable, Equatable {
    /// What kind of promise the words make, since each is followed differently.
    public enum Kind: String, Sendable, Codable {
        /// A day or a range: follow up after it (P1–P3).
        case commitment
        /// Words that promise no date ("we'll be in touch"): the no-timeline rule (P4) applies
        /// from the day they were said.
        case vague
        /// A date inside a condition ("if you don't hear from us by Friday…"): the day after it
        /// is when the recruiter expects a nudge.
        case condition
    }

    /// The day by which the answer was promised (the end of the range when there is one).
    public var deadline: Day
    /// The window when the words name one ("early next week": Monday to Tuesday).
    public var range: Deadline?
    /// Other days the words could mean ("by Friday" said on a Friday: today).
    public var alternatives: [Day]
    /// Character offsets of the words read, end exclusive.
    public var span: Range<Int>
    /// The words read, as written.
    public var text: String
    public var kind: Kind
    /// The grammar rule that read the words, so a surprising reading can be traced.
    public var rule: String
    /// How the days were worked out, one short clause each.
    public var notes: [String]

    /// False for words that promise no date ("we'll be in touch"): the default window applies.
    public var isCommitment: Bool { kind != .vague }

    /// One line on how the words were understood, naming the policy used; written when read,
    /// since most readings are recorded without it being shown.
    public var explanation: String { TimelineParser.explain(self) }

    /// The deadline to record: the range when there is one.
    public var asDeadline: Deadline { range ?? Deadline(deadline) }
}

extension TimelineReading: Encodable {
    enum CodingKeys: String, CodingKey {
        case deadline, range, alternatives, span, reading, text, commitment, kind, rule, notes
    }

    struct Span: Encodable {
        var start: Int
        var end: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(range, forKey: .range)
        try container.encode(alternatives, forKey: .alternatives)
        try container.encode(Span(start: span.lowerBound, end: span.upperBound), forKey: .span)
        try container.encode(explanation, forKey: .reading)
        try container.encode(text, forKey: .text)
        try container.encode(isCommitment, forKey: .commitment)
        try container.encode(kind, forKey: .kind)
        try container.encode(rule, forKey: .rule)
        try container.encode(notes, forKey: .notes)
    }
}
