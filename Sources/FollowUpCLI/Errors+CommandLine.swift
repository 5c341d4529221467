import FollowUpApp
import FollowUpCore
import FollowUpStore

extension FollowUpError {
    /// The core's message with its remedy named as the command line's option.
    var commandLine: String {
        switch remedy {
        case .giveTheDay: message + " with --by YYYY-MM-DD"
        case .fixTheTime: message + " --at"
        case .fixTheEnd: message + " --ends"
        case .logContextOrChooseKind: message + " first with 'followup context', or choose another --kind"
        case .undoFirst: message + " with 'followup undo' to change the outcome"
        case .listRegions: message + " ('followup regions' lists every code)"
        case nil: message
        }
    }
}

extension StoreError {
    /// The store's message, with a refused event's remedy worded for the command line.
    var commandLine: String {
        if case .invalid(let error) = self { return error.commandLine }
        switch remedy {
        case .listProcesses: return message + ": see 'followup list' for the ids"
        case .chooseAnotherDatabase: return message + " with --db or FOLLOWUP_DB"
        case .importElsewhere: return message + " (import into another database with --db)"
        case nil: return message
        }
    }
}
