import Mustache

// Direct lookups for the views drawn many times per page: without them swift-mustache builds a
// `Mirror` for every name it resolves, which took 85 % of drawing Today for 1,000 processes.
// Each list names every stored property of its type; `ViewLookupTests` checks they stay in step.

extension AdviceView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "href": href
        case "title": title
        case "company": company
        case "role": role
        case "action": action
        case "when": when
        case "rule": rule
        case "explanation": explanation
        case "due": due
        case "draftHref": draftHref
        case "draftLabel": draftLabel
        default: nil
        }
    }
}

extension TodayPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "chrome": chrome
        case "groups": groups
        case "empty": empty
        case "nothingToSend": nothingToSend
        case "on": on
        default: nil
        }
    }
}

extension TodayPage.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "title": title
        case "items": items
        case "folded": folded
        default: nil
        }
    }
}

extension Chrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "csrf": csrf
        case "nav": nav
        case "today": today
        case "zone": zone
        default: nil
        }
    }
}

extension Chrome.NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "current": current
        default: nil
        }
    }
}
