import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

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

/// What a command runs against: the database, now, the user's settings and zone, the terminal.
///
/// The adapters read the environment and the clock here, once, and hand plain values to Core.
struct CommandContext {
    let database: AppDatabase
    let now: Date
    let settings: UserSettings
    /// The user's own zone: times typed without an offset are read in it.
    let userZone: Zone
    let terminal: Terminal
    let environment: [String: String]
    let calendars = CalendarCache()

    static func make(_ options: StoreOptions, on: String? = nil) async throws -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        let path = try databasePath(options.database, environment: environment)
        let database = try AppDatabase.open(path: path)
        let settings = try await database.settings()
        let userZone = settings.zone ?? environment["TZ"].flatMap { try? Zone($0) } ?? .utc
        var now = try clock(environment: environment, zone: userZone)
        if let on {
            do {
                now = try DateInput.instant(on, in: userZone)
            } catch {
                throw CLIFailure.usage("--on: \(error.message)")
            }
        }
        return CommandContext(
            database: database, now: now, settings: settings, userZone: userZone,
            terminal: .forStandardOutput(environment: environment), environment: environment)
    }

    /// Today for commands that need no database (`holidays`, `parse`): in `TZ`, else UTC, and
    /// honouring `FOLLOWUP_NOW`.
    static func todayWithoutDatabase() throws -> Day {
        let environment = ProcessInfo.processInfo.environment
        let zone = environment["TZ"].flatMap { try? Zone($0) } ?? .utc
        return try zone.day(of: clock(environment: environment, zone: zone))
    }

    /// `FOLLOWUP_NOW` when set, else the system clock, to the second.
    static func clock(environment: [String: String], zone: Zone) throws -> Date {
        if let fixed = environment["FOLLOWUP_NOW"], !fixed.isEmpty {
            do {
                return try DateInput.instant(fixed, in: zone)
            } catch {
                throw CLIFailure.usage("FOLLOWUP_NOW: \(error.message)")
            }
        }
        return Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// `--db`, else `FOLLOWUP_DB`, else the XDG data folder (created when missing).
    static func databasePath(_ option: String?, environment: [String: String]) throws -> String {
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
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.failure("cannot create \(folder) for the database: \(error.localizedDescription); pass --db PATH")
        }
        return folder + "/followup.sqlite"
    }

    /// The business calendar of a process's region, from last year to two years ahead; weekends
    /// only for a process without a region. Built once per region per command.
    func calendar(for process: HiringProcess) -> BusinessCalendar {
        guard let code = process.region else { return .weekendsOnly }
        return calendars.calendar(code) { () -> BusinessCalendar in
            guard let region = try? HolidayRegions.region(code) else { return .weekendsOnly }
            let year = userZone.day(of: now).year
            return region.businessCalendar(around: year, countingOptional: settings.optionalHolidaysAreDaysOff)
        }
    }

    var policy: FollowUpPolicy { FollowUpPolicy(settings: settings.policy) }

    /// How many cores the agenda may use.
    var parallelism: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Parses an instant typed by the user, in their zone unless it carries an offset.
    func instant(_ text: String?, option: String) throws -> Date {
        guard let text else { return now }
        do {
            return try DateInput.instant(text, in: userZone)
        } catch {
            throw CLIFailure.usage("\(option): \(error.message)")
        }
    }

    /// The review context for a draft: the user's policy and review settings, and the process's
    /// calendar when there is a process.
    func reviewContext(kind: MessageKind, language: Language, process: ProcessState?, at: Date? = nil) -> ReviewContext {
        ReviewContext(
            kind: kind, language: language, process: process, now: at, calendar: process.map { calendar(for: $0.process) } ?? .weekendsOnly,
            policy: settings.policy, settings: settings.review)
    }

    func advice(for state: ProcessState) -> Advice {
        policy.advice(for: state, at: now, calendar: calendar(for: state.process))
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
        throw CLIFailure.usage("\(option): \(error.message)")
    }
}

/// Region calendars already built by this command, so an agenda builds each region once.
final class CalendarCache: @unchecked Sendable {
    private var built: [String: BusinessCalendar] = [:]
    private let lock = NSLock()

    func calendar(_ code: String, build: () -> BusinessCalendar) -> BusinessCalendar {
        lock.lock()
        defer { lock.unlock() }
        if let calendar = built[code] { return calendar }
        let calendar = build()
        built[code] = calendar
        return calendar
    }
}
