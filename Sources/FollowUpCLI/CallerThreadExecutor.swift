import Foundation

/// Runs a command's async work on the thread that starts it, the process's main thread.
///
/// An async `main` parks the main thread and starts the shared pool's workers for the first job,
/// and a command that reads a few rows then spends much of its time waiting for threads to wake.
/// With this executor as the task's preference, every job of the command (and of its child
/// tasks) runs here, in order, and no worker thread starts unless the command asks for one
/// (`concurrentMap`).
final class CallerThreadExecutor: TaskExecutor, @unchecked Sendable {
    /// Guards `jobs` and `finished`; jobs may be enqueued from any thread (a continuation that a
    /// callback thread resumes).
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs `body` to its end on the calling thread and returns what it returns.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
        let executor = CallerThreadExecutor()
        let result = Result<T>()
        Task(executorPreference: executor) {
            result.value = await body()
            executor.finish()
        }
        executor.drain()
        // `drain` returns only once the task has stored its value.
        return result.value!
    }

    private func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    /// Runs jobs as they come until the task has finished and no job is left.
    private func drain() {
        let unowned = asUnownedTaskExecutor()
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch { job.runSynchronously(on: unowned) }
        }
    }

    /// The task's value, written by the task before `finish` and read after `drain`.
    private final class Result<T>: @unchecked Sendable {
        var value: T?
    }
}
