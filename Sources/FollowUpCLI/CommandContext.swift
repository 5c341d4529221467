import ArgumentParser
import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation
import Synchronization

/// Options every command that touches the database shares.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp("The database file (default: $FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.sqlite).", valueName: "path"))
    var database: String?
}

/// Options of the commands that only read.
struct ReadOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: ArgumentHelp("Answer as of this date or time instead of now (YYYY-MM-DD means noon).", valueName: "date"))
    var on: String?
}

/// What a command runs against: the workspace (database, now, settings, zone) and the terminal.
///
/// The command line reads the environment and the clock here, once, and hands plain values on.
struct CommandContext: Sendable {
    let workspace: Workspace
    let terminal: Terminal

    var store: any ProcessStore { workspace.store }
    var now: Date { workspace.now }
    var settings: UserSettings { workspace.settings }
    var userZone: Zone { workspace.userZone }
    var today: Day { workspace.today }
    var policy: FollowUpPolicy { workspace.policy }

    static func make(_ options: StoreOptions, on: String? = nil) async throws -> CommandContext {
        try await make(database: options.database, on: on)
    }

    /// The context for the database named by `--db` (nil: the environment's or the default).
    static func make(database: String?, on: String? = nil) async throws -> CommandContext {
        let environment = Self.environment()
        let path = try databasePath(database, environment: environment)
        let database = try AppDatabase.open(path: path)
        openDatabases.withLock { $0.append(database) }
        var workspace = try await Workspace.open(database, now: Date(), fallbackZone: machineZone(environment))
        workspace = workspace.at(try clock(environment: environment, zone: workspace.userZone))
        if let on {
            do {
                workspace = workspace.at(try DateInput.instant(on, in: workspace.userZone))
            } catch {
                throw CLIFailure.usage("--on: \(error.commandLine)")
            }
        }
        return CommandContext(workspace: workspace, terminal: .forStandardOutput(environment: environment))
    }

    /// The variables the command line reads, and only those: Foundation's `environment` builds a
    /// dictionary of every variable on first use, which cost a quick command more than it reads.
    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in ["FOLLOWUP_DB", "FOLLOWUP_NOW", "XDG_DATA_HOME", "HOME", "TZ", "NO_COLOR", "TERM"] {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }

    /// Every database a command opened, kept open until the process exits: the command ends
    /// with `exit`, and closing one first only spent time (GRDB disposes of its queue on a thread
    /// it starts for that).
    private static let openDatabases = Mutex<[AppDatabase]>([])

    /// The machine's zone from `TZ`, else UTC: never the process-wide `TimeZone.current`.
    static func machineZone(_ environment: [String: String]) -> Zone {
        environment["TZ"].flatMap { try? Zone($0) } ?? .utc
    }

    /// Today for commands that need no database (`holidays`, `parse`): in `TZ`, else UTC, and
    /// honouring `FOLLOWUP_NOW`.
    static func todayWithoutDatabase() throws -> Day {
        let environment = Self.environment()
        let zone = machineZone(environment)
        return try zone.day(of: clock(environment: environment, zone: zone))
    }

    /// `FOLLOWUP_NOW` when set, else the system clock, to the second.
    static func clock(environment: [String: String], zone: Zone) throws -> Date {
        if let fixed = environment["FOLLOWUP_NOW"], !fixed.isEmpty {
            do {
                return try DateInput.instant(fixed, in: zone)
            } catch {
                throw CLIFailure.usage("FOLLOWUP_NOW: \(error.commandLine)")
            }
        }
        return Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// `--db`, else `FOLLOWUP_DB`, else the XDG data folder (created when missing).
    /// `createFolder: false` only names the file, for callers that ask whether it exists yet.
    static func databasePath(_ option: String?, environment: [String: String], createFolder: Bool = true) throws -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["FOLLOWUP_DB"], !path.isEmpty { return path }
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/share"
        } else {
            throw CLIFailure.usage("cannot find a place for the database: set HOME, XDG_DATA_HOME or FOLLOWUP_DB, or pass --db")
        }
        let folder = base + "/followup"
        guard createFolder else { return folder + "/followup.sqlite" }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.failure("cannot create \(folder) for the database: \(error.localizedDescription); pass --db PATH")
        }
        return folder + "/followup.sqlite"
    }

    func calendar(for process: HiringProcess) -> BusinessCalendar { workspace.calendar(for: process) }

    func advice(for state: ProcessState) -> Advice { workspace.advice(for: state) }

    func reviewContext(kind: MessageKind, language: Language, process: ProcessState?, at: Date? = nil) -> ReviewContext {
        workspace.reviewContext(kind: kind, language: language, process: process, at: at)
    }

    /// Parses an instant typed by the user, in their zone unless it carries an offset.
    func instant(_ text: String?, option: String) throws -> Date {
        guard let text else { return now }
        do {
            return try DateInput.instant(text, in: userZone)
        } catch {
            throw CLIFailure.usage("\(option): \(error.commandLine)")
        }
    }

    func print(_ text: String) {
        Swift.print(text)
    }

    func warn(_ text: String) {
        Terminal.standardError.write("followup: warning: \(text)\n")
    }
}

/// Wraps a core parse so its error names the option it came from.
func parsing<T>(_ option: String, _ body: () throws(FollowUpError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw CLIFailure.usage("\(option): \(error.commandLine)")
    }
}
