import FollowUpApp
import FollowUpCore
import FollowUpStore

extension FollowUpError {
    /// The core's message with its remedy named as the page's own field.
    var webMessage: String {
        switch remedy {
        case .giveTheDay: message + " in the date field instead"
        case .fixTheTime: message + " the time"
        case .fixTheEnd: message + " the end time"
        case .logContextOrChooseKind: message + " first under “Something changed elsewhere”, or choose another kind of message"
        case .undoFirst: message + " with Undo to change the outcome"
        case .listRegions, nil: message
        }
    }
}

extension StoreError {
    /// The store's message with its remedy worded for the web app.
    var webMessage: String {
        if case .invalid(let error) = self { return error.webMessage }
        switch remedy {
        case .listProcesses: return message + ": see Today for the processes and their ids"
        case .importElsewhere: return message + " (import into another database)"
        case .chooseAnotherDatabase, nil: return message
        }
    }
}
