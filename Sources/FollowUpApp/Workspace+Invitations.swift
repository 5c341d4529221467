public import FollowUpCore
public import FollowUpMail
import Foundation

extension Workspace {
    /// Invitations into interviews. Each is matched to a process like mail (its organizer and
    /// attendees, minus the user), or to `process` when the caller already knows it; recorded once
    /// by its `UID` when it has taken place, and reported as scheduled before then, so a later
    /// scan records it. A cancelled one is reported and never recorded.
    public func readInvitations(
        _ invitations: [CalendarInvitation], source: String, process known: ProcessID? = nil, dryRun: Bool
    )
        async throws(StoreError) -> [MailScan.Line]
    {
        let own = Set(try await store.settings().mailAddresses)
        var index = MailIndex(try await store.states())
        var lines: [MailScan.Line] = []
        for invitation in invitations {
            lines.append(try await readInvitation(invitation, source: source, known: known, own: own, index: &index, dryRun: dryRun))
        }
        return lines
    }

    func readInvitation(
        _ invitation: CalendarInvitation, source: String, known: ProcessID?, own: Set<String>, index: inout MailIndex, dryRun: Bool
    ) async throws(StoreError) -> MailScan.Line {
        var line = MailScan.Line(source: source, messageID: invitation.uid, action: .skipped, reason: "")
        if let process = index.processByMessageID[invitation.uid] {
            (line.action, line.process, line.reason) = (.known, process, "already recorded")
            return line
        }
        let process: ProcessID
        if let known {
            (process, line.reason) = (known, "the invitation came in this process's mail")
        } else {
            let people = ([invitation.organizer].compactMap { $0 } + invitation.attendees).map { $0.address.lowercased() }.filter {
                !own.contains($0)
            }
            switch index.match(thread: [], counterparts: people) {
            case .found(let id, let how): (process, line.reason) = (id, how)
            case .ambiguous(let ids):
                line.reason = "matches \(ids.map(\.rawValue).joined(separator: " and ")): record it by hand"
                return line
            case .none:
                line.reason = "no process knows \(people.isEmpty ? "its organizer" : people.joined(separator: ", "))"
                return line
            }
        }
        line.process = process
        guard let state = index.states[process] else {
            line.reason = "no process \(process.rawValue)"
            return line
        }
        guard let start = Self.instant(invitation.start, in: state.process.zone) else {
            line.reason = "its start could not be read"
            return line
        }
        line.at = start
        if invitation.isCancelled {
            line.reason = "cancelled"
            return line
        }
        guard start <= now else {
            (line.action, line.reason) = (.scheduled, "scheduled: recorded by a scan after it has taken place")
            return line
        }
        let end =
            invitation.end.flatMap { Self.instant($0, in: state.process.zone) }
            ?? invitation.duration.map { start.addingTimeInterval(TimeInterval($0)) }
        let with = invitation.organizer.flatMap { own.contains($0.address.lowercased()) ? nil : ($0.name.isEmpty ? $0.address : $0.name) }
        // The invitation's title names the meeting, not what was discussed: topics stay empty.
        let interview = Interview(kind: .other, endsAt: end.flatMap { $0 > start ? $0 : nil }, with: with, messageID: invitation.uid)
        line.action = .interview
        return try await commit(.interviewed(interview), at: start, id: invitation.uid, line: line, index: &index, dryRun: dryRun)
    }

    /// The instant of an invitation's time: UTC as written, a named zone from the time-zone
    /// database (Windows names too), else the file's own offset for it; a floating time in the
    /// process's zone; a whole day at its start there.
    static func instant(_ time: CalendarInvitation.Time, in fallback: Zone) -> Date? {
        guard let day = Day(year: time.year, month: time.month, day: time.day) else { return nil }
        let seconds = time.hour * 3600 + time.minute * 60 + time.second
        if time.isUTC {
            return Zone.utc.startOfDay(day).addingTimeInterval(TimeInterval(seconds))
        }
        var zone = fallback
        if let name = time.zone {
            let iana = windowsZones[name] ?? name.split(separator: "/").suffix(2).joined(separator: "/")
            if let named = (try? Zone(name)) ?? (try? Zone(iana)) {
                zone = named
            } else if let offset = time.declaredOffset {
                return Zone.utc.startOfDay(day).addingTimeInterval(TimeInterval(seconds - offset))
            }
        }
        if time.isDate { return zone.startOfDay(day) }
        return zone.instant(on: day, minute: seconds / 60).addingTimeInterval(TimeInterval(seconds % 60))
    }

    /// The Windows zone names Outlook and Exchange write as `TZID`, for the zones most searches meet.
    static let windowsZones: [String: String] = [
        "Eastern Standard Time": "America/New_York", "Central Standard Time": "America/Chicago", "Mountain Standard Time": "America/Denver",
        "Pacific Standard Time": "America/Los_Angeles", "GMT Standard Time": "Europe/London", "W. Europe Standard Time": "Europe/Berlin",
        "Romance Standard Time": "Europe/Paris", "Central Europe Standard Time": "Europe/Budapest",
        "E. South America Standard Time": "America/Sao_Paulo",
        "India Standard Time": "Asia/Kolkata", "AUS Eastern Standard Time": "Australia/Sydney", "Tokyo Standard Time": "Asia/Tokyo",
        "Canada Central Standard Time": "America/Regina", "Atlantic Standard Time": "America/Halifax", "UTC": "UTC",
    ]
}
