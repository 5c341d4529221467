import FollowUpCore
import Foundation

/// Builds a process's event log in a few readable lines, with times in the recruiter's zone.
struct Scenario {
    var process: HiringProcess
    var events: [Event] = []
    var settings = PolicySettings()
    var calendar = BusinessCalendar.weekendsOnly

    init(zone: String = "America/New_York", company: String = "Acme") {
        let zone = try! Zone(zone)
        process = HiringProcess(
            id: "acme-backend-engineer", company: company, role: "Backend Engineer",
            contacts: [Contact(name: "Dana Reyes", email: "dana@acme.test")], zone: zone,
            createdAt: Date(timeIntervalSince1970: 0))
    }

    func time(_ text: String) -> Date { try! DateInput.instant(text, in: process.zone) }

    @discardableResult
    mutating func append(_ at: String, _ payload: Event.Payload) -> EventID {
        let id = EventID(events.count + 1)
        events.append(Event(id: id, processID: process.id, at: time(at), payload: payload))
        return id
    }

    mutating func interviewed(_ at: String, kind: InterviewKind = .technical, personal: Bool = false, topics: String? = nil) {
        append(at, .interviewed(Interview(kind: kind, topics: topics, personal: personal)))
    }

    mutating func promised(_ by: String, at: String) {
        append(at, .timelinePromised(PromisedTimeline(deadline: try! DateInput.deadline(by))))
    }

    /// A promise that named no date ("we'll be in touch").
    mutating func promisedNoDate(at: String) {
        append(at, .timelinePromised(PromisedTimeline(phrase: "we will be in touch", deadline: nil)))
    }

    mutating func sent(_ kind: MessageKind, at: String) {
        append(at, .messageSent(SentMessage(kind: kind)))
    }

    mutating func replied(at: String, invites: Bool = false, by: String? = nil) {
        append(at, .replyReceived(Reply(invitesNextStep: invites, deadline: by.map { try! DateInput.deadline($0) })))
    }

    mutating func context(_ kind: ContextChange.Kind, at: String) {
        append(at, .contextChanged(ContextChange(kind: kind)))
    }

    mutating func closed(_ outcome: Outcome, at: String) {
        append(at, .closed(outcome))
    }

    var state: ProcessState { ProcessState(process: process, events: events) }

    func advice(at now: String) -> Advice {
        FollowUpPolicy(settings: settings).advice(for: state, at: time(now), calendar: calendar)
    }

    func verdict(_ kind: MessageKind, at: String) -> MessageVerdict {
        FollowUpPolicy(settings: settings).verdict(forSending: kind, at: time(at), state: state, calendar: calendar)
    }

    /// The window as ISO 8601 with the recruiter's offsets, for exact comparisons.
    func window(_ advice: Advice) -> [String] {
        guard let window = advice.window else { return [] }
        return [DateText.iso(window.earliest, in: process.zone), window.latest.map { DateText.iso($0, in: process.zone) } ?? "open"]
    }
}
