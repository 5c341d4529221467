import FollowUpCore
import Foundation
import Hummingbird

/// Turns every refusal into the same thing: `{"error": {"code", "message"}}` under `/api`, a calm
/// error page elsewhere. Core and Store errors keep their messages; nothing else leaks.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: Site

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let failure: WebError
            if let error = error as? any HTTPResponseError {
                failure =
                    switch error.status {
                    case .notFound:
                        if let allowed = APIRoutes.methods(for: request.uri.path) {
                            WebError(
                                .methodNotAllowed, code: "method-not-allowed",
                                "\(request.method) is not allowed on \(request.uri.path): use \(allowed.map(\.rawValue).joined(separator: " or "))")
                        } else {
                            .notFound(request.uri.path)
                        }
                    case .contentTooLarge: .tooLarge(site.configuration.bodyLimit)
                    case .methodNotAllowed:
                        WebError(.methodNotAllowed, code: "method-not-allowed", "\(request.method) is not allowed on \(request.uri.path)")
                    default: WebError(error.status, code: "http", error.status.reasonPhrase)
                    }
            } else {
                failure = WebError.from(error, path: request.uri.path)
            }
            if request.uri.path.hasPrefix("/api") || request.uri.path == "/healthz" {
                var response = Self.response(for: failure, path: request.uri.path)
                if failure.status == .methodNotAllowed, let allowed = APIRoutes.methods(for: request.uri.path) {
                    response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
                }
                return response
            }
            let chrome = try? await site.workspace().0
            let page = ErrorPage(
                chrome: chrome.map { Chrome("Not possible", section: "", site: site, workspace: $0) }, title: Self.title(failure.status),
                message: failure.message)
            return site.render(page, "error", status: failure.status)
        }
    }

    static func title(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "Not found"
        case 403: "Refused"
        case 400, 422: "Please check what you typed"
        case 409: "Not possible now"
        default: "Something went wrong"
        }
    }

    struct Body: Encodable {
        struct Inner: Encodable {
            var code: String
            var message: String
        }
        var error: Inner
    }

    /// The JSON error every API route answers with.
    static func response(for failure: WebError, path: String) -> Response {
        let data = (try? JSONEncoder().encode(Body(error: .init(code: failure.code, message: failure.message)))) ?? Data()
        return Response(
            status: failure.status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
