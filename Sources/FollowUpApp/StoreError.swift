public import FollowUpCore

/// Everything the store can refuse, each with a sentence that says what to do; where the remedy
/// is a surface's control (another database file, the list of processes), `remedy` says so and
/// each surface words it.
public enum StoreError: Error, Sendable, Equatable {
    case unknownProcess(String, suggestions: [String])
    case notOurs(path: String)
    case locked(path: String)
    case readOnly(path: String)
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String)
    case processExists(String)
    case invalid(FollowUpError)
    case database(String)

    /// What a person can do with a surface's own controls, when the message leaves that to it.
    public enum Remedy: Sendable, Equatable {
        /// Look up the processes' ids.
        case listProcesses
        /// Choose another database file.
        case chooseAnotherDatabase
        /// Import into another database.
        case importElsewhere
    }

    public var remedy: Remedy? {
        switch self {
        case .unknownProcess(_, let suggestions): suggestions.isEmpty ? .listProcesses : nil
        case .notOurs: .chooseAnotherDatabase
        case .processExists: .importElsewhere
        default: nil
        }
    }

    /// One line a person can act on, ending where `remedy` (when there is one) names the control.
    public var message: String {
        switch self {
        case .unknownProcess(let id, let suggestions):
            guard !suggestions.isEmpty else { return "no process with id '\(id)'" }
            return "no process with id '\(id)': did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        case .notOurs(let path):
            return "\(path) is not a Followup database: choose another file"
        case .locked(let path):
            return "the database \(path) is locked by another program: try again when it has finished"
        case .readOnly(let path):
            return "the database \(path) is read-only: check the file's and its folder's permissions"
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .newerSchema(let path):
            return "the database \(path) was written by a newer Followup: update Followup to use it"
        case .processExists(let id):
            return "a process with id '\(id)' already exists: nothing was imported"
        case .invalid(let error):
            return error.message
        case .database(let text):
            return "database error: \(text)"
        }
    }
}
