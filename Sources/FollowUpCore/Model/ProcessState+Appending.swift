public import Foundation

extension ProcessState {
    /// Checks that an event can be appended at `now`, so bad input is refused before anything is written.
    ///
    /// Things that happened cannot be in the future; a closed process cannot be closed again;
    /// an interview cannot end before it starts.
    public func validate(appending payload: Event.Payload, at: Date, now: Date) throws(FollowUpError) {
        let zone = process.zone
        // A minute of slack for clocks that disagree between a typed time and now.
        if at > now.addingTimeInterval(60) {
            let what =
                switch payload.kind {
                case .interviewed: "interview"
                case .timelinePromised: "promise"
                case .messageSent: "message"
                case .replyReceived: "reply"
                case .contextChanged: "context change"
                case .closed: "closing"
                case .retracted: "undo"
                }
            throw FollowUpError.eventInFuture(what: what, at: DateText.iso(at, in: zone), now: DateText.iso(now, in: zone))
        }
        switch payload {
        case .interviewed(let interview):
            if let end = interview.endsAt, end < at {
                throw FollowUpError.interviewEndsBeforeStart(end: DateText.iso(end, in: zone))
            }
        case .closed:
            if let closure {
                throw FollowUpError.alreadyClosed(outcome: closure.outcome, on: DateText.day(zone.day(of: closure.event.at)))
            }
        case .contextChanged(let change):
            if let deadline = change.deadline, deadline < zone.day(of: at) {
                throw FollowUpError.invalidInput(
                    "the offer deadline \(deadline) is before the day the context is logged (\(zone.day(of: at))): give the real deadline")
            }
        case .timelinePromised, .messageSent, .replyReceived, .retracted:
            break
        }
    }
}
