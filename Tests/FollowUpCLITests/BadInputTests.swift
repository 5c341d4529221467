import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Bad input never crashes and never half-writes: one line on stderr, exit 2 (usage) or 1
/// (failure), and the store exactly as it was.
@Suite struct BadInputTests {
    /// A database with one process and an interview, and its export before the bad command.
    func prepared() throws -> (CLIRunner, String) {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "Backend Engineer", "--time-zone", "America/New_York"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        try cli.ok(["close", "acme-backend-engineer", "--outcome", "rejected"], now: "2026-03-12T10:00")
        try cli.ok(["undo", "acme-backend-engineer"], now: "2026-03-12T10:01")
        return (cli, try cli.ok(["export"]))
    }

    /// Every region code, in the order `followup regions` lists them.
    static let regionCodes =
        "AU, AU-ACT, AU-NSW, AU-NT, AU-QLD, AU-SA, AU-TAS, AU-VIC, AU-WA, BR, BR-AC, BR-AL, BR-AM, BR-AP, BR-BA, BR-CE, BR-DF, BR-ES, BR-GO, BR-MA, BR-MG, BR-MS, BR-MT, BR-PA, BR-PB, BR-PE, BR-PI, BR-PR, BR-RJ, BR-RN, BR-RO, BR-RR, BR-RS, BR-SC, BR-SE, BR-SP, BR-TO, CA, CA-AB, CA-BC, CA-MB, CA-NB, CA-NL, CA-NS, CA-NT, CA-NU, CA-ON, CA-PE, CA-QC, CA-SK, CA-YT, DE, DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, DE-SN, DE-ST, DE-TH, ES, ES-AN, ES-AR, ES-AS, ES-CB, ES-CE, ES-CL, ES-CM, ES-CN, ES-CT, ES-EX, ES-GA, ES-IB, ES-MC, ES-MD, ES-ML, ES-NC, ES-PV, ES-RI, ES-VC, FR, GB, GB-ENG, GB-NIR, GB-SCT, GB-WLS, IN, PT, "
        + usCodes

    /// The United States and its subdivisions: what an unknown US code is told to use.
    static let usCodes =
        "US, US-AK, US-AL, US-AR, US-AS, US-AZ, US-CA, US-CO, US-CT, US-DC, US-DE, US-FL, US-GA, US-GU, US-HI, US-IA, US-ID, US-IL, US-IN, US-KS, US-KY, US-LA, US-MA, US-MD, US-ME, US-MI, US-MN, US-MO, US-MP, US-MS, US-MT, US-NC, US-ND, US-NE, US-NH, US-NJ, US-NM, US-NV, US-NY, US-OH, US-OK, US-OR, US-PA, US-PR, US-RI, US-SC, US-SD, US-TN, US-TX, US-UM, US-UT, US-VA, US-VI, US-VT, US-WA, US-WI, US-WV, US-WY"

