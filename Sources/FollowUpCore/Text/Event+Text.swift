extension Event {
    /// One line of a process's history ("interviewed (technical) with Dana — the migration"), the
    /// same in `followup show` and on the process page.
    public var summary: String {
        switch payload {
        case .interviewed(let i):
            var text = "interviewed (\(i.kind.rawValue))"
            if let with = i.with { text += " with \(with)" }
            if let topics = i.topics { text += " — \(topics)" }
            if i.personal { text += " · personal" }
            return text
        case .timelinePromised(let t):
            let words = (t.phrase.map { " — “\($0)”" } ?? "") + (t.reading.map { " (read: \($0))" } ?? "")
            guard let deadline = t.deadline else { return "promised an answer with no firm date\(words)" }
            let due = deadline.isRange ? "\(deadline.start)..\(deadline.end)" : "\(deadline.end)"
            return "promised an answer by \(due)\(words)"
        case .messageSent(let m):
            return "sent \(m.kind.rawValue)\(m.to.map { " to \($0)" } ?? "")\(m.text == nil ? "" : " (with text)")"
        case .replyReceived(let r):
            var text = "reply received\(r.from.map { " from \($0)" } ?? "")"
            if r.invitesNextStep { text += " · invites the next step" }
            if let d = r.deadline { text += " · new deadline \(d.end)" }
            return text
        case .contextChanged(let c):
            switch c.kind {
            case .offer(let day): return "context: offer to answer by \(day)\(c.note.map { " — \($0)" } ?? "")"
            case .finalRoundElsewhere: return "context: final round elsewhere\(c.note.map { " — \($0)" } ?? "")"
            case .availabilityChanged(let text): return "context: availability — \(text)"
            }
        case .closed(let outcome): return "closed (\(outcome.rawValue))"
        case .retracted(let target): return "undo of event \(target)"
        }
    }

    /// What was just recorded, for the confirmation after a change ("answer promised by Fri 13 Mar
    /// (end of day, America/New_York)").
    public func recordedSummary(in process: HiringProcess, today: Day) -> String {
        switch payload {
        case .interviewed(let interview): return "\(interview.kind.rawValue) interview"
        case .timelinePromised(let timeline):
            guard let deadline = timeline.deadline else { return "a promise with no firm date (the no-timeline rule, P4, from that day)" }
            let due =
                deadline.isRange
                ? "between \(DateText.day(deadline.start, today: today)) and \(DateText.day(deadline.end, today: today))"
                : "by \(DateText.day(deadline.end, today: today))"
            return "answer promised \(due) (end of day, \(process.zone.identifier))"
        case .messageSent(let message): return "\(message.kind.rawValue) sent"
        case .replyReceived(let reply): return reply.invitesNextStep ? "reply inviting the next step" : "reply received"
        case .contextChanged(let change): return "new context (\(change.kindName))"
        case .closed(let outcome): return "closed (\(outcome.rawValue))"
        case .retracted(let target): return "event \(target) undone"
        }
    }
}

extension HiringProcess {
    /// Summary for lists and headings: "Acme — Backend Engineer".
    public var title: String { "\(company) — \(role)" }
}
