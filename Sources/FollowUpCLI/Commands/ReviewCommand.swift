import ArgumentParser
import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation

extension Followup {
    /// `followup review`: reads drafts the way a calm, experienced recruiter would.
    struct ReviewCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review drafts: which words a recruiter would stumble on, why, and what to write instead.",
            discussion: """
                Reads FILEs (standard input when none, or '-'). Text output follows the compiler convention \
                (FILE:LINE:COL: error: [R2 demanding] …) so editors and vim's quickfix can read it. \
                Exit status: 0 when every draft is ready to send, 1 when any has an error, 2 on bad input.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "Draft files ('-' for standard input).")
        var files: [String] = []

        @Option(help: "thank-you, check-in, final, alignment or other (default: inferred).")
        var kind: MessageKind?

        @Option(help: ArgumentHelp("en or pt-BR (default: the process's, else inferred).", valueName: "lang"))
        var language: String?

        @Option(help: ArgumentHelp("Review in the context of a process (timeline, volume, real context).", valueName: "id"))
        var process: String?

        @Option(help: ArgumentHelp("Switch a rule off for this run (repeatable): R6.", valueName: "rule"))
        var disable: [String] = []

        @Option(help: "text or json.")
        var format: Format = .text

        @OptionGroup var store: StoreOptions

        /// Options of `review` that take a value, so their values are not mistaken for files. (An
        /// array: a `Set<String>` would be the process's first, and its first costs a scan of every
        /// protocol conformance in the binary.)
        static let valueOptions: [String] = ["--kind", "--language", "--process", "--disable", "--format", "--db"]

        /// Separates file operands from options before ArgumentParser sees them: it tracks every
        /// value of an array argument in a way that grows quadratically, so 2,000 file names took
        /// longer to parse than to review.
        static func splitOperands(_ arguments: [String]) -> (options: [String], files: [String]) {
            var options: [String] = []
            var files: [String] = []
            var index = 0
            while index < arguments.count {
                let argument = arguments[index]
                if argument == "--" {
                    files += arguments[(index + 1)...]
                    break
                }
                if index > 0, argument == "-" || !argument.hasPrefix("-") {
                    files.append(argument)
                } else {
                    options.append(argument)
                    if valueOptions.contains(argument), index + 1 < arguments.count {
                        index += 1
                        options.append(arguments[index])
                    }
                }
                index += 1
            }
            return (options, files)
        }

        struct Input: Sendable {
            var name: String
            var text: String
        }

        /// What a run of `review` was asked for, however its command line was read.
        struct Request: Sendable {
            var files: [String] = []
            var kind: MessageKind?
            var language: String?
            var process: String?
            var disable: [String] = []
            var format: Format = .text
            var database: String?
        }

        func run() async throws {
            try await Self.run(
                Request(files: files, kind: kind, language: language, process: process, disable: disable, format: format, database: store.database))
        }

        /// The request of a plain `review` command line (file operands split off by `splitOperands`),
        /// read without ArgumentParser, whose reflection costs more at start-up than reviewing a
        /// hundred drafts; nil for anything else (help, `--opt=value`, a repeated or unknown option,
        /// a value that is not one of the choices), which ArgumentParser then reads and explains.
        static func plainRequest(options: [String], files: [String]) -> Request? {
            guard options.first == _commandName else { return nil }
            var request = Request(files: files)
            var seen: [String] = []
            var index = 1
            while index < options.count {
                let name = options[index]
                guard index + 1 < options.count, valueOptions.contains(name), name == "--disable" || !seen.contains(name) else {
                    return nil
                }
                seen.append(name)
                let value = options[index + 1]
                guard !value.hasPrefix("-") else { return nil }
                switch name {
                case "--kind":
                    guard let kind = MessageKind(rawValue: value) else { return nil }
                    request.kind = kind
                case "--format":
                    guard let format = Format(rawValue: value) else { return nil }
                    request.format = format
                case "--language": request.language = value
                case "--process": request.process = value
                case "--disable": request.disable.append(value)
                case "--db": request.database = value
                default: return nil
                }
                index += 2
            }
            return request
        }

        static func run(_ request: Request) async throws {
            let (files, kind, language, process, format) = (request.files, request.kind, request.language, request.process, request.format)
            let database = request.database
            let disabled = try Set(
                request.disable.map { name in
                    guard let rule = ReviewRuleID(rawValue: name.uppercased()) else {
                        throw CLIFailure.usage(
                            "--disable: unknown rule '\(name)': use one of \(ReviewRuleID.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return rule
                })
            let explicitLanguage = try language.map { text in try parsing("--language") { () throws(FollowUpError) in try Language(parsing: text) } }
            // An existing database opens while the files are read (opening it writes nothing); a new
            // one is made only once every file has been read, so a wrong name leaves nothing behind.
            let environment = CommandContext.environment()
            let path = try? CommandContext.databasePath(database, environment: environment, createFolder: false)
            async let prepared: Void = Reviewer.prepare()
            async let early = path.map { FileManager.default.fileExists(atPath: $0) } == true ? CommandContext.make(database: database) : nil
            // Thousands of files are read on every core; the first that cannot be read, in order, is the error.
            let inputs = try (files.isEmpty ? ["-"] : files).concurrentMap(ways: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 64) {
                name in Result { try Self.read(name) }
            }.map { try $0.get() }
            let opened = try await early
            let context = if let opened { opened } else { try await CommandContext.make(database: database) }
            // With a process, the review sees its timeline and volume as of now.
            let processState = try await process.asyncMap { try await context.store.state(of: $0) }
            let reviewer = Reviewer(disabled: disabled)
            await prepared
            let (fixedKind, workspace) = (kind, context.workspace)
            let terminal = Terminal.forStandardOutput(environment: environment)
            // Drafts are reviewed and written out in chunks on every core; the chunks go out in order.
            let chunks = Array(inputs.enumerated()).concurrentChunks(ways: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 16) {
                slice in
                var ready = true
                func review(_ input: Input) -> Outcome {
                    let outcome = workspace.review(input.text, kind: fixedKind, language: explicitLanguage, process: processState, reviewer: reviewer)
                    ready = ready && outcome.review.isReadyToSend
                    return Outcome(input: input, outcome: outcome)
                }
                switch format {
                case .json:
                    // A chunk's reviews are consecutive elements of the array: one writer takes them all.
                    var json = JSONOutput(pretty: true, capacity: slice.count * 1024, elementAt: slice.first?.offset ?? 0)
                    for (_, input) in slice { review(input).review.json(file: input.name).write(to: &json) }
                    return (ready: ready, output: json.bytes)
                case .text:
                    var text: [UInt8] = []
                    for (_, input) in slice {
                        text += Self.textLines(review(input), terminal: terminal)
                        text.append(UInt8(ascii: "\n"))
                    }
                    return (ready: ready, output: text)
                }
            }
            let (opening, closing) = format == .json ? JSONOutput.arrayEnds(count: inputs.count, pretty: true) : ([], [])
            Terminal.writeStandardOutput([opening] + chunks.map(\.output) + [format == .json ? closing + [UInt8(ascii: "\n")] : []])
            // Exit now rather than free thousands of reviews on the way out.
            if !chunks.allSatisfy(\.ready) { throw ExitCode(1) }
        }

        struct Outcome: Sendable {
            var input: Input
            var outcome: ReviewOutcome
            var review: Review { outcome.review }
        }

        static func read(_ name: String) throws -> Input {
            if name == "-" {
                let data = FileHandle.standardInput.readData(ofLength: TextFile.limit + 1)
                guard data.count <= TextFile.limit else { throw CLIFailure.usage("standard input is over 1 MB: a message is much shorter") }
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw CLIFailure.usage("standard input is not UTF-8 text: save it as UTF-8 and try again")
                }
                return Input(name: "-", text: text)
            }
            return Input(name: name, text: try TextFile.read(name, option: name))
        }

        /// The compiler-style lines for one draft, then its summary.
        static func textLines(_ result: Outcome, terminal: Terminal) -> [UInt8] {
            var lines: [String] = []
            for finding in result.review.findings {
                let severity: String
                switch finding.severity {
                case .error: severity = terminal.bold("error")
                case .warning: severity = terminal.warning("warning")
                case .info: severity = "note"
                }
                let place = "\(result.input.name):\(finding.line):\(finding.column)"
                lines.append("\(place): \(severity): [\(finding.rule.label)] \(finding.message)")
                lines.append("\(place): note: \(finding.suggestion)")
            }
            let figures = result.review.figures
            var summary = "\(result.input.name): \(result.review.verdict) — \(result.outcome.kind.rawValue), \(result.outcome.language.rawValue)"
            if let reason = result.outcome.kindReason { summary += " (kind inferred: \(reason))" }
            summary +=
                "; \(figures.words) words, \(figures.sentences) sentence\(figures.sentences == 1 ? "" : "s"), \(figures.questions) question\(figures.questions == 1 ? "" : "s"), reading ease \(figures.readingEase)"
            lines.append(result.review.isReadyToSend ? terminal.accent(summary) : terminal.bold(summary))
            return Array(lines.joined(separator: "\n").utf8)
        }
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
