import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation

/// Today: every open process in the order to act, grouped.
struct TodayPage {
    var chrome: Chrome
    var groups: [Group]
    var empty: Bool
    var nothingToSend: Bool
    var on: String?

    struct Group {
        var key: String
        var title: String
        var items: [AdviceView]
        /// Closed processes fold into one line each: nothing to do there, so they stay out of the way.
        var folded: Bool
    }

    init(agenda: Agenda, workspace: Workspace, site: Site, on: String?) {
        chrome = Chrome("Today", section: "/", site: site, workspace: workspace)
        groups = Agenda.Group.allCases.compactMap { group in
            let items = agenda.items(in: group)
            guard !items.isEmpty else { return nil }
            return Group(
                key: group.key, title: group.title, items: items.map { AdviceView($0.advice, process: $0.process, workspace: workspace) },
                folded: group == .closed)
        }
        empty = agenda.items.isEmpty
        nothingToSend = !empty && !groups.contains { $0.key == Agenda.Group.actNow.key }
        self.on = on
    }
}

/// A process: its facts, its history, the advice in force and the forms to log what happened.
struct ProcessPage {
    var chrome: Chrome
    var id: String
    var href: String
    var title: String
    var facts: String
    var contacts: [String]
    var advice: AdviceView
    var events: [EventRow]
    var undoable: String?
    var closed: Bool
    var now: String
    var interviewKinds: [Option]
    var messageKinds: [Option]
    var outcomes: [Option]
    var words: String?
    var reading: String?
    var zone: String
    var error: String?
    /// Which form was refused, so it opens again beside its message.
    var failed: [String: Bool] = [:]
    var notice: String?
    var warning: String?
    var review: ReviewView?

    struct EventRow {
        var id: Int64
        var when: String
        var kind: String
        var summary: String
        var undone: Bool
    }

    init(state: ProcessState, workspace: Workspace, site: Site) {
        let process = state.process
        chrome = Chrome(process.title, section: "", site: site, workspace: workspace)
        id = process.id.rawValue
        href = "/processes/\(Paths.escape(id))"
        title = process.title
        var facts = ["time zone \(process.zone.identifier)", "language \(process.language.rawValue)"]
        if let region = process.region { facts.insert("region \(region)", at: 0) }
        facts.append("status \(state.closure.map { "closed (\($0.outcome.rawValue))" } ?? state.status.name)")
        self.facts = facts.joined(separator: " · ")
        contacts = process.contacts.map { "\($0.name)\($0.email.map { " <\($0)>" } ?? "") (\($0.role.rawValue))" }
        let advice = workspace.advice(for: state)
        self.advice = AdviceView(advice, process: process, workspace: workspace)
        events = state.history.reversed().map { event in
            EventRow(
                id: event.id, when: DateText.instant(event.at, in: workspace.userZone, today: workspace.today), kind: event.payload.kind.rawValue,
                summary: event.summary, undone: state.retracted.contains(event.id))
        }
        undoable = state.latestUndoable.map { "\($0.summary) (\(DateText.instant($0.at, in: workspace.userZone, today: workspace.today)))" }
        closed = state.closure != nil
        zone = process.zone.identifier
        now = Self.local(workspace.now, in: workspace.userZone)
        interviewKinds = Option.list(InterviewKind.self, selected: InterviewKind.other.rawValue)
        messageKinds = Option.list(MessageKind.self, selected: advice.draftKind?.rawValue ?? MessageKind.checkIn.rawValue)
        outcomes = Option.list(Outcome.self, selected: nil)
    }

    /// `YYYY-MM-DDTHH:MM` in a zone, as a `datetime-local` field wants it.
    static func local(_ instant: Date, in zone: Zone) -> String {
        let minute = zone.minuteOfDay(of: instant)
        return "\(zone.day(of: instant))T\(SendingHours.clock(minute))"
    }
}

/// The draft the advice calls for, in an editor that reviews as the user types.
struct DraftPage {
    var chrome: Chrome
    var id: String
    var href: String
    var title: String
    var subject: String
    /// The message, under the name the editor partial reads.
    var text: String
    var kind: String
    var kinds: [Option]
    var languages: [Option]
    var review: ReviewView
    var mailto: String
    /// The draft as a mail message to download, in the kind and language shown.
    var eml: String
    var adviceNote: String?

    init(state: ProcessState, draft: Draft, body: String, subject: String, review: Review, advice: Advice, workspace: Workspace, site: Site) {
        let process = state.process
        chrome = Chrome("Draft — \(process.title)", section: "", site: site, workspace: workspace)
        id = process.id.rawValue
        href = "/processes/\(Paths.escape(id))"
        title = process.title
        self.subject = subject
        text = body
        kind = draft.kind.rawValue
        kinds = Option.list(MessageKind.self, selected: draft.kind.rawValue)
        languages = Option.list(Language.self, selected: draft.language.rawValue)
        self.review = ReviewView(review, text: body)
        mailto = Self.mailto(to: process.primaryContact?.email, subject: subject, body: body)
        eml = "\(href)/draft.eml?kind=\(draft.kind.rawValue)&language=\(draft.language.rawValue)"
        if advice.draftKind != draft.kind {
            adviceNote = "The advice now is: \(advice.action.title.lowercased())\(advice.rule.map { " (\($0.label))" } ?? "")."
        }
    }

