import ArgumentParser
import FollowUpCore
import FollowUpStore
import FollowUpWeb
import Foundation
import Hummingbird

extension Followup {
    /// `followup serve`: the web app on the same database as the command line.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Start the web app on this machine (http://127.0.0.1:8080 by default).",
            discussion: "It uses the same database as the other commands; stop it with Ctrl-C. FOLLOWUP_NOW fixes its clock.")

        @Option(help: ArgumentHelp("The address to listen on; anything but loopback lets others on the network reach your data.", valueName: "host"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("The port (0 picks a free one).", valueName: "port"))
        var port = 8080

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        }

        func run() async throws {
            let environment = CommandContext.environment()
            let database = try AppDatabase.open(path: try CommandContext.databasePath(store.database, environment: environment), for: .server)
            let zone = CommandContext.machineZone(environment)
            // Check FOLLOWUP_NOW once, here, so a typo fails at start-up rather than on every page.
            let fixed = environment["FOLLOWUP_NOW"].flatMap { $0.isEmpty ? nil : $0 }
            let userZone = try await database.settings().zone ?? zone
            let fixedNow = try fixed.map { _ in try CommandContext.clock(environment: environment, zone: userZone) }
            let configuration = WebConfiguration(
                host: host, port: port, database: database,
                clock: { fixedNow ?? Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }, fallbackZone: zone)
            if !configuration.isLoopback {
                Terminal.standardError.write(
                    "followup: warning: listening on \(host): anyone who can reach this address can read and change your processes\n")
            }
            let app = try await buildApplication(configuration) { address in
                // Unbuffered, so a script reading the first line sees it at once.
                FileHandle.standardOutput.write(Data("Followup is running at \(address) — open it in your browser; stop it with Ctrl-C.\n".utf8))
            }
            try await app.runService()
        }
    }
}
