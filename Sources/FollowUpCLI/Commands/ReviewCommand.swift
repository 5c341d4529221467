import ArgumentParser
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

        /// Options of `review` that take a value, so their values are not mistaken for files.
        static let valueOptions: Set<String> = ["--kind", "--language", "--process", "--disable", "--format", "--db"]

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

        func run() async throws {
            let disabled = try Set(
                disable.map { name in
                    guard let rule = ReviewRuleID(rawValue: name.uppercased()) else {
                        throw CLIFailure.usage(
                            "--disable: unknown rule '\(name)': use one of \(ReviewRuleID.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return rule
                })
            let explicitLanguage = try language.map { text in try parsing("--language") { () throws(FollowUpError) in try Language(parsing: text) } }
            // An existing database opens while the files are read (opening it writes nothing); a new
            // one is made only once every file has been read, so a wrong name leaves nothing behind.
            let path = try? CommandContext.databasePath(store.database, environment: ProcessInfo.processInfo.environment, createFolder: false)
            let store = store
            async let prepared: Void = Reviewer.prepare()
            async let early = path.map { FileManager.default.fileExists(atPath: $0) } == true ? CommandContext.make(store) : nil
            // Thousands of files are read on every core; the first that cannot be read, in order, is the error.
            let inputs = try (files.isEmpty ? ["-"] : files).concurrentMap(ways: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 64) {
                name in Result { try Self.read(name) }
            }.map { try $0.get() }
            let opened = try await early
            let context = if let opened { opened } else { try await CommandContext.make(store) }
            // With a process, the review sees its timeline and volume as of now.
            let processState = try await process.asyncMap { try await context.database.state(of: $0) }
            let reviewer = Reviewer(disabled: disabled)
            await prepared
            let (fixedKind, workspace) = (kind, context.workspace)
            let terminal = Terminal.forStandardOutput(environment: ProcessInfo.processInfo.environment)
            let format = format
            // Each draft is reviewed and written out on the core that read it; the pieces are joined in order.
            let results = Array(inputs.enumerated()).concurrentMap(ways: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 16) {
                index, input in
                let outcome = workspace.review(input.text, kind: fixedKind, language: explicitLanguage, process: processState, reviewer: reviewer)
                let output =
                    switch format {
                    case .json: outcome.review.json(file: input.name).element(at: index)
                    case .text: Self.textLines(Outcome(input: input, outcome: outcome), terminal: terminal)
                    }
                return (ready: outcome.review.isReadyToSend, output: output)
            }
            var output: [UInt8]
            switch format {
            case .json: output = JSONOutput.array(results.map(\.output), pretty: true)
            case .text: output = Array(results.map(\.output).joined(separator: [UInt8(ascii: "\n")]))
            }
            output.append(UInt8(ascii: "\n"))
            Terminal.writeStandardOutput(output)
            // Exit now rather than free thousands of reviews on the way out.
            Entry.finish(results.contains(where: { !$0.ready }) ? 1 : 0)
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
