public import Foundation

/// Advice across every process, ordered by what to do first: due now, then coming up, then
/// waiting, then closed.
public struct Agenda: Sendable {
    /// Where a process stands on the agenda, in the order the groups are shown.
    public enum Group: Int, Sendable, Comparable, CaseIterable, Codable {
        case actNow, comingUp, waiting, closed

        public var title: String {
            switch self {
            case .actNow: "Act now"
            case .comingUp: "Coming up"
            case .waiting: "Waiting"
            case .closed: "Closed"
            }
        }

        /// The name used in JSON.
        public var key: String {
            switch self {
            case .actNow: "act-now"
            case .comingUp: "coming-up"
            case .waiting: "waiting"
            case .closed: "closed"
            }
        }

        public static func < (lhs: Group, rhs: Group) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One process on the agenda.
    public struct Item: Sendable, Equatable {
        public var process: HiringProcess
        public var advice: Advice
        public var group: Group
    }

    public let items: [Item]

    /// Computes the agenda at `now`; `calendar` gives each process the business calendar of its
    /// region.
    public init(states: [ProcessState], at now: Date, policy: FollowUpPolicy, calendar: @escaping @Sendable (HiringProcess) -> BusinessCalendar) {
        self.init(states: states, at: now, policy: policy, parallelism: 1, calendar: calendar)
    }

    /// The same on `parallelism` cores: the use-case layer decides how many, the core never asks.
    package init(
        states: [ProcessState], at now: Date, policy: FollowUpPolicy, parallelism: Int,
        calendar: @escaping @Sendable (HiringProcess) -> BusinessCalendar
    ) {
        self.init(
            items: states.concurrentMap(ways: parallelism) { state in
                Agenda.item(for: state, at: now, policy: policy, calendar: calendar(state.process))
            }, parallelism: parallelism)
    }

    /// Puts items computed one by one (`item(for:at:policy:calendar:)`) in agenda order.
    public init(items: [Item]) {
        self.init(items: items, parallelism: 1)
    }

    package init(items: [Item], parallelism: Int) {
        let order = Agenda.order(of: items)
        self.items = order.concurrentMap(ways: parallelism) { items[$0] }
    }

    /// One process's place on the agenda: its advice and group. Items can be made as processes
    /// are read, on any core, and ordered afterwards.
    public static func item(for state: ProcessState, at now: Date, policy: FollowUpPolicy, calendar: BusinessCalendar) -> Item {
        let advice = policy.advice(for: state, at: now, calendar: calendar)
        return Item(process: state.process, advice: advice, group: group(of: advice, state: state, at: now))
    }

    /// The positions of `items` in agenda order, for callers that keep something beside each item.
    public static func order(of items: [Item]) -> [Int] {
        // Sort positions on keys laid out beside them: moving 100,000 items, or their ids, costs
        // more than the policy. Ties go by process id; items that arrive in id order (as the store
        // hands them over) need no string comparison for that.
        let groups = items.map { $0.group }
        let keys = items.map(Agenda.sortKey)
        let inIDOrder = items.indices.dropFirst().allSatisfy { items[$0 - 1].process.id < items[$0].process.id }
        var order = Array(items.indices)
        order.sort { a, b in
            if groups[a] != groups[b] { return groups[a] < groups[b] }
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return inIDOrder ? a < b : items[a].process.id < items[b].process.id
        }
        return order
    }

    /// The items of one group, in agenda order.
    public func items(in group: Group) -> [Item] {
        items.filter { $0.group == group }
    }

    static func group(of advice: Advice, state: ProcessState, at now: Date) -> Group {
        if state.closure != nil { return .closed }
        if advice.action.isActionable {
            return advice.isDue(at: now) ? .actNow : .comingUp
        }
        return .waiting
    }

    /// Due now: the window that closes soonest first; coming up: the one that opens soonest;
    /// waiting: the wait that ends soonest.
    static func sortKey(_ item: Item) -> Double {
        guard let window = item.advice.window else { return .infinity }
        switch item.group {
        case .actNow: return (window.latest ?? .distantFuture).timeIntervalSince1970
        case .comingUp: return window.earliest.timeIntervalSince1970
        case .waiting: return (window.latest ?? .distantFuture).timeIntervalSince1970
        case .closed: return 0
        }
    }
}