    static let cases: [(arguments: [String], code: Int32, message: String)] = [
        (["advise", "acme-backend"], 2, "followup: error: no process with id 'acme-backend': did you mean 'acme-backend-engineer'?"),
        (["sent", "acme", "--kind", "check-in"], 2, "followup: error: no process with id 'acme': did you mean 'acme-backend-engineer'?"),
        (
            ["interviewed", "acme-backend-engineer", "--at", "2026-02-30 10:00"], 2,
            "followup: error: --at: cannot read the date '2026-02-30 10:00': write it as YYYY-MM-DD HH:MM (2026-03-11 14:30), YYYY-MM-DDTHH:MM, or with an offset such as 2026-03-11T14:30-05:00"
        ),
        (
            ["interviewed", "acme-backend-engineer", "--at", "03/04/2026"], 2,
            "followup: error: --at: cannot read the date '03/04/2026': write it as YYYY-MM-DD HH:MM (2026-03-11 14:30), YYYY-MM-DDTHH:MM, or with an offset such as 2026-03-11T14:30-05:00"
        ),
        (
            ["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00", "--ends", "2026-03-11 13:00"], 2,
            "followup: error: the interview ends (2026-03-11T13:00:00-04:00) before it starts: check --ends"
        ),
        (
            ["promised", "acme-backend-engineer", "--by", "Friday"], 2,
            "followup: error: --by: cannot read the date 'Friday': write it as YYYY-MM-DD (2026-03-13) or a range YYYY-MM-DD..YYYY-MM-DD"
        ),
        (
            ["promised", "acme-backend-engineer", "--by", "2026-03-20..2026-03-13"], 2,
            "followup: error: --by: the promised range ends (2026-03-13) before it starts (2026-03-20): give the earlier day first"
        ),
        (
            ["add", "Beta", "--role", "SRE", "--time-zone", "Mars/Olympus"], 2,
            "followup: error: --time-zone: unknown time zone 'Mars/Olympus': use an IANA name such as America/New_York, Europe/Lisbon or UTC"
        ),
        (
            ["add", "Beta", "--role", "SRE", "--region", "USA-California"], 2,
            "followup: error: --region: invalid region 'USA-California': use an ISO 3166 code such as US, GB-ENG, BR-SP or DE-BY"
        ),
        (
            ["add", "Beta", "--role", "SRE", "--region", "US-ZZ"], 2,
            "followup: error: --region: no holiday calendar for region 'US-ZZ': use one of \(usCodes) ('followup regions' lists every code)"
        ),
        (["add", "Beta", "--role", "  "], 2, "followup: error: the role is empty: give it a value"),
        (
            ["add", "Beta", "--role", "SRE", "--contact", "Dana <not-an-email>"], 2,
            "followup: error: --contact: cannot read the contact 'Dana <not-an-email>': write it as \"Name <name@example.com>\" or just a name"
        ),
        (
            ["sent", "acme-backend-engineer", "--kind", "check-in", "--at", "2026-03-21 10:00"], 2,
            "followup: error: the message is dated 2026-03-21T10:00:00-04:00, which is after now (2026-03-20T10:00:00-04:00): log it once it has happened, or fix --at"
        ),
        (
            ["replied", "acme-backend-engineer", "--at", "2026-03-22 10:00"], 2,
            "followup: error: the reply is dated 2026-03-22T10:00:00-04:00, which is after now (2026-03-20T10:00:00-04:00): log it once it has happened, or fix --at"
        ),
        (
            ["sent", "acme-backend-engineer", "--kind", "nudge"], 2,
            "followup: error: The value 'nudge' is invalid for '--kind <kind>'. Please provide one of 'thank-you', 'check-in', 'final', 'alignment' or 'other'. (see 'followup sent --help')"
        ),
        (
            ["context", "acme-backend-engineer"], 2,
            "followup: error: give exactly one of --offer-deadline DATE, --final-round-elsewhere or --availability TEXT (see 'followup context --help')"
        ),
        (
            ["settings", "colour", "blue"], 2,
            "followup: error: settings: unknown setting 'colour': valid settings are name, signature, mail-addresses, calendar-feed, send-command, region, optional-holidays, time-zone, language, sending-hours, thank-you, thank-you-hours, interview-minutes, after-deadline-days, no-timeline-days, final-attempt-days, move-on-days, cap, spacing-days, alignment-days, word-budget-thank-you, word-budget-check-in, word-budget-final, word-budget-alignment, word-budget-other, disabled-rules, extra-phrases-en, extra-phrases-pt-BR"
        ),
        (["settings", "cap", "7"], 2, "followup: error: invalid value '7' for cap: expected a whole number from 1 to 5"),
        (
            ["settings", "sending-hours", "11-9"], 2,
            "followup: error: invalid value '11-9' for sending-hours: expected HH:MM-HH:MM with the start before the end, such as 09:00-11:00"
        ),
        (
            ["today", "--on", "next week"], 2,
            "followup: error: --on: cannot read the date 'next week': write it as YYYY-MM-DD HH:MM (2026-03-11 14:30), YYYY-MM-DDTHH:MM, or with an offset such as 2026-03-11T14:30-05:00"
        ),
        (["frobnicate"], 2, "followup: error: Unexpected argument 'frobnicate' (see 'followup --help')"),
    ]

    @Test("bad input gets one clear line, the right exit code, and the store unchanged", arguments: 0..<cases.count)
    func refused(index: Int) throws {
        let (arguments, code, message) = Self.cases[index]
        let (cli, before) = try prepared()
        let result = try cli.run(arguments, now: "2026-03-20T10:00")
        #expect(result.status == code, "\(arguments)")
        #expect(result.err == message + "\n")
        #expect(result.out.isEmpty)
        #expect(try cli.ok(["export"]) == before)
    }

