public import Foundation

extension Action {
    /// What the action asks of a person, as a short imperative ("Check in").
    public var title: String {
        switch self {
        case .thankYou: "Send a thank-you"
        case .wait: "Wait"
        case .followUp: "Check in"
        case .finalFollowUp: "Final check-in"
        case .align: "Align on timing"
        case .moveOn: "Move on"
        case .respond: "Reply"
        case .none: "Nothing to do"
        }
    }
}

extension Advice {
    /// The window in the recruiter's zone, and in the user's beside it when the zones differ:
    /// "Mon 16 Mar 09:00 – Tue 17 Mar 11:00 America/New_York (14:00 Mon – 16:00 Tue Europe/Lisbon)".
    public func windowText(userZone: Zone, today: Day) -> String? {
        guard let window else { return nil }
        var text = "\(DateText.window(window, in: zone, today: today)) \(zone.identifier)"
        let sameOffsets =
            zone.offset(at: window.earliest) == userZone.offset(at: window.earliest)
            && window.latest.map { zone.offset(at: $0) == userZone.offset(at: $0) } ?? true
        if !sameOffsets {
            text += " (\(DateText.window(window, in: userZone, today: today)) \(userZone.identifier))"
        }
        return text
    }

    /// An instant in the recruiter's zone, with the user's beside it when they differ.
    public func momentText(_ instant: Date, userZone: Zone, today: Day) -> String {
        var text = "\(DateText.instant(instant, in: zone, today: today)) \(zone.identifier)"
        if zone.offset(at: instant) != userZone.offset(at: instant) {
            text += " (\(DateText.instant(instant, in: userZone, today: today)) \(userZone.identifier))"
        }
        return text
    }

    /// The JSON object `followup advise --json` prints, shared by every surface.
    public var json: JSON {
        JSON(advice: self)
    }

    /// `{"process","action","rule","window":{"earliest","latest"},"explanation","draftKind"}`, instants
    /// in ISO 8601 with the recruiter's offset.
    public struct JSON: Encodable, Sendable {
        let advice: Advice

        enum CodingKeys: String, CodingKey {
            case process, action, rule, window, explanation, draftKind
        }

        enum WindowKeys: String, CodingKey {
            case earliest, latest
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(advice.processID.rawValue, forKey: .process)
            try container.encode(advice.action.rawValue, forKey: .action)
            try container.encode(advice.rule?.rawValue, forKey: .rule)
            if let window = advice.window {
                var nested = container.nestedContainer(keyedBy: WindowKeys.self, forKey: .window)
                try nested.encode(DateText.iso(window.earliest, in: advice.zone), forKey: .earliest)
                try nested.encode(window.latest.map { DateText.iso($0, in: advice.zone) }, forKey: .latest)
            } else {
                try container.encodeNil(forKey: .window)
            }
            try container.encode(advice.explanation, forKey: .explanation)
            try container.encode(advice.draftKind?.rawValue, forKey: .draftKind)
        }
    }
}
