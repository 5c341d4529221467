import Foundation

/// P7: at most `cap` unanswered follow-ups per interview round; the final attempt ends the round.
extension Situation {
    /// Whether a round's follow-ups leave room for another.
    func capReached(_ followUps: [Event]) -> Bool {
        followUps.count >= settings.cap || followUps.contains(where: isFinal)
    }

    func isFinal(_ event: Event) -> Bool {
        if case .messageSent(let message) = event.payload { return message.kind == .final }
        return false
    }
}