    @Test("a second close is a failure (exit 1) that names the first")
    func secondClose() throws {
        let (cli, _) = try prepared()
        try cli.ok(["close", "acme-backend-engineer", "--outcome", "withdrew"], now: "2026-03-20T10:00")
        let before = try cli.ok(["export"])
        let result = try cli.run(["close", "acme-backend-engineer", "--outcome", "offer"], now: "2026-03-20T10:05")
        #expect(result.status == 1)
        #expect(
            result.err
                == "followup: error: the process was already closed on Fri 20 Mar 2026 (withdrew): undo that first with 'followup undo' to change the outcome\n"
        )
        #expect(try cli.ok(["export"]) == before)
    }

    @Test("a message file that is not UTF-8, or is too large, is refused before anything is written")
    func badFiles() throws {
        let (cli, before) = try prepared()
        let binary = cli.folder + "/message.bin"
        try Data([0x48, 0x69, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: binary))
        let notText = try cli.run(["sent", "acme-backend-engineer", "--kind", "check-in", "--file", binary], now: "2026-03-20T10:00")
        #expect(notText.status == 2)
        #expect(notText.err == "followup: error: --file: \(binary) is not UTF-8 text: save it as UTF-8 and try again\n")
        let huge = cli.folder + "/huge.txt"
        try Data(repeating: 0x61, count: 1_000_001).write(to: URL(fileURLWithPath: huge))
        let tooLarge = try cli.run(["sent", "acme-backend-engineer", "--kind", "check-in", "--file", huge], now: "2026-03-20T10:00")
        #expect(tooLarge.status == 2)
        #expect(tooLarge.err.contains("is over 1 MB"))
        let missing = try cli.run(
            ["sent", "acme-backend-engineer", "--kind", "check-in", "--file", cli.folder + "/nope.txt"], now: "2026-03-20T10:00")
        #expect(missing.status == 2)
        #expect(try cli.ok(["export"]) == before)
    }

    @Test("a database file that is not ours is refused with exit 1 and left untouched")
    func notOurs() throws {
        let cli = CLIRunner()
        let path = cli.folder + "/notes.sqlite"
        try "just some notes".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["--db", path, "list"])
        let retry = try cli.run(["list", "--db", path])
        #expect(result.status != 0)
        #expect(retry.status == 1)
        #expect(retry.err == "followup: error: \(path) is not a Followup database: choose another file with --db or FOLLOWUP_DB\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes")
    }

    @Test("a bad FOLLOWUP_NOW is named")
    func badNow() throws {
        let cli = CLIRunner()
        let result = try cli.run(["today"], now: "yesterday")
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("followup: error: FOLLOWUP_NOW: cannot read the date 'yesterday'"))
    }

    @Test("an import that cannot be read whole changes nothing")
    func badImport() throws {
        let (cli, before) = try prepared()
        let file = cli.folder + "/broken.json"
        var text = before.replacingOccurrences(of: "\"acme-backend-engineer\"", with: "\"other-id\"")
        text = text.replacingOccurrences(of: "\"kind\" : \"closed\"", with: "\"kind\" : \"exploded\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", file])
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("followup: error: the file is not a Followup export:"))
        // The same file, readable but naming an existing process: refused whole.
        let conflict = try cli.run(["import", "-"], input: Data(before.utf8))
        #expect(conflict.status == 1)
        #expect(
            conflict.err
                == "followup: error: a process with id 'acme-backend-engineer' already exists: nothing was imported (import into another database with --db)\n"
        )
        #expect(try cli.ok(["export"]) == before)
    }

    @Test("export then import into a new database is lossless")
    func roundTrip() throws {
        let (cli, before) = try prepared()
        try cli.ok(["settings", "name", "Ana Lima"])
        let exported = try cli.ok(["export"])
        #expect(exported != before)
        var other = CLIRunner()
        other.environment["FOLLOWUP_DB"] = other.folder + "/copy.sqlite"
        let file = cli.folder + "/export.json"
        try exported.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try other.ok(["import", file]) == "Imported 1 process with 3 events.\n")
        #expect(try other.ok(["export"]) == exported)
    }
}

