public import FollowUpCore
public import FollowUpMail
import Foundation

extension Workspace {
    /// Every process in the user's calendar: interviews, promised deadlines (all day), and each
    /// advised window as an event in the recruiter's zone with an alarm when it opens.
    ///
    /// UIDs are stable (the event's id, or the process's for its one deadline and one advice) and
    /// `SEQUENCE` is the number of events the process had, so importing the file again updates
    /// the calendar instead of adding to it.
    public func calendar(_ states: [ProcessState]) -> ICalendar {
        var events: [ICalendar.Event] = []
        var zones: [String: (zone: Zone, from: Date, to: Date)] = [:]
        func cover(_ zone: Zone, _ start: Date, _ end: Date) {
            let known = zones[zone.identifier]
            zones[zone.identifier] = (zone, min(known?.from ?? start, start), max(known?.to ?? end, end))
        }
        for state in states {
            let process = state.process
            let id = process.id.rawValue
            for event in state.effective {
                guard case .interviewed(let interview) = event.payload else { continue }
                let end = interview.endsAt ?? event.at.addingTimeInterval(TimeInterval(settings.policy.interviewMinutes * 60))
                let with = interview.with.map { " with \($0)" } ?? ""
                events.append(
                    ICalendar.Event(
                        uid: "interview-\(event.id)@\(id).followup", sequence: 0,
                        time: .timed(start: event.at, end: end, zone: process.zone.identifier),
                        summary: "Interview\(with): \(process.title)", description: interview.topics.map { "Topics: \($0)" }))
                cover(process.zone, event.at, end)
            }
            guard state.closure == nil else { continue }
            let promises = state.effective.filter { $0.payload.kind == .timelinePromised || $0.payload.kind == .replyReceived }
            if let deadline = promises.compactMap({ $0.deadline }).last {
                events.append(
                    ICalendar.Event(
                        uid: "deadline@\(id).followup", sequence: promises.count, time: .day(deadline.end),
                        summary: "Answer promised: \(process.title)",
                        description: deadline.isRange ? "Promised between \(deadline.start) and \(deadline.end)." : nil))
            }
            let advice = advice(for: state)
            if advice.action.isActionable, let window = advice.window {
                let end = max(window.latest ?? window.earliest.addingTimeInterval(2 * 3600), window.earliest.addingTimeInterval(15 * 60))
                events.append(
                    ICalendar.Event(
                        uid: "advice@\(id).followup", sequence: state.history.count,
                        time: .timed(start: window.earliest, end: end, zone: process.zone.identifier),
                        summary: "\(advice.action.title): \(process.title)", description: "[\(advice.rule?.rawValue ?? "")] \(advice.explanation)",
                        alarm: true))
                cover(process.zone, window.earliest, end)
            }
        }
        let rules = zones.values.sorted { $0.zone.identifier < $1.zone.identifier }.map { Self.rule($0.zone, from: $0.from, to: $0.to) }
        return ICalendar(name: "Followup", zones: rules, events: events, stamp: now)
    }

    /// A zone's offsets over a period, found by asking its offset each hour and narrowing each
    /// change to the minute.
    static func rule(_ zone: Zone, from: Date, to: Date) -> ICalendar.TimeZoneRule {
        let start = from.addingTimeInterval(-86_400)
        let end = to.addingTimeInterval(86_400)
        var changes: [(at: Date, offset: Int)] = []
        var previous = zone.offset(at: start)
        var probe = start
        while probe < end {
            let next = probe.addingTimeInterval(3600)
            let offset = zone.offset(at: next)
            if offset != previous {
                var (low, high) = (probe.timeIntervalSince1970, next.timeIntervalSince1970)
                while high - low > 60 {
                    let middle = ((low + high) / 2 / 60).rounded(.down) * 60
                    if zone.offset(at: Date(timeIntervalSince1970: middle)) == previous { low = middle } else { high = middle }
                }
                changes.append((Date(timeIntervalSince1970: high), offset))
                previous = offset
            }
            probe = next
        }
        return ICalendar.TimeZoneRule(identifier: zone.identifier, initialOffset: zone.offset(at: start), changes: changes)
    }
}

extension Event {
    /// The promised day a promise or a reply gave, if any.
    fileprivate var deadline: Deadline? {
        switch payload {
        case .timelinePromised(let timeline): timeline.deadline
        case .replyReceived(let reply): reply.deadline
        default: nil
        }
    }
}
