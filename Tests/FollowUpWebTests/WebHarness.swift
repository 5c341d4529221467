import FollowUpCore
import FollowUpStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FollowUpWeb

/// One app on a fresh in-memory database with a fixed clock, driven through HummingbirdTesting.
struct WebHarness {
    var database = AppDatabase.inMemory()
    var now = "2026-03-11T16:00:00-04:00"
    var bodyLimit = 1_000_000

    func configuration() -> WebConfiguration {
        let instant = try! DateInput.instant(now, in: .utc)
        return WebConfiguration(database: database, clock: { instant }, fallbackZone: try! Zone("America/New_York"), bodyLimit: bodyLimit)
    }

    func run(_ test: @Sendable (Client) async throws -> Void) async throws {
        let app = try await buildApplication(configuration())
        try await app.test(.router) { client in try await test(Client(client: client)) }
    }

    /// A browser-like client: reads the form token from a page before posting forms.
    struct Client: Sendable {
        let client: any TestClientProtocol

        struct Page: Sendable {
            var status: HTTPResponse.Status
            var headers: HTTPFields
            var body: String
            var location: String? { headers[.location] }

            func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
            func object() throws -> [String: Any] { try #require(try json() as? [String: Any]) }
        }

        func get(_ path: String, headers: HTTPFields = [:]) async throws -> Page {
            try await client.execute(uri: path, method: .get, headers: headers) {
                Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
            }
        }

        /// The token every page's forms carry.
        func token() async throws -> String {
            let page = try await get("/review")
            let marker = "name=\"_csrf\" value=\""
            let start = try #require(page.body.range(of: marker)).upperBound
            return String(page.body[start...].prefix { $0 != "\"" })
        }

        func postForm(_ path: String, _ fields: [(String, String)], token: String? = nil, headers: HTTPFields = [:]) async throws -> Page {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            var csrf = token ?? ""
            if token == nil { csrf = try await self.token() }
            let body = ([("_csrf", csrf)] + fields).map {
                "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
            }.joined(separator: "&")
            var headers = headers
            headers[.contentType] = "application/x-www-form-urlencoded"
            return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)) {
                Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
            }
        }

        func send(
            _ method: HTTPRequest.Method, _ path: String, json: Any, headers: HTTPFields = [.contentType: "application/json"]
        ) async throws -> Page {
            let data = try JSONSerialization.data(withJSONObject: json)
            return try await client.execute(uri: path, method: method, headers: headers, body: ByteBuffer(bytes: data)) {
                Page(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
            }
        }

        func postJSON(_ path: String, _ json: Any) async throws -> Page { try await send(.post, path, json: json) }

        /// Adds Acme with Dana as recruiter and a technical interview on Wed 11 Mar 14:00 (New York).
        func seedAcme() async throws -> String {
            let created = try await postForm(
                "/processes",
                [
                    ("company", "Acme"), ("role", "Backend Engineer"), ("contact", "Dana Reyes"), ("email", "dana@acme.example"),
                    ("timeZone", "America/New_York"),
                ])
            #expect(created.status == .seeOther)
            let id = "acme-backend-engineer"
            let logged = try await postForm(
                "/processes/\(id)/interviewed",
                [("at", "2026-03-11T14:00"), ("kind", "technical"), ("with", "Dana"), ("topic", "the billing migration")])
            #expect(logged.status == .seeOther, "\(logged.body)")
            return id
        }

        func eventCount(_ id: String) async throws -> Int {
            let show = try await get("/api/processes/\(id)").object()
            return try #require(show["events"] as? [Any]).count
        }
    }
}
