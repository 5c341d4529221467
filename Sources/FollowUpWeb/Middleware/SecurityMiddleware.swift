import HTTPTypes
import Hummingbird

/// Sends a strict Content-Security-Policy and its companions with every response, errors included
/// (it sits outside the error middleware).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        // Not "no-referrer": with it Chrome sends "Origin: null" on the app's own form posts.
        response.headers[HeaderNames.referrerPolicy] = "same-origin"
        response.headers[HeaderNames.frameOptions] = "DENY"
        return response
    }
}

/// Keeps a local app local: refuses requests that name a foreign host (DNS rebinding) or come from
/// another site's page, before any route runs.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Checked only when the server listens on loopback: then only loopback names may reach it.
    let loopbackOnly: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let refusal = refusal(request) { throw refusal }
        return try await next(request, context)
    }

    func refusal(_ request: Request) -> WebError? {
        if loopbackOnly, let host = (request.head.authority ?? request.headers[HeaderNames.host]), !Self.isLoopback(host) {
            return WebError(.misdirectedRequest, code: "foreign-host", "this Followup answers only to 127.0.0.1 and localhost, not \(host)")
        }
        guard request.method != .get, request.method != .head else { return nil }
        if let site = request.headers[HeaderNames.fetchSite], site != "same-origin", site != "none" { return .crossSite }
        if let origin = request.headers[.origin], let host = (request.head.authority ?? request.headers[HeaderNames.host]) {
            let bare = origin.split(separator: "://", maxSplits: 1).last.map(String.init) ?? origin
            if bare != host { return .crossSite }
        }
        return nil
    }

    /// `127.0.0.1:8080`, `localhost`, `[::1]:8080`.
    static func isLoopback(_ authority: String) -> Bool {
        var host = authority
        if host.hasPrefix("[") {
            host = String(host.dropFirst().prefix { $0 != "]" })
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// Header names HTTPTypes does not predefine.
enum HeaderNames {
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let host = HTTPField.Name("Host")!
}
