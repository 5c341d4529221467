import FollowUpApp
import FollowUpCore
import FollowUpStore

/// What the layout shows around every page: the title, the navigation, the form token and today.
struct Chrome {
    var title: String
    var csrf: String
    var nav: [NavItem]
    var today: String
    var zone: String

    struct NavItem {
        var href: String
        var label: String
        var current: Bool
    }

    init(_ title: String, section: String, site: Site, workspace: Workspace) {
        self.title = title
        csrf = site.formToken
        nav = [("/", "Today"), ("/processes/new", "New process"), ("/review", "Review a message"), ("/settings", "Settings")].map {
            NavItem(href: $0.0, label: $0.1, current: $0.0 == section)
        }
        today = DateText.day(workspace.today)
        zone = workspace.userZone.identifier
    }
}

/// One `<option>` of a `<select>`.
struct Option {
    var value: String
    var label: String
    var selected: Bool

    static func list<T: RawRepresentable & CaseIterable>(_ type: T.Type, selected: String?, label: (T) -> String = { $0.rawValue }) -> [Option]
    where T.RawValue == String {
        T.allCases.map { Option(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}

/// One piece of advice as a card: what, when in both zones, which rule and why.
struct AdviceView {
    var id: String
    var href: String
    var title: String
    var company: String
    var role: String
    var action: String
    var when: String?
    var rule: String?
    var explanation: String
    var due: Bool
    var draftHref: String?
    var draftLabel: String?

    init(
        id: String, href: String, title: String, company: String, role: String, action: String, when: String?,
        rule: String?, explanation: String, due: Bool, draftHref: String?, draftLabel: String?
    ) {
        (self.id, self.href, self.title, self.company, self.role, self.action) = (id, href, title, company, role, action)
        (self.when, self.rule, self.explanation, self.due, self.draftHref, self.draftLabel) = (when, rule, explanation, due, draftHref, draftLabel)
    }

    init(_ advice: Advice, process: HiringProcess, workspace: Workspace) {
        id = process.id.rawValue
        href = "/processes/\(Paths.escape(process.id.rawValue))"
        title = process.title
        company = process.company
        role = process.role
        action = advice.action.title
        if advice.action == .wait {
            when = advice.window?.latest.map { "until \(advice.momentText($0, userZone: workspace.userZone, today: workspace.today))" }
        } else {
            when = advice.windowText(userZone: workspace.userZone, today: workspace.today)
        }
        rule = advice.rule?.label
        explanation = advice.explanation
        due = advice.isDue(at: workspace.now)
        if let kind = advice.draftKind, advice.action.isActionable {
            draftHref = "\(href)/draft?kind=\(kind.rawValue)"
            draftLabel = "Write the \(kind.rawValue)"
        }
    }
}

/// A review as the editor shows it: the verdict, the figures, the findings and the text with the
/// flagged words marked (drawn here, so the page reads the same without JavaScript).
struct ReviewView {
    var ready: Bool
    var verdict: String
    var figures: String
    var findings: [Review.JSON.Finding]
    var highlighted: String
    var kindNote: String?

    init(_ review: Review, text: String, kindNote: String? = nil) {
        ready = review.isReadyToSend
        verdict = review.verdict
        let f = review.figures
        figures =
            "\(Self.count(f.words, "word")) · \(Self.count(f.sentences, "sentence")) · \(Self.count(f.questions, "question")) · reading ease \(Int(f.readingEase.rounded()))"
        findings = review.json().findings
        highlighted = Highlight.html(text, findings: review.findings)
        self.kindNote = kindNote
    }
}

extension ReviewView {
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

enum Paths {
    /// A path segment from an id (ids are slugs, but stay safe whatever they hold).
    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#"])) ?? segment
    }
}