@Suite struct SettingsAndOutputTests {
    @Test("settings list, read, change and reset")
    func settings() throws {
        let cli = CLIRunner()
        #expect(try cli.ok(["settings", "sending-hours"]) == "09:00-11:00\n")
        #expect(try cli.ok(["settings", "sending-hours", "8:30-10"]) == "sending-hours = 08:30-10:00\n")
        #expect(try cli.ok(["settings", "time-zone", "Europe/Lisbon"]) == "time-zone = Europe/Lisbon\n")
        let all = try cli.json(["settings"]) as! [String: String]
        #expect(all["sending-hours"] == "08:30-10:00")
        #expect(all["cap"] == "2")
        #expect(try cli.ok(["settings", "sending-hours", "--reset"]) == "sending-hours = 09:00-11:00\n")
        // The user's zone now reads typed times and is the default for new processes.
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        #expect(try cli.ok(["show", "acme-sre"]).contains("time zone Europe/Lisbon"))
    }

    @Test("the sending hours setting moves every window")
    func sendingHoursMoveWindows() throws {
        let cli = CLIRunner()
        try cli.ok(["settings", "sending-hours", "10:00-12:00"])
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-sre", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        let advice = try cli.json(["advise", "acme-sre"], now: "2026-03-12T10:00") as! [String: Any]
        #expect((advice["window"] as! [String: Any])["earliest"] as? String == "2026-03-18T10:00:00-04:00")
    }

    @Test("colour only on a terminal, and never with NO_COLOR")
    func colour() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        let plain = try cli.ok(["today"], now: "2026-03-09T10:00")
        #expect(!plain.contains("\u{1B}["))
        // `script` gives the command a terminal.
        func underTerminal(_ extra: [String: String]) throws -> String {
            var shell = cli
            shell.environment.merge(extra) { $1 }
            shell.environment["FOLLOWUP_NOW"] = "2026-03-09T10:00"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "\(CLIRunner.binary) today", "/dev/null"]
            process.environment = shell.environment
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try underTerminal(["TERM": "xterm"]).contains("\u{1B}[1m"))
        #expect(!(try underTerminal(["TERM": "xterm", "NO_COLOR": "1"]).contains("\u{1B}[")))
    }

    @Test("help documents every command, and completions can be generated")
    func help() throws {
        let cli = CLIRunner()
        let help = try cli.ok(["--help"])
        for command in [
            "add", "interviewed", "promised", "sent", "replied", "context", "close", "undo", "today", "advise", "list", "show", "export", "import",
            "settings",
        ] {
            #expect(help.contains("  \(command) "), "\(command) missing from help")
        }
        #expect(try cli.ok(["--generate-completion-script", "bash"]).contains("_followup"))
    }
}

/// A database the user cannot write: root ignores permissions, so as root the file is made immutable.
enum ReadOnlyFile {
    static func protect(_ paths: [String], _ on: Bool) -> Bool {
        if getuid() != 0 {
            for path in paths { chmod(path, on ? 0o555 : 0o755) }
            return true
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [on ? "+i" : "-i"] + paths
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let isPossible: Bool = {
        let path = NSTemporaryDirectory() + "followup-ro-probe-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        defer {
            _ = protect([path], false)
            try? FileManager.default.removeItem(atPath: path)
        }
        return protect([path], true) && (try? "x".write(toFile: path, atomically: false, encoding: .utf8)) == nil
    }()
}

@Suite struct ReadOnlyDatabaseTests {
    @Test("a read-only database is one clear line, exit 1, and stays as it was", .enabled(if: ReadOnlyFile.isPossible))
    func readOnly() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "SRE"], now: "2026-03-09T10:00")
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        #expect(ReadOnlyFile.protect([cli.database, cli.folder], true))
        defer { _ = ReadOnlyFile.protect([cli.database, cli.folder], false) }
        let result = try cli.run(["add", "Beta", "--role", "SRE"], now: "2026-03-09T10:05")
        #expect(result.status == 1)
        #expect(result.err == "followup: error: the database \(cli.database) is read-only: check the file's and its folder's permissions\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    }
}
