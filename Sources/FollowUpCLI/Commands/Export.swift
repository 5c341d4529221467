import ArgumentParser
import FollowUpCore
import Foundation

extension Followup {
    /// `followup export`: everything, as JSON on standard output.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write every process, event and setting as JSON to standard output.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let archive = try await context.store.archive()
            FileHandle.standardOutput.write(archive.encoded())
            FileHandle.standardOutput.write("\n")
        }
    }
}
