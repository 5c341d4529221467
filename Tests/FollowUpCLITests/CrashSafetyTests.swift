import FollowUpApp
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every command is one transaction: a writer killed at any moment leaves a sound file that holds
/// every event it acknowledged.
@Suite struct CrashSafetyTests {
    @Test("SIGKILL at random moments never corrupts the file or loses an acknowledged event")
    func killedWriters() async throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        let arguments = ["sent", "acme-sre", "--kind", "other", "--at", "2026-03-16 10:00", "--to", "Dana"]

        // Calibrate: how long one write takes from start to exit on this machine.
        let start = Date()
        for _ in 0..<5 { try cli.ok(arguments, now: "2026-03-20T10:00") }
        let lifetime = Date().timeIntervalSince(start) / 5

        var acknowledged: [Int64] = []
        var killed = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var running: [(Process, Pipe)] = []
            for _ in 0..<3 {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
                process.arguments = arguments
                var environment = cli.environment
                environment["FOLLOWUP_NOW"] = "2026-03-20T10:00"
                process.environment = environment
                let out = Pipe()
                process.standardOutput = out
                process.standardError = FileHandle.nullDevice
                try process.run()
                running.append((process, out))
            }
            // Every fifth round runs to the end, so acknowledged events exist however busy the machine
            // is; the others are killed at a random moment of their lifetime (or a little after).
            if round % 5 != 0 {
                usleep(UInt32(Double.random(in: 0...(lifetime * 2), using: &generator) * 1_000_000))
                for (process, _) in running where process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
            for (process, out) in running {
                let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                if process.terminationReason == .uncaughtSignal {
                    killed += 1
                } else if process.terminationStatus == 0, let id = Self.eventID(in: text) {
                    acknowledged.append(id)
                }
            }
        }
        print("crash test: killed \(killed), acknowledged \(acknowledged.count)")
        #expect(killed > 0, "no writer was killed: the test did not test anything")
        #expect(acknowledged.count > 0)

        let queue = try DatabaseQueue(path: cli.database)
        let (integrity, stored, packed) = try await queue.read { db in
            (
                try String.fetchAll(db, sql: "PRAGMA integrity_check"), Set(try Int64.fetchAll(db, sql: "SELECT id FROM event")),
                try Row.fetchAll(db, sql: "SELECT history, event_count FROM process").map { ($0[0] as Data, $0[1] as Int) }
            )
        }
        #expect(integrity == ["ok"])
        // The packed copy of the history was written in the same transactions: never behind.
        for (history, count) in packed { #expect(history.count >= 5 && Int(history[1]) + Int(history[2]) << 8 == count) }
        #expect(Set(acknowledged).isSubset(of: stored), "acknowledged events missing: \(Set(acknowledged).subtracting(stored).sorted())")
        try queue.close()
        // And the file is still usable.
        let show = try cli.json(["show", "acme-sre"], now: "2026-03-20T10:05") as! [String: Any]
        #expect((show["events"] as! [Any]).count == stored.count)
    }

    static func eventID(in output: String) -> Int64? {
        guard let range = output.range(of: #"^Recorded event \d+ "#, options: .regularExpression) else { return nil }
        return Int64(output[range].dropFirst(15).dropLast())
    }
}
