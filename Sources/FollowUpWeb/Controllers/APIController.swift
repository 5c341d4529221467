import FollowUpCore
import FollowUpStore
import Foundation
import HTTPTypes
import Hummingbird

/// The JSON API under `/api`: everything the pages do, in the shapes the command line prints with
/// `--json`, described in `/api/openapi.yaml`.
struct APIController<Context: RequestContext>: Sendable {
    let site: Site

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/today", use: today)
        routes.get("/processes", use: list)
        routes.post("/processes", use: create)
        routes.get("/processes/{id}", use: show)
        routes.get("/processes/{id}/advice", use: advice)
        routes.get("/processes/{id}/draft", use: draft)
        routes.post("/processes/{id}/{action}", use: record)
        routes.post("/parse", use: parse)
        routes.post("/review", use: review)
        routes.get("/settings", use: settings)
        routes.put("/settings", use: saveSettings)
        routes.get("/regions", use: regions)
        return routes
    }

    /// The fields of a JSON body, only those named; anything but JSON is refused before it is read.
    func fields(_ request: Request, _ names: [String], flags: Set<String> = []) async throws -> Fields {
        guard let type = request.headers[.contentType]?.lowercased(), type.hasPrefix("application/json") else { throw WebError.jsonOnly }
        return try Fields(json: try await site.body(of: request)).only(names, flags: flags)
    }

    func flag(_ request: Request, _ name: String) throws -> Bool {
        switch request.uri.queryParameters.get(name) {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let other?: throw WebError.badRequest("\(name) must be true or false, not '\(other)'")
        }
    }

    @Sendable func today(_ request: Request, context: Context) async throws -> Response {
        let all = try flag(request, "all")
        let (workspace, revision) = try await site.workspace(on: request.uri.queryParameters.get("on"))
        let agenda = workspace.agenda(try await site.states(revision))
        return site.json(agenda.items.filter { all || $0.group != .closed }.map(\.advice.json))
    }

    @Sendable func list(_ request: Request, context: Context) async throws -> Response {
        let all = try flag(request, "all")
        let (workspace, revision) = try await site.workspace(on: request.uri.queryParameters.get("on"))
        let states = try await site.states(revision).filter { all || $0.closure == nil }
        return site.json(states.map { $0.listJSON(advice: workspace.advice(for: $0)) })
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let input = ProcessInput(try await fields(request, ProcessInput.fieldNames))
        let (workspace, _) = try await site.workspace()
        let process = try await input.create(in: workspace)
        let state = try await workspace.store.state(of: process.id.rawValue)
        return site.json(state.json(advice: workspace.advice(for: state)), status: .created)
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace(on: request.uri.queryParameters.get("on"))
        let state = try await workspace.store.state(of: try context.parameters.require("id"))
        return site.json(state.json(advice: workspace.advice(for: state)))
    }

    @Sendable func advice(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace(on: request.uri.queryParameters.get("on"))
        let state = try await workspace.store.state(of: try context.parameters.require("id"))
        return site.json(workspace.advice(for: state).json)
    }

    @Sendable func draft(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace()
        let state = try await workspace.store.state(of: try context.parameters.require("id"))
        let query = try Fields(query: request, ["kind", "language"])
        let kind = try query.choice("kind", MessageKind.self)
        let language = try query.choice("language", Language.self)
        let (draft, review, _) = try workspace.draft(for: state, kind: kind, language: language)
        return site.json(draft.json(review: review))
    }

    /// What was recorded, the advice that now applies, and what the command line would print beside it.
    struct RecordedJSON: Encodable {
        var event: Event.Fields
        var advice: Advice.JSON
        var reading: TimelineReading?
        var warning: String?
        var review: Review.JSON?
    }

    @Sendable func record(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let name = try context.parameters.require("action")
        guard let action = EventAction(rawValue: name) else { throw WebError.notFound(request.uri.path) }
        let input = try await fields(request, action.fieldNames, flags: action.flagNames)
        let (workspace, _) = try await site.workspace()
        let recorded = try await action.record(on: id, fields: input, in: workspace)
        let body = RecordedJSON(
            event: recorded.event.fields, advice: workspace.advice(for: recorded.after).json, reading: recorded.reading, warning: recorded.warning,
            review: recorded.review?.json())
        return site.json(body, status: .created)
    }

    /// How the recruiter's words read: in a process's language, calendar and zone when one is
    /// named, else in the language, region and day given.
    @Sendable func parse(_ request: Request, context: Context) async throws -> Response {
        let input = try await fields(request, ["text", "process", "saidOn", "language", "region"])
        let (workspace, _) = try await site.workspace()
        let text = try input.required("text", "recruiter's words")
        let reading: TimelineReading
        do {
            if let id = input.text("process") {
                let state = try await workspace.store.state(of: id)
                reading = try workspace.readTimeline(text, for: state.process, saidAt: workspace.now)
            } else {
                let day = try input.parse("saidOn") { (text) throws(FollowUpError) in try DateInput.day(text) } ?? workspace.today
                let language =
                    try input.choice("language", Language.self) ?? Language.infer(from: text)
                var calendar = BusinessCalendar.weekendsOnly
                if let region = try input.parse("region", { (code) throws(FollowUpError) in try HolidayRegions.region(code) }) {
                    calendar = region.businessCalendar(around: day.year)
                }
                reading = try TimelineParser(calendar: calendar).parse(text, saidOn: day, language: language)
            }
        } catch let error as FollowUpError {
            throw WebError(.unprocessableContent, code: "no-timeline", EventAction.unreadable(error))
        }
        return site.json(reading)
    }

    @Sendable func review(_ request: Request, context: Context) async throws -> Response {
        let input = try await fields(request, ["text", "kind", "language", "process"])
        guard let text = input.raw("text") else { throw WebError.badRequest("give the message to review (field 'text')") }
        let (workspace, _) = try await site.workspace()
        let outcome = try await ReviewInput(input).review(text, in: workspace)
        return site.json(bytes: outcome.review.json(file: "-").bytes())
    }

    @Sendable func settings(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace()
        return site.json(Self.values(workspace.settings))
    }

    @Sendable func saveSettings(_ request: Request, context: Context) async throws -> Response {
        let input = try await fields(request, UserSettings.keyNames)
        let (workspace, _) = try await site.workspace()
        let saved = try await SettingsInput(input).save(over: workspace.settings, in: workspace.store)
        return site.json(Self.values(saved))
    }

    static func values(_ settings: UserSettings) -> [String: String] {
        Dictionary(uniqueKeysWithValues: settings.all.map { ($0.key.name, $0.value) })
    }

    struct RegionJSON: Encodable {
        var code: String
        var name: String
    }

    @Sendable func regions(_ request: Request, context: Context) async throws -> Response {
        site.json(HolidayRegions.all.map { RegionJSON(code: $0.code, name: $0.name) })
    }
}

