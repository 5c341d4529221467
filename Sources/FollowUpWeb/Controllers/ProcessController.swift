import FollowUpApp
import FollowUpCore
import FollowUpStore
import Foundation
import Hummingbird

/// One process: its page, the forms that log what happened, and its draft.
struct ProcessController<Context: RequestContext>: Sendable {
    let site: Site

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/processes/{id}", use: show)
        routes.get("/processes/{id}/draft", use: draft)
        routes.get("/processes/{id}/draft.eml", use: draftMail)
        routes.post("/processes/{id}/draft", use: reviewDraft)
        routes.post("/processes/{id}/{action}", use: record)
        return routes
    }

    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let (workspace, _) = try await site.workspace()
        let state = try await workspace.store.state(of: id)
        var page = ProcessPage(state: state, workspace: workspace, site: site)
        let query = request.uri.queryParameters
        if query.get("created") != nil {
            page.notice = "Added \(state.process.title). Log the interview below when it has taken place."
        }
        if let recorded = query.get("recorded").flatMap(Int64.init) {
            describeRecorded(recorded, in: state, page: &page, workspace: workspace)
        }
        return site.render(page, "process")
    }

    /// The confirmation after a change, drawn again from the history so a reload shows the same:
    /// for a message, P11's warning and the review as of the moment it was sent.
    func describeRecorded(_ id: Int64, in state: ProcessState, page: inout ProcessPage, workspace: Workspace) {
        guard let index = state.history.firstIndex(where: { $0.id == id }) else { return }
        let event = state.history[index]
        page.notice = "Recorded: \(event.recordedSummary(in: state.process, today: workspace.today))."
        if case .messageSent(let message) = event.payload {
            let before = ProcessState(process: state.process, events: Array(state.history[..<index]))
            let (warning, review) = workspace.judge(message, at: event.at, before: before)
            page.warning = warning
            if let review, let text = message.text { page.review = ReviewView(review, text: text) }
        }
    }

    @Sendable func record(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let name = try context.parameters.require("action")
        guard let action = EventAction(rawValue: name) else { throw WebError.notFound(request.uri.path) }
        let fields = try await site.form(request)
        let (workspace, _) = try await site.workspace()
        // "Check" shows how the recruiter's words were understood before anything is saved.
        if action == .promised, fields.text("intent") == "check" {
            let state = try await workspace.store.state(of: id)
            var page = ProcessPage(state: state, workspace: workspace, site: site)
            page.words = fields.raw("words")
            do {
                let reading = try workspace.readTimeline(fields.text("words") ?? "", for: state.process, saidAt: workspace.now)
                page.reading =
                    reading.kind == .vague
                    ? "Read \(reading.explanation): no firm date, so the check-in follows the no-timeline rule (P4) from the day it was said."
                    : "Read \(reading.explanation), end of day in \(state.process.zone.identifier)."
            } catch {
                page.error = EventAction.unreadable(error)
                page.failed = ["promised": true]
                return site.render(page, "process", status: .badRequest)
            }
            return site.render(page, "process")
        }
        do {
            let recorded = try await action.record(on: id, fields: fields, in: workspace)
            return site.redirect("/processes/\(Paths.escape(id))?recorded=\(recorded.event.id)#history")
        } catch let error as StoreError {
            if case .unknownProcess = error { throw error }
            return try await refused(WebError(error), id: id, form: name, fields: fields, workspace: workspace)
        } catch {
            return try await refused(WebError.from(error, path: request.uri.path), id: id, form: name, fields: fields, workspace: workspace)
        }
    }

    /// The process page again with the refusal beside the form that was sent, and the words kept.
    func refused(_ failure: WebError, id: String, form: String, fields: Fields, workspace: Workspace) async throws -> Response {
        let state = try await workspace.store.state(of: id)
        var page = ProcessPage(state: state, workspace: workspace, site: site)
        page.error = failure.message
        page.failed = [form: true]
        page.words = fields.raw("words")
        return site.render(page, "process", status: failure.status)
    }

    @Sendable func draft(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let (workspace, _) = try await site.workspace()
        let state = try await workspace.store.state(of: id)
        let query = try Fields(query: request, ["kind", "language"])
        let kind = try query.choice("kind", MessageKind.self)
        let language = try query.choice("language", Language.self)
        let (draft, review, advice) = try workspace.draft(for: state, kind: kind, language: language)
        return site.render(
            DraftPage(
                state: state, draft: draft, body: draft.body, subject: draft.subject, review: review, advice: advice, workspace: workspace, site: site
            ),
            "draft")
    }

    /// The draft as a mail message (RFC 5322), for the user's own mail program: from the address
    /// in Settings to the process's recruiter, answering the latest reply that came by mail.
    @Sendable func draftMail(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let (workspace, _) = try await site.workspace()
        let state = try await workspace.store.state(of: id)
        let query = try Fields(query: request, ["kind", "language"])
        let mail = try workspace.draftMail(
            for: state, kind: try query.choice("kind", MessageKind.self), language: try query.choice("language", Language.self),
            messageID: workspace.newMessageID())
        return Response(
            status: .ok,
            headers: [
                .contentType: "message/rfc822", .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"\(state.process.id.rawValue).eml\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: mail.mail.bytes)))
    }

    /// The "Review" button: the edited text reviewed on the server, for browsers without JavaScript.
    @Sendable func reviewDraft(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let fields = try await site.form(request)
        let (workspace, _) = try await site.workspace()
        let state = try await workspace.store.state(of: id)
        let kind = try fields.choice("kind", MessageKind.self)
        let language = try fields.choice("language", Language.self)
        let (draft, _, advice) = try workspace.draft(for: state, kind: kind, language: language)
        let body = fields.raw("text") ?? draft.body
        let review = workspace.review(body, kind: draft.kind, language: draft.language, process: state).review
        let view = DraftPage(
            state: state, draft: draft, body: body, subject: fields.text("subject") ?? draft.subject, review: review, advice: advice,
            workspace: workspace, site: site)
        return site.render(view, "draft")
    }
}
