import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite("followup serve")
struct ServeCommandTests {
    /// Starts `followup serve ARGS` and returns it with the first line it printed (or its error).
    func start(_ runner: CLIRunner, _ arguments: [String]) throws -> (process: Process, line: String, err: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["serve"] + arguments
        process.environment = runner.environment.merging(["FOLLOWUP_NOW": "2026-03-11T16:00"]) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        return (process, String(decoding: line, as: UTF8.self), err)
    }

    /// Stops a server the way Ctrl-C would, and for certain: a server left behind by a test would
    /// keep running after the suite.
    func stop(_ process: Process) {
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    @Test("port 0 picks a free port, says where it runs, and serves the same database as the commands")
    func servesOnFreePort() async throws {
        let runner = CLIRunner()
        try runner.ok(["add", "Acme", "--role", "Backend Engineer", "--time-zone", "America/New_York"], now: "2026-03-10T10:00")
        let (process, line, _) = try start(runner, ["--port", "0"])
        defer { stop(process) }
        #expect(line.hasPrefix("Followup is running at http://127.0.0.1:"), "\(line)")
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") })
        let (data, _) = try await URLSession.shared.data(from: URL(string: "\(address)/api/processes")!)
        #expect(String(decoding: data, as: UTF8.self).contains("acme-backend-engineer"))
    }

    @Test("a change made by the command line while the server runs shows on the next page")
    func seesOtherWriters() async throws {
        let runner = CLIRunner()
        try runner.ok(["add", "Acme", "--role", "Backend Engineer", "--time-zone", "America/New_York"], now: "2026-03-10T10:00")
        let (process, line, _) = try start(runner, ["--port", "0"])
        defer { stop(process) }
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") })
        func page(_ path: String) async throws -> String {
            let (data, _) = try await URLSession.shared.data(from: URL(string: "\(address)\(path)")!)
            return String(decoding: data, as: UTF8.self)
        }
        let before = try await page("/")
        #expect(before.contains("Nothing to do") || before.contains("Acme"))
        #expect(!before.contains("P4 no-timeline"))
        try runner.ok(["interviewed", "acme-backend-engineer", "--at", "2026-03-10 14:00"], now: "2026-03-10T16:00")
        #expect(try await page("/").contains("P4 no-timeline"), "Today was drawn again after another program wrote")
        try runner.ok(["settings", "sending-hours", "08:00-10:00"])
        #expect(try await page("/api/settings").contains("\"sending-hours\":\"08:00-10:00\""))
    }

    @Test("a non-loopback host warns that others can reach the data")
    func warnsOffLoopback() throws {
        let (process, line, err) = try start(CLIRunner(), ["--host", "0.0.0.0", "--port", "0"])
        defer { stop(process) }
        #expect(line.contains("Followup is running at http://0.0.0.0:"))
        stop(process)
        let warning = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(warning.contains("warning: listening on 0.0.0.0: anyone who can reach this address can read and change your processes"))
    }

    @Test("a bad port or clock is refused before anything starts")
    func refusals() throws {
        let runner = CLIRunner()
        let port = try runner.run(["serve", "--port", "70000"])
        #expect(port.status == 2)
        #expect(port.err.contains("--port must be from 0 to 65535"))
        let clock = try runner.run(["serve", "--port", "0"], now: "next tuesday")
        #expect(clock.status == 2)
        #expect(clock.err.contains("FOLLOWUP_NOW"))
    }
}
