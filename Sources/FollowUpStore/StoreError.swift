public import FollowUpCore

/// Everything the store can refuse, each with a sentence that says what to do.
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

    /// One line a person can act on.
    public var message: String {
        switch self {
        case .unknownProcess(let id, let suggestions):
            let hint =
                suggestions.isEmpty
                ? "see 'followup list' for the ids" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            return "no process with id '\(id)': \(hint)"
        case .notOurs(let path):
            return "\(path) is not a Followup database: choose another file with --db or FOLLOWUP_DB"
        case .locked(let path):
            return "the database \(path) is locked by another program: try again when it has finished"
        case .readOnly(let path):
            return "the database \(path) is read-only: check the file's and its folder's permissions"
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .newerSchema(let path):
            return "the database \(path) was written by a newer Followup: update Followup to use it"
        case .processExists(let id):
            return "a process with id '\(id)' already exists: nothing was imported (import into another database with --db)"
        case .invalid(let error):
            return error.message
        case .database(let text):
            return "database error: \(text)"
        }
    }
}
