import Foundation
import Testing

/// One scripted session through every command a user runs, compared byte for byte (standard
/// output, standard error and exit status) with `Golden/session.txt`: what users see, every `--json`
/// shape and every error line stays the same through a refactoring unless the file is changed on
/// purpose. `FOLLOWUP_UPDATE_GOLDEN=1 swift test --filter GoldenSession` writes it anew.
@Suite struct GoldenSessionTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/session.txt")

    /// (now, arguments); `MSG` stands for a message file the session writes.
    static let session: [(String, [String])] = [
        ("2026-03-09T10:00", ["settings", "time-zone", "America/New_York"]),
        (
            "2026-03-09T10:00",
            [
                "add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.example>", "--time-zone", "America/New_York",
                "--region", "US",
            ]
        ),
        (
            "2026-03-09T10:05",
            ["add", "Globo Ltda", "--role", "Analista de Dados", "--time-zone", "America/Sao_Paulo", "--region", "BR", "--language", "pt-BR"]
        ),
        ("2026-03-11T16:00", ["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00", "--kind", "panel", "--with", "Dana"]),
        ("2026-03-11T16:05", ["promised", "acme-backend-engineer", "they said we would hear by Friday"]),
        ("2026-03-11T16:06", ["interviewed", "globo-ltda-analista-de-dados", "--at", "2026-03-11 10:00"]),
        ("2026-03-11T16:07", ["promised", "globo-ltda-analista-de-dados", "em até 10 dias úteis"]),
        ("2026-03-12T10:00", ["today"]),
        ("2026-03-12T10:00", ["today", "--json"]),
        ("2026-03-12T10:00", ["today", "--all", "--on", "2026-03-20"]),
        ("2026-03-12T10:01", ["advise", "acme-backend-engineer"]),
        ("2026-03-12T10:01", ["advise", "acme-backend-engineer", "--json"]),
        ("2026-03-12T10:01", ["show", "acme-backend-engineer"]),
        ("2026-03-12T10:01", ["show", "acme-backend-engineer", "--json"]),
        ("2026-03-12T10:01", ["list"]),
        ("2026-03-12T10:01", ["list", "--json"]),
        ("2026-03-12T10:02", ["draft", "acme-backend-engineer"]),
        ("2026-03-12T10:02", ["draft", "acme-backend-engineer", "--json"]),
        ("2026-03-12T10:05", ["sent", "acme-backend-engineer", "--kind", "check-in", "--file", "MSG"]),
        ("2026-03-12T10:06", ["review", "MSG", "--format", "json"]),
        ("2026-03-12T10:06", ["review", "MSG", "--process", "acme-backend-engineer"]),
        ("2026-03-12T10:07", ["undo", "acme-backend-engineer"]),
        ("2026-03-16T10:00", ["sent", "acme-backend-engineer", "--kind", "check-in"]),
        ("2026-03-16T10:01", ["replied", "acme-backend-engineer", "--from", "Dana", "--by", "2026-03-20"]),
        ("2026-03-16T10:02", ["context", "acme-backend-engineer", "--offer-deadline", "2026-03-19"]),
        ("2026-03-16T10:03", ["today"]),
        ("2026-03-16T10:04", ["close", "globo-ltda-analista-de-dados", "--outcome", "rejected"]),
        ("2026-03-16T10:05", ["today", "--all", "--json"]),
        ("2026-03-16T10:05", ["advise", "acme-backend-enginer"]),
        ("2026-03-16T10:05", ["promised", "acme-backend-engineer", "lovely to meet you"]),
        ("2026-03-16T10:05", ["interviewed", "acme-backend-engineer", "--at", "2027-01-01 10:00"]),
        ("2026-03-16T10:06", ["export"]),
        ("2026-03-16T10:06", ["settings"]),
        ("2026-03-16T10:06", ["settings", "no-such-key", "1"]),
        ("2026-03-16T10:06", ["parse", "by the end of next week", "--json"]),
    ]

    @Test("a whole session prints what it printed before: text, JSON, errors and exit codes")
    func session() throws {
        let cli = CLIRunner()
        let message = cli.folder + "/message.txt"
        try "Hi Dana, how much longer will this take? I am so anxious.\n".write(toFile: message, atomically: true, encoding: .utf8)
        var transcript = ""
        for (now, arguments) in Self.session {
            let arguments = arguments.map { $0 == "MSG" ? message : $0 }
            let result = try cli.run(arguments, now: now)
            transcript += "### \(now) followup \(arguments.joined(separator: " "))\n\(result.out)\(result.err)[exit \(result.status)]\n"
        }
        transcript = transcript.replacingOccurrences(of: cli.folder, with: "TMP")
        if ProcessInfo.processInfo.environment["FOLLOWUP_UPDATE_GOLDEN"] == "1" {
            try transcript.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let (got, want) = (
            transcript.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        if let first = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("line \(first.offset + 1) differs:\n  now:    \(first.element.0)\n  before: \(first.element.1)")
        }
        #expect(got.count == want.count)
    }
}
