import ArgumentParser

/// The `followup` command: record what happens in each interview process and ask what to do next.
struct Followup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Know when to follow up after an interview, and why.",
        discussion: """
            Record each process and what happens in it; 'followup today' says what to do now, \
            with the rule that decided and the next date that matters.

            Environment: FOLLOWUP_DB chooses the database file (default \
            $XDG_DATA_HOME/followup/followup.sqlite); FOLLOWUP_NOW (ISO 8601) fixes "now" for \
            every command; NO_COLOR turns colour off.
            """,
        version: "0.1.0",
        subcommands: [
            Add.self, Interviewed.self, Promised.self, Sent.self, Replied.self, ContextCommand.self, Close.self, Undo.self,
            Today.self, Advise.self, List.self, Show.self, ReviewCommand.self, DraftCommand.self, Export.self, Import.self, SettingsCommand.self,
            Holidays.self, Regions.self, Parse.self, MailCommand.self, Send.self, CalendarCommand.self, Invite.self, Serve.self,
        ]
    )
}
