import FollowUpCore
import FollowUpStore
import Foundation
import Hummingbird

/// Today, new process, review and settings: the pages that are not about one process.
struct PagesController<Context: RequestContext>: Sendable {
    let site: Site

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/", use: today)
        routes.get("/processes/new", use: newProcess)
        routes.post("/processes", use: createProcess)
        routes.get("/review", use: reviewForm)
        routes.post("/review", use: review)
        routes.get("/settings", use: settings)
        routes.post("/settings", use: saveSettings)
        routes.get("/calendar/{file}", use: calendarFeed)
        return routes
    }

    @Sendable func today(_ request: Request, context: Context) async throws -> Response {
        let on = request.uri.queryParameters.get("on")
        let (workspace, revision) = try await site.workspace(on: on)
        // The page changes with the data (the revision) and with time; a minute is the finest step
        // any window or date on it takes.
        let minute = Int(workspace.now.timeIntervalSince1970 / 60)
        let page = try await site.todayPage(revision, key: "\(minute)|\(on ?? "")") {
            let states = try await site.states(revision)
            let agenda = workspace.agenda(states)
            let view = TodayPage(agenda: agenda, workspace: workspace, site: site, on: on)
            return site.templates.render(view, withTemplate: "today") ?? ""
        }
        return site.html(page)
    }

    @Sendable func newProcess(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace()
        return site.render(NewProcessPage(fields: Fields(), error: nil, workspace: workspace, site: site), "new")
    }

    @Sendable func createProcess(_ request: Request, context: Context) async throws -> Response {
        let fields = try await site.form(request)
        let (workspace, _) = try await site.workspace()
        do {
            let process = try await ProcessInput(fields).create(in: workspace)
            return site.redirect("/processes/\(Paths.escape(process.id.rawValue))?created=1")
        } catch {
            let failure = WebError.from(error, path: "/processes")
            return site.render(
                NewProcessPage(fields: fields, error: failure.message, workspace: workspace, site: site), "new", status: failure.status)
        }
    }

    @Sendable func reviewForm(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace()
        return site.render(ReviewPage(text: "", kind: nil, language: nil, review: nil, workspace: workspace, site: site), "review")
    }

    @Sendable func review(_ request: Request, context: Context) async throws -> Response {
        let fields = try await site.form(request)
        let (workspace, _) = try await site.workspace()
        let text = fields.raw("text") ?? ""
        let outcome = try await ReviewInput(fields).review(text, in: workspace)
        let note = outcome.kindReason.map { "Read as \(outcome.kind.rawValue) (\($0)), \(outcome.language.rawValue)." }
        let view = ReviewPage(
            text: text, kind: fields.text("kind"), language: fields.text("language"), review: ReviewView(outcome.review, text: text, kindNote: note),
            workspace: workspace, site: site)
        return site.render(view, "review")
    }

    @Sendable func settings(_ request: Request, context: Context) async throws -> Response {
        let (workspace, _) = try await site.workspace()
        let saved = request.uri.queryParameters.get("saved") != nil
        return site.render(
            SettingsPage(
                settings: workspace.settings, submitted: nil, saved: saved, error: nil, workspace: workspace, site: site,
                authority: request.head.authority), "settings")
    }

    /// The calendar as a feed a calendar program subscribes to, at an address only its secret
    /// opens: any other address is not found, so a guess learns nothing.
    @Sendable func calendarFeed(_ request: Request, context: Context) async throws -> Response {
        let file = try context.parameters.require("file")
        let (workspace, _) = try await site.workspace()
        guard let secret = workspace.settings.calendarFeed, secret != "off",
            Array(file.utf8).count == Array("\(secret).ics".utf8).count,
            zip(file.utf8, "\(secret).ics".utf8).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0
        else {
            throw WebError(.notFound, code: "not-found", "no such page")
        }
        let text = workspace.calendar(try await workspace.store.states()).text
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func saveSettings(_ request: Request, context: Context) async throws -> Response {
        var fields = try await site.form(request)
        let (workspace, _) = try await site.workspace()
        // Unticked boxes send nothing: the rule switches are the ticked ones.
        fields.values["disabled-rules"] = fields.raw("disabled-rules") ?? ""
        do {
            _ = try await SettingsInput(fields).save(over: workspace.settings, in: workspace.store)
            return site.redirect("/settings?saved=1")
        } catch {
            let failure = WebError.from(error, path: "/settings")
            let view = SettingsPage(
                settings: workspace.settings, submitted: fields, saved: false, error: failure.message, workspace: workspace, site: site,
                authority: request.head.authority)
            return site.render(view, "settings", status: failure.status)
        }
    }
}
