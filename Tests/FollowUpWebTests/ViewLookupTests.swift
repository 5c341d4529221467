import Mustache
import Testing

@testable import FollowUpWeb

@Suite("View lookups")
struct ViewLookupTests {
    /// Every stored property a `MustacheParent` view has must be reachable by name, or a template
    /// would silently draw nothing for it.
    static func unreachable(_ view: some MustacheParent) -> [String] {
        Mirror(reflecting: view).children.compactMap(\.label).filter { name in
            let mirrored = Mirror(reflecting: view).children.first { $0.label == name }!.value
            let isNil = Mirror(reflecting: mirrored).displayStyle == .optional && Mirror(reflecting: mirrored).children.isEmpty
            return !isNil && view.child(named: name) == nil
        }
    }

    @Test("the direct lookups name every property of their views")
    func complete() throws {
        let nav = Chrome.NavItem(href: "/", label: "Today", current: true)
        #expect(Self.unreachable(nav).isEmpty)
        let advice = AdviceView(
            id: "a", href: "/processes/a", title: "A — B", company: "A", role: "B", action: "Check in", when: "Mon",
            rule: "P3 after-deadline", explanation: "why", due: true, draftHref: "/d", draftLabel: "Write")
        #expect(Self.unreachable(advice).isEmpty)
        let group = TodayPage.Group(key: "act-now", title: "Act now", items: [advice], folded: false)
        #expect(Self.unreachable(group).isEmpty)
    }
}
