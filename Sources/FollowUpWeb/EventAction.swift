import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation

/// The events a user can log from a page or the API, read from the same fields either way.
enum EventAction: String, CaseIterable, Sendable {
    case interviewed, promised, sent, replied, context, close, undo

    /// The fields each action reads (the API refuses any other).
    var fieldNames: [String] {
        switch self {
        case .interviewed: ["at", "ends", "kind", "with", "topic"]
        case .promised: ["words", "phrase", "by", "saidAt", "saidBy"]
        case .sent: ["kind", "at", "to", "text"]
        case .replied: ["at", "from", "by"]
        case .context: ["kind", "offerDeadline", "availability", "note", "at"]
        case .close: ["outcome", "at"]
        case .undo: []
        }
    }

    /// The fields that are true or false.
    var flagNames: Set<String> {
        switch self {
        case .interviewed: ["personal"]
        case .replied: ["invitesNextStep"]
        default: []
        }
    }

    /// What was recorded, with how the recruiter's words were read (`promised` with words).
    struct Logged: Sendable {
        var recorded: Recorded
        var reading: TimelineReading?
        var event: Event { recorded.event }
        var before: ProcessState { recorded.before }
        var after: ProcessState { recorded.after }
        var warning: String? { recorded.warning }
        var review: Review? { recorded.review }
    }

    /// Checks the fields, appends the event in one transaction, and judges it. Nothing is written
    /// when any field is refused.
    func record(on id: String, fields: Fields, in workspace: Workspace) async throws -> Logged {
        let now = workspace.now
        let at = try fields.parse(self == .promised ? "saidAt" : "at") { (text) throws(FollowUpError) in
            try DateInput.instant(text, in: workspace.userZone)
        }
        let when = at ?? now
        let payload: (@Sendable (ProcessState) throws(FollowUpError) -> Event.Payload)
        switch self {
        case .interviewed:
            guard at != nil else { throw WebError.badRequest("give the interview's date and time (field 'at')") }
            let ends = try fields.parse("ends") { (text) throws(FollowUpError) in try DateInput.instant(text, in: workspace.userZone) }
            let interview = Interview(
                kind: try fields.choice("kind", InterviewKind.self) ?? .other, endsAt: ends, with: fields.text("with"),
                topics: fields.text("topic"), personal: fields.flag("personal"))
            payload = { _ in .interviewed(interview) }
        case .promised:
            let promise: Workspace.Promise
            let saidBy = fields.text("saidBy")
            if let by = try fields.parse("by", { (text) throws(FollowUpError) in try DateInput.deadline(text) }) {
                promise = .day(by, phrase: fields.text("words") ?? fields.text("phrase"), saidBy: saidBy)
            } else if let words = fields.text("words") {
                promise = .words(words, saidBy: saidBy)
            } else {
                throw WebError.badRequest("give the recruiter's words (field 'words'), such as \"by Friday\", or the day (field 'by')")
            }
            do {
                let (recorded, reading) = try await workspace.promise(promise, on: id, saidAt: when)
                return Logged(recorded: recorded, reading: reading)
            } catch {
                if case .invalid(let reason) = error, reason.isUnreadableTimeline { throw WebError.badRequest(Self.unreadable(reason)) }
                throw error
            }
        case .sent:
            guard let kind = try fields.choice("kind", MessageKind.self) else {
                throw WebError.badRequest("give the message's kind (field 'kind'): \(MessageKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let message = SentMessage(kind: kind, to: fields.text("to"), text: fields.text("text") == nil ? nil : fields.raw("text"))
            payload = { _ in .messageSent(message) }
        case .replied:
            let deadline = try fields.parse("by") { (text) throws(FollowUpError) in try DateInput.deadline(text) }
            let reply = Reply(from: fields.text("from"), invitesNextStep: fields.flag("invitesNextStep"), deadline: deadline)
            payload = { _ in .replyReceived(reply) }
        case .context:
            let kind: ContextChange.Kind
            switch fields.text("kind") {
            case "offer":
                guard let day = try fields.parse("offerDeadline", { (text) throws(FollowUpError) in try DateInput.day(text) }) else {
                    throw WebError.badRequest("an offer needs the day you must answer it by (field 'offerDeadline')")
                }
                kind = .offer(deadline: day)
            case "final-round-elsewhere": kind = .finalRoundElsewhere
            case "availability":
                kind = .availabilityChanged(try fields.required("availability", "availability change"))
            default:
                throw WebError.badRequest("give the context's kind (field 'kind'): offer, final-round-elsewhere or availability")
            }
            let change = ContextChange(kind: kind, note: fields.text("note"))
            payload = { _ in .contextChanged(change) }
        case .close:
            guard let outcome = try fields.choice("outcome", Outcome.self) else {
                throw WebError.badRequest("give the outcome (field 'outcome'): \(Outcome.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            payload = { _ in .closed(outcome) }
        case .undo:
            return Logged(recorded: try await workspace.undo(on: id), reading: nil)
        }
        return Logged(recorded: try await workspace.record(on: id) { state throws(FollowUpError) in (when, try payload(state)) }, reading: nil)
    }

    /// The parser's refusal, pointing at the date field.
    static func unreadable(_ error: FollowUpError) -> String { error.webMessage }
}
