import ArgumentParser
import FollowUpCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension Followup {
    /// `followup sent`: records a message; warns (P11) when the policy did not advise it.
    struct Sent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            abstract: "Record a message you sent.",
            discussion: "It is recorded even when it was not advised (it happened), with a warning naming the rule and when it would have been right."
        )

        @Argument(help: "The process id.")
        var id: String

        @Option(help: "thank-you, check-in, final, alignment or other.")
        var kind: MessageKind

        @Option(help: ArgumentHelp("When it was sent (default: now).", valueName: "datetime"))
        var at: String?

        @Option(help: ArgumentHelp("Who it went to.", valueName: "name"))
        var to: String?

        @Option(help: ArgumentHelp("A file with the message's text (UTF-8, up to 1 MB).", valueName: "path"))
        var file: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let at = try context.instant(at, option: "--at")
            let text = try file.map { try TextFile.read($0, option: "--file") }
            let message = SentMessage(kind: kind, to: to, text: text)
            let (event, before) = try await context.database.append(to: id, now: context.now) { _ in (at, .messageSent(message)) }
            let (warning, review) = context.workspace.judge(message, at: at, before: before)
            if let warning { context.warn(warning) }
            context.reportRecorded(event, before: before, notes: review.map(reviewNotes) ?? [])
        }
    }
}

extension Followup.Sent {
    /// The review of the recorded text, in the process's context at the moment it was sent.
    func reviewNotes(_ review: Review) -> [String] {
        var notes = ["Review: \(review.verdict) (\(review.figures.words) words)."]
        for finding in review.findings {
            notes.append(
                "  \(finding.line):\(finding.column) \(finding.severity.rawValue) [\(finding.rule.label)] \(finding.message) — \(finding.suggestion)")
        }
        return notes
    }
}

/// Reads a user's text file whole, refusing what is not UTF-8 text or too large to be a message.
enum TextFile {
    static let limit = 1_000_000

    /// A message file, whole, as UTF-8 text: at most 1 MB, read with a buffer of the file's own
    /// size (review reads thousands of them).
    static func read(_ path: String, option: String) throws -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIFailure.usage("\(option): cannot read \(path): check that it exists and is readable")
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIFailure.usage("\(option): cannot read \(path): it is a folder, not a file")
        }
        // One byte more than the limit tells an oversized file; pipes and devices report no size.
        var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 0), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw CLIFailure.usage("\(option): cannot read \(path): check that it exists and is readable") }
            if got == 0 { break }
            count += got
            // A short read of a regular file is its end: spares thousands of files a second read.
            if (info.st_mode & S_IFMT) == S_IFREG, count < bytes.count { break }
        }
        guard count <= limit else {
            throw CLIFailure.usage("\(option): \(path) is over 1 MB: a message is much shorter")
        }
        guard let text = String(validating: bytes[..<count], as: UTF8.self) else {
            throw CLIFailure.usage("\(option): \(path) is not UTF-8 text: save it as UTF-8 and try again")
        }
        return text
    }
}
