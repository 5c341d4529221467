import ArgumentParser
import FollowUpCore

/// Which draft `draft` and `send` work on: the process, and the kind and language when not the
/// advice's.
struct DraftOptions: ParsableArguments {
    @Argument(help: "The process id.")
    var id: String

    @Option(help: "thank-you, check-in, final, alignment or other (default: what the advice calls for).")
    var kind: MessageKind?

    @Option(help: ArgumentHelp("en or pt-BR (default: the process's language).", valueName: "lang"))
    var language: String?

    func parsedLanguage() throws -> Language? {
        try language.map { text in try parsing("--language") { () throws(FollowUpError) in try Language(parsing: text) } }
    }
}
