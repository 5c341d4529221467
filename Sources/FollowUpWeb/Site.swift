import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation
import Hummingbird
import Mustache
import Synchronization

/// What every controller shares: the configuration, the templates loaded once at start-up, the
/// static files, the form token, and the last snapshot of the database.
final class Site: Sendable {
    let configuration: WebConfiguration
    let templates: MustacheLibrary
    let assets: [String: Asset]
    /// The token every form carries: pages of another site cannot read it, so they cannot post
    /// forms here on the user's behalf.
    let formToken: String
    private let cache = Mutex(Snapshot())
    /// Asks the database "anything new?" cheaply; without it every request reads the revision.
    private let watcher: ChangeWatcher?

    struct Asset: Sendable {
        var body: ByteBuffer
        var contentType: String
        var etag: String
    }

    /// The settings and folded processes of one database revision, and the Today pages drawn from them.
    struct Snapshot {
        var revision = ""
        /// The watcher's version on each of its connections since `revision` was read.
        var versions: [ChangeWatcher.Version] = []
        var settings = UserSettings()
        var states: [ProcessState]?
        var todayPages: [String: ByteBuffer] = [:]
    }

    init(configuration: WebConfiguration, templates: MustacheLibrary, assets: [String: Asset]) {
        self.configuration = configuration
        self.templates = templates
        self.assets = assets
        watcher = configuration.database.makeChangeWatcher()
        var generator = SystemRandomNumberGenerator()
        formToken = (0..<4).map { _ in String(generator.next(), radix: 16) }.joined()
    }

    /// Loads the templates and static files from the bundle, once.
    static func load(_ configuration: WebConfiguration) async throws -> Site {
        // The copied folder sits in the bundle's resources on macOS and is the resources on Linux.
        let candidates = [
            Bundle.module.resourceURL?.appendingPathComponent("Resources"), Bundle.module.resourceURL,
            Bundle.module.bundleURL.appendingPathComponent("Resources"),
        ]
        guard
            let resources = candidates.compactMap({ $0 }).first(where: {
                FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates/layout.mustache").path)
            })
        else {
            throw WebError(.internalServerError, code: "resources", "the web app's templates are missing from the build: rebuild Followup")
        }
        let templates = try await MustacheLibrary(directory: resources.appendingPathComponent("templates").path)
        var assets: [String: Asset] = [:]
        let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml", "yaml": "application/yaml"]
        for folder in ["static", "api"] {
            let url = resources.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                let type = types[(name as NSString).pathExtension] ?? "application/octet-stream"
                assets["/\(folder)/\(name)"] = Asset(body: ByteBuffer(bytes: data), contentType: type, etag: "\"\(Site.hash(data))\"")
            }
        }
        return Site(configuration: configuration, templates: templates, assets: assets)
    }

    static func hash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    // MARK: the database as of this request

    /// A workspace for this request: "now" from the clock (or `on`), the settings of the current
    /// revision (read again only when something was written, here or by the command line).
    func workspace(on: String? = nil) async throws -> (Workspace, revision: String) {
        let database = configuration.database
        // The version first, then the revision: a write between them makes the next request look again.
        let version = watcher?.version()
        var revision: String
        var settings: UserSettings?
        if let version, let known = cache.withLock({ $0.versions.contains(version) ? ($0.revision, $0.settings) : nil }) {
            (revision, settings) = known
        } else {
            revision = try await database.revision()
            settings = cache.withLock { $0.revision == revision ? $0.settings : nil }
            if settings == nil {
                let fresh = try await database.settings()
                cache.withLock { $0 = Snapshot(revision: revision, settings: fresh) }
                settings = fresh
            }
            cache.withLock {
                guard $0.revision == revision, let version else { return }
                $0.versions.removeAll { $0.connection == version.connection }
                $0.versions.append(version)
            }
        }
        let userZone = settings!.zone ?? configuration.fallbackZone
        var now = configuration.clock()
        if let on {
            guard !on.isEmpty else { throw WebError.badRequest("on: give a date (YYYY-MM-DD) or a date and time, or leave it out for now") }
            do {
                now = try DateInput.instant(on, in: userZone)
            } catch {
                throw WebError.badRequest("on: \(error.webMessage)")
            }
        }
        return (Workspace(store: database, now: now, settings: settings!, userZone: userZone), revision)
    }

    /// Every process of a revision, folded once and kept until the next write.
    func states(_ revision: String) async throws -> [ProcessState] {
        if let states = cache.withLock({ $0.revision == revision ? $0.states : nil }) { return states }
        let states = try await configuration.database.states()
        cache.withLock { if $0.revision == revision { $0.states = states } }
        return states
    }

    /// A Today page already drawn for this revision and key (the minute and the query), or draws it.
    func todayPage(_ revision: String, key: String, draw: () async throws -> String) async throws -> ByteBuffer {
        if let page = cache.withLock({ $0.revision == revision ? $0.todayPages[key] : nil }) { return page }
        let page = ByteBuffer(string: try await draw())
        cache.withLock {
            guard $0.revision == revision else { return }
            if $0.todayPages.count > 32 { $0.todayPages.removeAll() }
            $0.todayPages[key] = page
        }
        return page
    }

    // MARK: responses

    /// Renders a page; the templates are ours, so a missing one is a build error, reported plainly.
    func render(_ view: Any, _ template: String, status: HTTPResponse.Status = .ok) -> Response {
        html(templates.render(view, withTemplate: template) ?? "template \(template) is missing", status: status)
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        html(ByteBuffer(string: text), status: status)
    }

    func html(_ bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: ResponseBody(byteBuffer: bytes))
    }

    func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        json(bytes: (try? FollowUpJSON.makeEncoder(pretty: false).encode(value)) ?? Data("null".utf8), status: status)
    }

    /// JSON already written (a review, by `JSONOutput`).
    func json(bytes: some Sequence<UInt8>, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// After a form: back to a page with a GET, so reloading does not post twice.
    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// Reads the body whole, up to the configured limit.
    func body(of request: Request) async throws -> Data {
        do {
            let buffer = try await request.body.collect(upTo: configuration.bodyLimit)
            return Data(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WebError.tooLarge(configuration.bodyLimit)
        }
    }

    /// The fields of a posted form, after checking its token.
    func form(_ request: Request) async throws -> Fields {
        let data = try await body(of: request)
        guard let text = String(data: data, encoding: .utf8) else { throw WebError.badRequest("the form is not UTF-8: send it from Followup's page") }
        let fields = Fields(form: text)
        guard fields.raw("_csrf") == formToken else { throw WebError.csrf }
        return fields
    }
}
