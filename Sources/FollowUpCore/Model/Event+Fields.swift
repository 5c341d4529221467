public import Foundation

extension Event {
    /// An event flattened to optional fields, the shape of a database row and of an exported event.
    ///
    /// One flat shape keeps the store and the file format in step: both map through `init(_:)` and
    /// `fields`, which is also where a row or a file is checked for sense.
    public struct Fields: Sendable, Equatable, Codable {
        public var id: EventID
        public var kind: Kind
        public var at: Date
        public var recordedAt: Date
        public var interviewKind: InterviewKind?
        public var endsAt: Date?
        public var with: String?
        public var topics: String?
        public var personal: Bool?
        public var phrase: String?
        public var deadlineStart: Day?
        public var deadlineEnd: Day?
        public var saidBy: String?
        public var reading: String?
        public var messageKind: MessageKind?
        public var to: String?
        public var text: String?
        public var from: String?
        public var invitesNextStep: Bool?
        public var contextKind: String?
        public var offerDeadline: Day?
        public var availability: String?
        public var note: String?
        public var outcome: Outcome?
        public var retracts: EventID?
        public var messageID: String?

        public init(id: EventID, kind: Kind, at: Date, recordedAt: Date) {
            self.id = id
            self.kind = kind
            self.at = at
            self.recordedAt = recordedAt
        }
    }

    /// The flat form of this event.
    public var fields: Fields {
        var f = Fields(id: id, kind: payload.kind, at: at, recordedAt: recordedAt)
        switch payload {
        case .interviewed(let interview):
            f.interviewKind = interview.kind
            f.endsAt = interview.endsAt
            f.with = interview.with
            f.topics = interview.topics
            f.personal = interview.personal
            f.messageID = interview.messageID
        case .timelinePromised(let timeline):
            f.phrase = timeline.phrase
            f.deadlineStart = timeline.deadline?.start
            f.deadlineEnd = timeline.deadline?.end
            f.saidBy = timeline.saidBy
            f.reading = timeline.reading
        case .messageSent(let message):
            f.messageKind = message.kind
            f.to = message.to
            f.text = message.text
            f.messageID = message.messageID
        case .replyReceived(let reply):
            f.from = reply.from
            f.invitesNextStep = reply.invitesNextStep
            f.deadlineStart = reply.deadline?.start
            f.deadlineEnd = reply.deadline?.end
            f.messageID = reply.messageID
        case .contextChanged(let change):
            f.contextKind = change.kindName
            f.note = change.note
            switch change.kind {
            case .offer(let deadline): f.offerDeadline = deadline
            case .availabilityChanged(let text): f.availability = text
            case .finalRoundElsewhere: break
            }
        case .closed(let outcome):
            f.outcome = outcome
        case .retracted(let target):
            f.retracts = target
        }
        return f
    }

    /// Rebuilds an event from its flat form, refusing one that misses what its kind needs.
    public init(processID: ProcessID, fields f: Fields) throws(FollowUpError) {
        func need<T>(_ value: T?, _ name: String) throws(FollowUpError) -> T {
            guard let value else {
                throw FollowUpError.invalidInput("event \(f.id) (\(f.kind.rawValue)) has no \(name)")
            }
            return value
        }
        func deadline() throws(FollowUpError) -> Deadline? {
            switch (f.deadlineStart, f.deadlineEnd) {
            case (nil, nil): return nil
            case (let start?, let end?): return try Deadline(start: start, end: end)
            case (let day?, nil), (nil, let day?): return Deadline(day)
            }
        }
        let payload: Payload
        switch f.kind {
        case .interviewed:
            payload = .interviewed(
                Interview(
                    kind: f.interviewKind ?? .other, endsAt: f.endsAt, with: f.with, topics: f.topics, personal: f.personal ?? false,
                    messageID: f.messageID))
        case .timelinePromised:
            payload = .timelinePromised(PromisedTimeline(phrase: f.phrase, deadline: try deadline(), saidBy: f.saidBy, reading: f.reading))
        case .messageSent:
            payload = .messageSent(SentMessage(kind: try need(f.messageKind, "messageKind"), to: f.to, text: f.text, messageID: f.messageID))
        case .replyReceived:
            payload = .replyReceived(
                Reply(from: f.from, invitesNextStep: f.invitesNextStep ?? false, deadline: try deadline(), messageID: f.messageID))
        case .contextChanged:
            let kind: ContextChange.Kind
            switch try need(f.contextKind, "contextKind") {
            case "offer": kind = .offer(deadline: try need(f.offerDeadline, "offerDeadline"))
            case "final-round-elsewhere": kind = .finalRoundElsewhere
            case "availability": kind = .availabilityChanged(try need(f.availability, "availability"))
            case let other:
                throw FollowUpError.invalidInput(
                    "event \(f.id) has an unknown context kind '\(other)': use offer, final-round-elsewhere or availability")
            }
            payload = .contextChanged(ContextChange(kind: kind, note: f.note))
        case .closed:
            payload = .closed(try need(f.outcome, "outcome"))
        case .retracted:
            payload = .retracted(try need(f.retracts, "retracts"))
        }
        self.init(id: f.id, processID: processID, at: f.at, recordedAt: f.recordedAt, payload: payload)
    }
}