/// The shape of the API, for the 405 answer that names the allowed methods.
enum APIRoutes {
    /// Every API path with its methods, for a 405 that names the allowed ones.
    static let routes: [(path: String, methods: [HTTPRequest.Method])] = [
        ("/api/today", [.get]), ("/api/processes", [.get, .post]), ("/api/processes/{id}", [.get]), ("/api/processes/{id}/advice", [.get]),
        ("/api/processes/{id}/draft", [.get]), ("/api/processes/{id}/{action}", [.post]), ("/api/parse", [.post]), ("/api/review", [.post]),
        ("/api/settings", [.get, .put]), ("/api/regions", [.get]), ("/api/openapi.yaml", [.get]), ("/healthz", [.get]),
    ]

    /// The methods a path takes, nil when no API route has that shape.
    static func methods(for path: String) -> [HTTPRequest.Method]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let matches = routes.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix("{") ? !$1.isEmpty : $0 == $1 }
        }
        // "/api/processes/ID/advice" is the advice route, not "{action}": the fewest wildcards win.
        let wildcards = { (route: (path: String, methods: [HTTPRequest.Method])) in route.path.filter { $0 == "{" }.count }
        guard let fewest = matches.map(wildcards).min() else { return nil }
        return matches.filter { wildcards($0) == fewest }.flatMap(\.methods)
    }
}
