import Foundation
import Testing

@testable import FollowUpCLI

@Suite struct SplitOperandsTests {
    @Test("review's file operands are split from its options, values included, in order")
    func split() {
        let (options, files) = Followup.ReviewCommand.splitOperands(
            ["review", "a.txt", "--kind", "check-in", "b.txt", "--format=json", "--language", "en", "-", "--disable", "R6", "--", "--odd name.txt"])
        #expect(options == ["review", "--kind", "check-in", "--format=json", "--language", "en", "--disable", "R6"])
        #expect(files == ["a.txt", "b.txt", "-", "--odd name.txt"])
    }

    @Test("every option of review that takes a value is known to the split")
    func knownOptions() {
        let help = Followup.ReviewCommand.helpMessage(columns: 200)
        for line in help.split(separator: "\n") where line.hasPrefix("  --") && line.contains(" <") {
            let name = String(line.dropFirst(2).prefix { $0 != " " })
            #expect(Followup.ReviewCommand.valueOptions.contains(name), "\(name) takes a value but is not in valueOptions")
        }
    }

    @Test("a plain review command line is read without ArgumentParser, and anything else is left to it")
    func plainRequest() throws {
        let plain = [
            "review", "--kind", "check-in", "--format", "json", "--language", "pt-BR", "--disable", "R6", "--disable", "r2", "--db", "x.sqlite",
            "--process", "p1",
        ]
        let request = try #require(Followup.ReviewCommand.plainRequest(options: plain, files: ["a.txt"]))
        #expect(request.files == ["a.txt"])
        #expect(request.kind == .checkIn)
        #expect(request.format == .json)
        #expect(request.language == "pt-BR")
        #expect(request.disable == ["R6", "r2"])
        #expect(request.database == "x.sqlite")
        #expect(request.process == "p1")
        let defaults = try #require(Followup.ReviewCommand.plainRequest(options: ["review"], files: []))
        #expect(defaults.format == .text && defaults.kind == nil && defaults.files.isEmpty)
        // Help, `--opt=value`, repeated or unknown options, missing or invalid values: ArgumentParser's to explain.
        for options in [
            ["review", "--help"], ["review", "-h"], ["review", "--format=json"], ["review", "--format", "json", "--format", "text"],
            ["review", "--kind", "thanks"], ["review", "--format", "yaml"], ["review", "--kind"], ["review", "--kind", "--format"],
            ["review", "--colour", "x"], ["draft", "--kind", "final"],
        ] {
            #expect(Followup.ReviewCommand.plainRequest(options: options, files: []) == nil, "\(options)")
        }
    }

    @Test("a plain today command line is read without ArgumentParser, and anything else is left to it")
    func plainToday() throws {
        let request = try #require(Followup.Today.plainRequest(["today", "--all", "--json", "--on", "2026-03-20", "--db", "x.sqlite"]))
        #expect(request.all && request.json && request.on == "2026-03-20" && request.database == "x.sqlite")
        let defaults = try #require(Followup.Today.plainRequest(["today"]))
        #expect(!defaults.all && !defaults.json && defaults.on == nil && defaults.database == nil)
        for arguments in [
            ["today", "--help"], ["today", "-h"], ["today", "--on=2026-03-20"], ["today", "--all", "--all"], ["today", "--on"],
            ["today", "--on", "--json"], ["today", "--colour"], ["today", "extra"], ["list"],
        ] {
            #expect(Followup.Today.plainRequest(arguments) == nil, "\(arguments)")
        }
    }

    @Test("today gives the same agenda however its options are written")
    func todayEitherWay() throws {
        let cli = CLIRunner()
        _ = try cli.ok(["add", "Acme", "--role", "Backend Engineer", "--region", "US"], now: "2026-03-02T09:00")
        _ = try cli.ok(["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        for form in [["--json", "--on", "2026-03-20"], ["--json", "--on=2026-03-20"]] {
            #expect(
                try cli.ok(["today"] + form, now: "2026-03-12T10:00") == cli.ok(["today", "--json", "--on", "2026-03-20"], now: "2026-03-12T10:00"))
        }
        #expect(
            try cli.ok(["today", "--all", "--db", cli.database], now: "2026-03-12T10:00")
                == cli.ok(["today", "--db=\(cli.database)", "--all"], now: "2026-03-12T10:00"))
        let wrong = try cli.run(["today", "--colour"], now: "2026-03-12T10:00")
        #expect(wrong.status == 2)
        #expect(wrong.err.contains("--colour"))
    }
}
