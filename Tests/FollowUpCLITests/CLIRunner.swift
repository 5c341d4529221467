import Foundation
import Testing

/// Runs the real `followup` binary against a temporary database, as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var out: String
        var err: String
        var lines: [String] { out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    let folder: String
    var database: String { folder + "/followup.sqlite" }
    var environment: [String: String]
    /// Shared by every copy of the runner; the folder goes when the last copy does.
    private let owner: TemporaryFolder

    /// Removes a folder when nothing holds it any more, so test runs leave no files behind.
    private final class TemporaryFolder: Sendable {
        let path: String
        init(_ path: String) { self.path = path }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    init() {
        folder = NSTemporaryDirectory() + "followup-cli-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        owner = TemporaryFolder(folder)
        environment = ["FOLLOWUP_DB": folder + "/followup.sqlite", "TZ": "America/New_York", "HOME": folder, "PATH": "/usr/bin:/bin"]
    }

    /// The built `followup` beside the test bundle, or the one `FOLLOWUP_BINARY` names, so the same
    /// tests can hold the release binary (linked differently) to what the debug one does.
    static let binary: String = {
        if let chosen = ProcessInfo.processInfo.environment["FOLLOWUP_BINARY"], !chosen.isEmpty { return chosen }
        var candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        for folder in candidates {
            let path = folder.appendingPathComponent("followup").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return root.appendingPathComponent(".build/debug/followup").path
    }()

    /// Runs `followup ARGS` at a fixed "now" (FOLLOWUP_NOW).
    @discardableResult
    func run(_ arguments: [String], now: String? = nil, extra: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = arguments
        var env = environment
        if let now { env["FOLLOWUP_NOW"] = now }
        env.merge(extra) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed, returning its standard output.
    @discardableResult
    func ok(_ arguments: [String], now: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments, now: now)
        #expect(result.status == 0, "followup \(arguments.joined(separator: " ")) failed: \(result.err)", sourceLocation: sourceLocation)
        return result.out
    }

    /// The JSON a command prints, parsed.
    func json(_ arguments: [String], now: String? = nil) throws -> Any {
        let out = try ok(arguments + ["--json"], now: now)
        return try JSONSerialization.jsonObject(with: Data(out.utf8))
    }
}