    /// A `mailto:` link the mail client opens with the subject and body filled in.
    static func mailto(to: String?, subject: String, body: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        let address = to.map { $0.addingPercentEncoding(withAllowedCharacters: allowed.union(["@"])) ?? "" } ?? ""
        return "mailto:\(address)?subject=\(encode(subject))&body=\(encode(body.replacingOccurrences(of: "\n", with: "\r\n")))"
    }
}

/// Review any message: paste it, pick kind and language (or let them be inferred).
struct ReviewPage {
    var chrome: Chrome
    var text: String
    var kinds: [Option]
    var languages: [Option]
    var review: ReviewView?

    init(text: String, kind: String?, language: String?, review: ReviewView?, workspace: Workspace, site: Site) {
        chrome = Chrome("Review a message", section: "/review", site: site, workspace: workspace)
        self.text = text
        kinds = [Option(value: "", label: "infer from the text", selected: kind == nil)] + Option.list(MessageKind.self, selected: kind)
        languages = [Option(value: "", label: "infer from the text", selected: language == nil)] + Option.list(Language.self, selected: language)
        self.review = review
    }
}

/// Start tracking a process.
struct NewProcessPage {
    var chrome: Chrome
    var values: Values
    var regions: [Option]
    var languages: [Option]
    var contactRoles: [Option]
    var zone: String
    var error: String?

    init(fields: Fields, error: String?, workspace: Workspace, site: Site) {
        chrome = Chrome("New process", section: "/processes/new", site: site, workspace: workspace)
        values = Values(
            company: fields.raw("company") ?? "", role: fields.raw("role") ?? "", contact: fields.raw("contact") ?? "",
            email: fields.raw("email") ?? "")
        let region = fields.text("region") ?? workspace.settings.region
        regions =
            [Option(value: "", label: "none (weekends only)", selected: region == nil)]
            + HolidayRegions.all.map { Option(value: $0.code, label: "\($0.code) — \($0.name)", selected: $0.code == region) }
        languages = Option.list(Language.self, selected: fields.text("language") ?? workspace.settings.language.rawValue)
        contactRoles = Option.list(ContactRole.self, selected: fields.text("contactRole") ?? ContactRole.recruiter.rawValue)
        zone = fields.text("timeZone") ?? workspace.userZone.identifier
        self.error = error
    }
}

extension NewProcessPage {
    /// What the user typed, kept when the form is refused.
    struct Values {
        var company: String
        var role: String
        var contact: String
        var email: String
    }
}

/// The user's settings, each with what it does and what it accepts.
struct SettingsPage {
    var chrome: Chrome
    var fields: [Field]
    var rules: [Rule]
    var saved: Bool
    var error: String?
    /// The calendar feed's address on this server, when the feed is on.
    var feed: String?

    struct Field {
        var name: String
        var summary: String
        var accepts: String
        var value: String
        var options: [Option] = []
        /// Whether the value is picked from `options` rather than typed (stored: templates see stored properties only).
        var choice = false
    }

    struct Rule {
        var id: String
        var label: String
        var off: Bool
    }

    init(settings: UserSettings, submitted: Fields?, saved: Bool, error: String?, workspace: Workspace, site: Site, authority: String?) {
        chrome = Chrome("Settings", section: "/settings", site: site, workspace: workspace)
        var fields: [Field] = []
        var disabled = ""
        for (key, stored) in settings.all {
            let value = submitted?.raw(key.name) ?? stored
            if key.name == "disabled-rules" {
                disabled = value
                continue
            }
            var field = Field(name: key.name, summary: key.summary, accepts: key.accepts, value: value)
            switch key.name {
            case "language": field.options = Option.list(Language.self, selected: value)
            case "optional-holidays": field.options = ["day-off", "business-day"].map { Option(value: $0, label: $0, selected: $0 == value) }
            case "thank-you": field.options = ["auto", "always", "never"].map { Option(value: $0, label: $0, selected: $0 == value) }
            default: break
            }
            field.choice = !field.options.isEmpty
            fields.append(field)
        }
        self.fields = fields
        let off = Set(disabled.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        rules = ReviewRuleID.allCases.map { Rule(id: $0.rawValue, label: $0.label, off: off.contains($0.rawValue)) }
        self.saved = saved
        self.error = error
        if let secret = settings.calendarFeed, secret != "off", let authority {
            feed = "http://\(authority)/calendar/\(secret).ics"
        }
    }
}

/// Any refusal, as a page.
struct ErrorPage {
    var chrome: Chrome?
    var title: String
    var message: String
}
