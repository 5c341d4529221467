import FollowUpApp
import FollowUpCore
import FollowUpStore
public import HTTPTypes

/// Every refusal of the web app: an HTTP status, a stable code for scripts, and a sentence a person
/// can act on. Pages and the API render the same value (`{"error": {"code", "message"}}`).
public struct WebError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func badRequest(_ message: String) -> WebError { WebError(.badRequest, code: "invalid-input", message) }
    static func notFound(_ path: String) -> WebError {
        WebError(.notFound, code: "not-found", "there is no page at \(path): start from Today at /")
    }
    static let csrf = WebError(
        .forbidden, code: "csrf", "the form's security token is missing or out of date: reload the page and send it again")
    static let crossSite = WebError(.forbidden, code: "cross-site", "requests from other sites are refused: use Followup's own pages")
    static let jsonOnly = WebError(
        .unsupportedMediaType, code: "unsupported-media-type", "send the body as JSON with the header Content-Type: application/json")
    static func tooLarge(_ limit: Int) -> WebError {
        WebError(.contentTooLarge, code: "too-large", "the request is over \(limit / 1_000_000) MB: a message is much shorter")
    }

    /// Maps the core's refusals to statuses: what the user typed is a 400, a state that forbids the
    /// change (already closed, nothing to undo) a 409.
    init(_ error: FollowUpError) {
        switch error {
        case .alreadyClosed, .nothingToUndo: self.init(.conflict, code: "conflict", error.webMessage)
        default: self.init(.badRequest, code: "invalid-input", error.webMessage)
        }
    }

    /// Maps the store's refusals; an unknown process names the nearest ids, as on the command line.
    init(_ error: StoreError) {
        switch error {
        case .unknownProcess: self.init(.notFound, code: "unknown-process", error.webMessage)
        case .invalid(let inner): self.init(inner)
        case .locked: self.init(.serviceUnavailable, code: "locked", error.webMessage)
        case .processExists: self.init(.conflict, code: "conflict", error.webMessage)
        default: self.init(.internalServerError, code: "store", error.webMessage)
        }
    }

    /// Any error, as the web app shows it.
    static func from(_ error: any Error, path: String) -> WebError {
        switch error {
        case let error as WebError: error
        case let error as StoreError: WebError(error)
        case let error as FollowUpError: WebError(error)
        default: WebError(.internalServerError, code: "internal", "something went wrong on \(path): \(error)")
        }
    }
}
