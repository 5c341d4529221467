import Foundation
import Testing

@testable import FollowUpCLI

/// `CallerThreadExecutor` runs commands on the main thread; these hold it to what a plain task
/// gives, from any thread that starts it.
@Suite struct CallerThreadExecutorTests {
    /// The calling thread, read outside any async context.
    static func threadID() -> pthread_t { pthread_self() }

    @Test("the body's value comes back, and every step of it ran on the thread that started it")
    func runsOnCaller() async throws {
        let caller = Self.threadID()
        let seen = CallerThreadExecutor.run { () -> [Bool] in
            var onCaller = [pthread_equal(Self.threadID(), caller) != 0]
            await Task.yield()
            onCaller.append(pthread_equal(Self.threadID(), caller) != 0)
            async let child = Self.threadID()
            onCaller.append(pthread_equal(await child, caller) != 0)
            return onCaller
        }
        #expect(seen == [true, true, true])
    }

    @Test("work resumed from other threads comes back to it, in the order a plain task sees")
    func resumesFromOtherThreads() async throws {
        @Sendable func steps() async -> [Int] {
            var order: [Int] = []
            for step in 0..<20 {
                let value = await withCheckedContinuation { continuation in
                    DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(step % 3)) { continuation.resume(returning: step) }
                }
                order.append(value)
            }
            return order
        }
        let plain = await Task.detached { await steps() }.value
        let caller = Self.threadID()
        let (order, onCaller) = CallerThreadExecutor.run { (await steps(), pthread_equal(Self.threadID(), caller) != 0) }
        #expect(order == plain)
        #expect(order == Array(0..<20))
        #expect(onCaller)
    }
}
