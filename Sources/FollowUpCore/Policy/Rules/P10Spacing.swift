import Foundation

/// P10: never advise a message less than `spacingDays` business days after the last one. The
/// reviewer's R10 reads the same spacing, with P7's cap, through `volume()`.
extension Situation {
    /// When the spacing after the user's last message ends (P10), if it has not yet.
    func spacingStart() -> Date? {
        guard let last = state.lastMessage else { return nil }
        let day = calendar.adding(businessDays: settings.spacingDays, to: zone.day(of: last.at))
        let start = opening(day)
        return start > now ? start : nil
    }

    /// The cap (P7) and the spacing (P10) in force now.
    func volume() -> Volume {
        var volume = Volume()
        if let followUps = state.cycle?.followUps, capReached(followUps) {
            volume.capReached = followUps
        }
        if let last = state.lastMessage {
            let lastDay = zone.day(of: last.at)
            let allowed = calendar.adding(businessDays: settings.spacingDays, to: lastDay)
            if today < allowed { volume.tooSoon = (lastDay, allowed) }
        }
        return volume
    }
}
