import Foundation
public import Hummingbird
public import Logging
import NIOCore

/// Builds the web app: the pages, the API, the static files and the middleware around them.
///
/// A library function, so `followup serve` stays a thin command and tests run the same app.
/// `onRunning` receives the address it listens on (the real port when 0 was asked for).
public func buildApplication(
    _ configuration: WebConfiguration, logger: Logger? = nil, onRunning: @escaping @Sendable (String) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let site = try await Site.load(configuration)
    // The calendar feed's secret is made on the first start, and kept until the user replaces it.
    if try await configuration.database.settings().calendarFeed == nil {
        _ = try await configuration.database.setSetting("calendar-feed", to: UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))
    }
    let router = buildRouter(site)
    var logger = logger ?? Logger(label: "followup.web")
    if logger.logLevel < .warning { logger.logLevel = .warning }
    return Application(
        router: router,
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "Followup"),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
            await onRunning("http://\(host):\(port)")
        },
        logger: logger)
}

func buildRouter(_ site: Site) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(site: site))
    router.add(middleware: SecurityMiddleware(loopbackOnly: site.configuration.isLoopback))
    router.get("/healthz") { _, _ in "ok" }
    router.get("/static/{name}") { request, _ in try serve(site, request.uri.path, request) }
    router.get("/favicon.ico") { request, _ in try serve(site, "/static/icon.svg", request) }
    router.get("/api/openapi.yaml") { request, _ in try serve(site, "/api/openapi.yaml", request) }
    router.addRoutes(PagesController(site: site).endpoints)
    router.addRoutes(ProcessController(site: site).endpoints)
    router.addRoutes(APIController(site: site).endpoints, atPath: "/api")
    return router
}

/// A static file from memory, with an ETag so a browser asks only when it changed.
func serve(_ site: Site, _ path: String, _ request: Request) throws -> Response {
    guard let asset = site.assets[path] else { throw WebError.notFound(path) }
    var headers: HTTPFields = [.contentType: asset.contentType, .eTag: asset.etag, .cacheControl: "no-cache"]
    if request.headers[.ifNoneMatch] == asset.etag {
        headers[.contentType] = nil
        return Response(status: .notModified, headers: headers)
    }
    headers[.contentLength] = String(asset.body.readableBytes)
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: asset.body))
}
