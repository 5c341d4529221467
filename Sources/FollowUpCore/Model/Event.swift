public import Foundation

/// The store's sequence number for an event; later events have larger ids.
public typealias EventID = Int64

/// Something that happened in a process, appended and never edited.
///
/// A correction is a new event (a retraction), so the history a user reads is the history that was.
public struct Event: Sendable, Equatable, Identifiable {
    public var id: EventID
    public var processID: ProcessID
    /// When it happened, which orders events for the policy.
    public var at: Date
    /// When it was written down.
    public var recordedAt: Date
    public var payload: Payload

    public init(id: EventID, processID: ProcessID, at: Date, recordedAt: Date? = nil, payload: Payload) {
        self.id = id
        self.processID = processID
        self.at = at
        self.recordedAt = recordedAt ?? at
        self.payload = payload
    }

    /// What happened, with what each kind of event carries (SPEC §1).
    public enum Payload: Sendable, Equatable {
        case interviewed(Interview)
        case timelinePromised(PromisedTimeline)
        case messageSent(SentMessage)
        case replyReceived(Reply)
        case contextChanged(ContextChange)
        case closed(Outcome)
        /// Takes back an earlier event (`followup undo`).
        case retracted(EventID)

        /// The name used in files, JSON and the database.
        public var kind: Kind {
            switch self {
            case .interviewed: .interviewed
            case .timelinePromised: .timelinePromised
            case .messageSent: .messageSent
            case .replyReceived: .replyReceived
            case .contextChanged: .contextChanged
            case .closed: .closed
            case .retracted: .retracted
            }
        }
    }

    /// Event kinds as named in SPEC §1.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case interviewed
        case timelinePromised = "timeline-promised"
        case messageSent = "message-sent"
        case replyReceived = "reply-received"
        case contextChanged = "context-changed"
        case closed
        case retracted
    }
}

/// The kinds of interview, which decide whether a thank-you makes sense (P1).
public enum InterviewKind: String, Sendable, Codable, CaseIterable {
    case screening, technical
    case hiringManager = "hiring-manager"
    case panel, final, other
}

/// An interview that took place.
public struct Interview: Sendable, Equatable {
    public var kind: InterviewKind
    /// When it ended, if known; otherwise the policy assumes a default length.
    public var endsAt: Date?
    public var with: String?
    /// What was discussed ("the migration to event sourcing"), for the thank-you.
    public var topics: String?
    /// Whether the conversation felt personal, one reason a thank-you makes sense.
    public var personal: Bool
    /// The mail (`Message-ID`) or invitation (`UID`) it was read from, so reading the same mail
    /// again records nothing twice; nil when it was typed.
    public var messageID: String?

    public init(
        kind: InterviewKind = .other, endsAt: Date? = nil, with: String? = nil, topics: String? = nil, personal: Bool = false,
        messageID: String? = nil
    ) {
        self.kind = kind
        self.endsAt = endsAt
        self.with = with
        self.topics = topics
        self.personal = personal
        self.messageID = messageID
    }
}

/// A day or a range of days by which an answer was promised; the range's last day is the deadline.
public struct Deadline: Sendable, Equatable, Codable {
    public var start: Day
    public var end: Day

    public init(_ day: Day) {
        self.start = day
        self.end = day
    }

    /// A range, refused when it ends before it starts.
    public init(start: Day, end: Day) throws(FollowUpError) {
        guard start <= end else { throw FollowUpError.invalidDeadline(start: start, end: end) }
        self.start = start
        self.end = end
    }

    public var isRange: Bool { start != end }
}

/// "We'll get back to you by Friday": the phrase, and the day it resolves to.
public struct PromisedTimeline: Sendable, Equatable {
    public var phrase: String?
    /// Nil for a promise with no firm date ("we'll be in touch"): the process then follows the
    /// no-timeline rule (P4) from the day the words were said.
    public var deadline: Deadline?
    public var saidBy: String?
    /// How the phrase was read when it was recorded ("by Friday -> Friday 13 March 2026"), kept
    /// so the history says what the deadline came from even if the grammar changes.
    public var reading: String?

    public init(phrase: String? = nil, deadline: Deadline?, saidBy: String? = nil, reading: String? = nil) {
        self.phrase = phrase
        self.deadline = deadline
        self.saidBy = saidBy
        self.reading = reading
    }
}

/// The kinds of message a user sends, which decide what the policy counts (P7) and how drafts read.
public enum MessageKind: String, Sendable, Codable, CaseIterable {
    case thankYou = "thank-you"
    case checkIn = "check-in"
    case final
    case alignment
    case other

    /// Whether this message asks about the outcome, and so counts toward the cap of unanswered follow-ups (P7).
    public var isFollowUp: Bool {
        switch self {
        case .checkIn, .final, .other: true
        case .thankYou, .alignment: false
        }
    }
}

/// A message the user sent.
public struct SentMessage: Sendable, Equatable {
    public var kind: MessageKind
    public var to: String?
    public var text: String?
    /// The mail (`Message-ID`) or invitation (`UID`) it was read from, so reading the same mail
    /// again records nothing twice; nil when it was typed.
    public var messageID: String?

    public init(kind: MessageKind, to: String? = nil, text: String? = nil, messageID: String? = nil) {
        self.kind = kind
        self.to = to
        self.text = text
        self.messageID = messageID
    }
}

/// A reply from the company, which restarts the cycle (P8).
public struct Reply: Sendable, Equatable {
    public var from: String?
    /// Whether the reply invites the conversation to continue (a next interview, a call).
    public var invitesNextStep: Bool
    /// A new timeline given in the reply.
    public var deadline: Deadline?
    /// The mail (`Message-ID`) or invitation (`UID`) it was read from, so reading the same mail
    /// again records nothing twice; nil when it was typed.
    public var messageID: String?

    public init(from: String? = nil, invitesNextStep: Bool = false, deadline: Deadline? = nil, messageID: String? = nil) {
        self.from = from
        self.invitesNextStep = invitesNextStep
        self.deadline = deadline
        self.messageID = messageID
    }
}

/// Real new context that turns the next message into decision alignment (P9).
public struct ContextChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Another offer, to be answered by a day.
        case offer(deadline: Day)
        case finalRoundElsewhere
        case availabilityChanged(String)
    }

    public var kind: Kind
    public var note: String?

    public init(kind: Kind, note: String? = nil) {
        self.kind = kind
        self.note = note
    }

    /// The outside deadline, when there is one.
    public var deadline: Day? {
        if case .offer(let day) = kind { return day }
        return nil
    }

    /// The name used in files and JSON.
    public var kindName: String {
        switch kind {
        case .offer: "offer"
        case .finalRoundElsewhere: "final-round-elsewhere"
        case .availabilityChanged: "availability"
        }
    }
}

/// How a process ended.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case offer, rejected, withdrew
    case noAnswer = "no-answer"
}

extension Event {
    /// The mail or invitation the event was read from.
    public var messageID: String? {
        switch payload {
        case .interviewed(let interview): interview.messageID
        case .messageSent(let message): message.messageID
        case .replyReceived(let reply): reply.messageID
        default: nil
        }
    }
}
