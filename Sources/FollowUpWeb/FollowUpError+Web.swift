import FollowUpCore

extension FollowUpError {
    /// The core's message with its remedy named as the page's own field.
    var webMessage: String {
        switch remedy {
        case .giveTheDay: message + " in the date field instead"
        case .fixTheTime: message + " the time"
        case nil: message
        }
    }
}
