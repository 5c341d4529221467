import ArgumentParser
import FollowUpApp
import FollowUpCore
import Foundation

extension Followup {
    /// `followup calendar`: the processes as an iCalendar file for any calendar program.
    struct CalendarCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Write interviews, promised deadlines and advised windows as an iCalendar file (.ics).",
            discussion: """
                Each advised window is an event in the recruiter's time zone with an alarm when it \
                opens. Event ids are stable and their sequence grows, so importing the file again \
                updates your calendar instead of adding to it. 'followup serve' publishes the same as \
                a feed (see Settings).
                """)

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let context = try await CommandContext.make(store)
            let text = context.workspace.calendar(try await context.store.states()).text
            guard let output else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                throw CLIFailure.usage("cannot write \(output): check that its folder exists and is writable")
            }
        }
    }
}
