import ArgumentParser
import Dispatch
import FollowUpApp
import FollowUpCore
import FollowUpStore

/// Runs the command and turns every error into one line on standard error and an exit code:
/// 2 when the command line or its values are wrong, 1 when a well-formed command could not be done.
@main
enum Entry {
    /// The process ends here, and only here, with the command's code: `exit` flushes standard
    /// output and skips tearing down what the command built, which nobody waits for.
    ///
    /// A command runs on the main thread (`CallerThreadExecutor`), except the two that spread
    /// their work over the shared thread pool themselves: the web server, whose requests must
    /// not queue behind each other on one thread, and `review`, which prepares its phrase lists
    /// and opens the database while it reads the files. For those the main thread only waits:
    /// nothing runs on the main queue, and `dispatchMain()` would end the thread with
    /// `pthread_exit`, whose unwinding first sorts every frame record of a static binary.
    static func main() {
        let name = CommandLine.arguments.dropFirst().first
        guard name == Followup.Serve._commandName || name == Followup.ReviewCommand._commandName else {
            PortableFiles.exit(CallerThreadExecutor.run { await run() })
        }
        Task.detached { PortableFiles.exit(await run()) }
        let never = DispatchSemaphore(value: 0)
        while true { never.wait() }
    }

    /// Runs the command line; the exit code says how it went.
    nonisolated static func run() async -> Int32 {
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            var files: [String]?
            if let request = Followup.Today.plainRequest(arguments) {
                try await Followup.Today.run(all: request.all, json: request.json, on: request.on, database: request.database)
                return 0
            }
            if arguments.first == Followup.ReviewCommand._commandName {
                let split = Followup.ReviewCommand.splitOperands(arguments)
                if let request = Followup.ReviewCommand.plainRequest(options: split.options, files: split.files) {
                    try await Followup.ReviewCommand.run(request)
                    return 0
                }
                (arguments, files) = split
            }
            // `review` runs on thousands of files from editors and scripts: its own options are parsed
            // without the whole command tree (help still goes through the root, to name the command).
            // Every other command is parsed on its own too: reflecting over the options of every
            // command cost more than most commands' whole work.
            let asksForHelp = arguments.contains { $0 == "-h" || $0 == "--help" || $0 == "-help" || $0 == "--version" }
            var command: any ParsableCommand
            if files != nil, !asksForHelp {
                command = try Followup.ReviewCommand.parseAsRoot(Array(arguments.dropFirst()))
            } else if !asksForHelp, let name = arguments.first,
                let type = Followup.configuration.subcommands.first(where: { $0._commandName == name })
            {
                command = try type.parseAsRoot(Array(arguments.dropFirst()))
            } else {
                command = try Followup.parseAsRoot(arguments)
            }
            if let files, var review = command as? Followup.ReviewCommand {
                review.files = files
                command = review
            }
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            return 0
        } catch let failure as CLIFailure {
            return report(failure.message, code: failure.code)
        } catch let error as StoreError {
            return report(error.commandLine, code: code(for: error))
        } catch let error as FollowUpError {
            return report(error.commandLine, code: code(for: error))
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            if Followup.exitCode(for: error) == .success { Followup.exit(withError: error) }
            let first = Followup.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid command line"
            return report("\(first) (see '\(helpCommand())')", code: 2)
        }
    }

    static func report(_ message: String, code: Int32) -> Int32 {
        Terminal.standardError.write("followup: error: \(message)\n")
        return code
    }

    static func code(for error: FollowUpError) -> Int32 {
        switch error {
        case .alreadyClosed, .nothingToUndo: 1
        default: 2
        }
    }

    static func code(for error: StoreError) -> Int32 {
        switch error {
        case .unknownProcess: 2
        case .invalid(let inner): code(for: inner)
        default: 1
        }
    }

    /// `followup SUBCOMMAND --help` for the subcommand on the command line, if any.
    static func helpCommand() -> String {
        let names = Followup.configuration.subcommands.map { $0._commandName }
        if let first = CommandLine.arguments.dropFirst().first, names.contains(first) {
            return "followup \(first) --help"
        }
        return "followup --help"
    }
}

/// A refusal decided by the command line itself, with its exit code.
struct CLIFailure: Error {
    var message: String
    var code: Int32

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, code: 2) }
    static func failure(_ message: String) -> CLIFailure { CLIFailure(message: message, code: 1) }
}
