import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup import`: reads an export back, all of it or nothing.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a file written by 'followup export'.",
            discussion: "The whole file is checked first; if any part cannot be read, or a process id already exists, nothing is imported.")

        @Argument(help: "The JSON file ('-' for standard input).")
        var file: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    throw CLIFailure.usage("cannot read \(file): check that it exists and is readable")
                }
                data = contents
            }
            guard String(validating: data, as: UTF8.self) != nil else {
                throw CLIFailure.usage("\(file) is not UTF-8 text: it is not a Followup export")
            }
            let archive = try Archive.decode(data)
            let context = try await CommandContext.make(store)
            let count = try await context.store.importArchive(archive)
            let events = archive.processes.reduce(0) { $0 + $1.events.count }
            context.print("Imported \(count) process\(count == 1 ? "" : "es") with \(events) event\(events == 1 ? "" : "s").")
        }
    }
}
