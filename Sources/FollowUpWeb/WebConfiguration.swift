public import FollowUpCore
public import FollowUpStore
public import Foundation

/// How `followup serve` runs: where it listens and what it runs against, all passed in so tests
/// can fix the clock and use a temporary database.
public struct WebConfiguration: Sendable {
    /// Loopback by default: the app is for the person at this machine, not for the network.
    public var host: String
    public var port: Int
    public var database: AppDatabase
    /// "Now" for every request; `FOLLOWUP_NOW` fixes it for tests and what-if use.
    public var clock: @Sendable () -> Date
    /// The user's zone when their settings name none (the machine's `TZ`).
    public var fallbackZone: Zone
    /// The largest request body accepted: a message is far shorter.
    public var bodyLimit: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: AppDatabase, clock: @escaping @Sendable () -> Date = { Date() },
        fallbackZone: Zone = .utc, bodyLimit: Int = 1_000_000
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.clock = clock
        self.fallbackZone = fallbackZone
        self.bodyLimit = bodyLimit
    }

    /// Whether the address reaches only this machine.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
