import Foundation
import HTTPTypes
import Testing

@testable import FollowUpWeb

@Suite("JSON API")
struct APIRouteTests {
    @Test("POST /api/review answers the object of 'followup review --format json'")
    func review() async throws {
        try await WebHarness().run { client in
            let page = try await client.postJSON(
                "/api/review", ["text": "I am really anxious, I need an answer!!", "kind": "check-in", "language": "en"])
            #expect(page.status == .ok)
            let object = try page.object()
            #expect(Set(object.keys) == ["file", "ready", "findings", "figures"])
            #expect(object["ready"] as? Bool == false)
            let findings = try #require(object["findings"] as? [[String: Any]])
            #expect(Set(findings[0].keys) == ["rule", "name", "severity", "line", "column", "start", "end", "message", "suggestion"])
            #expect(findings.contains { $0["rule"] as? String == "R1" && $0["start"] as? Int == 0 })
            let figures = try #require(object["figures"] as? [String: Int])
            #expect(figures["words"] == 8)
        }
    }

    @Test("Errors share one shape: not JSON, too large, bad kind, unknown process")
    func errors() async throws {
        var harness = WebHarness()
        harness.bodyLimit = 2_000
        try await harness.run { client in
            let form = try await client.send(.post, "/api/review", json: ["text": "hi"], headers: [.contentType: "text/plain"])
            #expect(form.status == .unsupportedMediaType)
            #expect((try form.object()["error"] as? [String: String])?["code"] == "unsupported-media-type")
            let huge = try await client.postJSON("/api/review", ["text": String(repeating: "word ", count: 1_000)])
            #expect(huge.status == .contentTooLarge)
            #expect((try huge.object()["error"] as? [String: String])?["message"]?.contains("much shorter") == true)
            let kind = try await client.postJSON("/api/review", ["text": "hi", "kind": "poem"])
            #expect(kind.status == .badRequest)
            #expect((try kind.object()["error"] as? [String: String])?["message"]?.contains("thank-you, check-in") == true)
            let missing = try await client.get("/api/processes/nobody")
            #expect(missing.status == .notFound)
            #expect((try missing.object()["error"] as? [String: String])?["code"] == "unknown-process")
            // Worded for the web app, not the command line.
            let missingMessage = (try missing.object()["error"] as? [String: String])?["message"] ?? ""
            #expect(missingMessage.hasPrefix("no process with id 'nobody'") && !missingMessage.contains("followup list"))
            let route = try await client.get("/api/nothing-here")
            #expect(route.status == .notFound)
            #expect((try route.object()["error"] as? [String: String])?["code"] == "not-found")
            let notObject = try await client.send(.post, "/api/parse", json: ["a", "b"])
            #expect(notObject.status == .badRequest)
        }
    }

    @Test("A whole process through the API: create, log, parse, advise, draft, undo")
    func journey() async throws {
        try await WebHarness().run { client in
            let created = try await client.postJSON(
                "/api/processes", ["company": "Acme", "role": "Backend Engineer", "timeZone": "America/New_York"])
            #expect(created.status == .created)
            let id = try #require((try created.object()["process"] as? [String: Any])?["id"] as? String)
            let interview = try await client.postJSON(
                "/api/processes/\(id)/interviewed", ["at": "2026-03-11 14:00", "kind": "technical", "personal": true])
            #expect(interview.status == .created, "\(interview.body)")
            #expect((try interview.object()["advice"] as? [String: Any])?["rule"] as? String == "P1")
            let parse = try await client.postJSON("/api/parse", ["text": "we'll get back to you by Friday", "process": id])
            #expect(try parse.object()["deadline"] as? String == "2026-03-13")
            let promised = try await client.postJSON("/api/processes/\(id)/promised", ["words": "by Friday"])
            #expect((try promised.object()["reading"] as? [String: Any])?["deadline"] as? String == "2026-03-13")
            let advice = try await client.get("/api/processes/\(id)/advice?on=2026-03-16T10:00").object()
            #expect(advice["rule"] as? String == "P3")
            #expect((advice["window"] as? [String: Any])?["earliest"] as? String == "2026-03-16T09:00:00-04:00")
            let draft = try await client.get("/api/processes/\(id)/draft?kind=check-in").object()
            #expect(Set(draft.keys) == ["subject", "body", "kind", "language", "review"])
            let today = try #require(try await client.get("/api/today").json() as? [[String: Any]])
            #expect(today.count == 1)
            let undo = try await client.postJSON("/api/processes/\(id)/undo", [String: String]())
            #expect(undo.status == .created)
            #expect(try await client.eventCount(id) == 3)
            let none = try await client.postJSON("/api/parse", ["text": "thanks a lot", "language": "en"])
            #expect(none.status == .unprocessableContent)
        }
    }

    @Test("PUT /api/settings is all or nothing")
    func settings() async throws {
        try await WebHarness().run { client in
            let ok = try await client.send(.put, "/api/settings", json: ["sending-hours": "08:30-10:30"])
            #expect(ok.status == .ok)
            let bad = try await client.send(.put, "/api/settings", json: ["name": "X", "colour": "blue"])
            #expect(bad.status == .badRequest)
            #expect((try bad.object()["error"] as? [String: String])?["message"]?.contains("unknown field 'colour'") == true)
            let now = try await client.get("/api/settings").object()
            #expect(now["sending-hours"] as? String == "08:30-10:30")
            #expect(now["name"] as? String == "")
        }
    }

    @Test("Bodies are strict: unknown fields, nulls and wrong types are refused with the field named")
    func strictBodies() async throws {
        try await WebHarness().run { client in
            let cases: [([String: Any], String)] = [
                (["text": "hi", "knd": "check-in"], "unknown field 'knd'"), (["text": "hi", "kind": NSNull()], "'kind' is null"),
                (["text": false], "'text' must be a string"), (["text": 42], "'text' must be a string"),
                (["text": "a\u{0}b"], "'text' contains a NUL character"), (["text": "hi", "language": ""], "'' is not a valid language"),
                (["text": "hi", "language": "english"], "use one of en, pt-BR"),
            ]
            for (body, message) in cases {
                let page = try await client.postJSON("/api/review", body)
                #expect(page.status == .badRequest)
                #expect((try page.object()["error"] as? [String: String])?["message"]?.contains(message) == true, "\(body)")
            }
            let control = try await client.postJSON("/api/processes", ["company": "Ac\u{1B}me", "role": "Eng"])
            #expect(control.status == .badRequest)
            #expect((try control.object()["error"] as? [String: String])?["message"]?.contains("control character") == true)
            let created = try await client.postJSON("/api/processes", ["company": "Acme", "role": "Eng"])
            let id = try #require((try created.object()["process"] as? [String: Any])?["id"] as? String)
            let flag = try await client.postJSON("/api/processes/\(id)/interviewed", ["at": "2026-03-11 14:00", "personal": "yes"])
            #expect((try flag.object()["error"] as? [String: String])?["message"] == "'personal' must be true or false")
            let empty = try await client.get("/api/processes/\(id)/draft?kind=")
            #expect(empty.status == .badRequest)
            #expect(try await client.get("/api/today?on=").status == .badRequest)
        }
    }

    @Test("A method the route does not take is a 405 naming the allowed ones")
    func methodNotAllowed() async throws {
        try await WebHarness().run { client in
            let page = try await client.send(.delete, "/api/processes/acme/advice", json: [String: String]())
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers[.allow] == "GET")
            let settings = try await client.send(.patch, "/api/settings", json: [String: String]())
            #expect(settings.headers[.allow] == "GET, PUT")
        }
    }

    @Test("The OpenAPI document is served and names every API route")
    func openAPI() async throws {
        try await WebHarness().run { client in
            let page = try await client.get("/api/openapi.yaml")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "application/yaml")
            for path in [
                "/api/today:", "/api/processes:", "/api/processes/{id}:", "/api/processes/{id}/advice:", "/api/processes/{id}/draft:",
                "/api/processes/{id}/{action}:", "/api/parse:", "/api/review:", "/api/settings:", "/api/regions:",
            ] {
                #expect(page.body.contains("  \(path)\n"), "\(path)")
            }
        }
    }
}

@Suite("Escaping")
struct EscapingTests {
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "javascript:alert(1)//<b>",
        "</textarea><script>alert(2)</script>", "<a href=\"javascript:alert(1)\">x</a>",
    ]

    @Test("Every user string is escaped on every page", arguments: payloads)
    func escaped(_ payload: String) async throws {
        try await WebHarness().run { client in
            let created = try await client.postForm(
                "/processes", [("company", "Acme \(payload)"), ("role", "Role \(payload)"), ("contact", "Dana"), ("timeZone", "America/New_York")])
            #expect(created.status == .seeOther)
            let id = try #require(try await client.get("/api/processes").json() as? [[String: Any]]).first?["id"] as? String ?? ""
            let path = "/processes/\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-"]))!)"
            _ = try await client.postForm(
                "\(path)/interviewed", [("at", "2026-03-11T14:00"), ("with", payload), ("topic", payload), ("personal", "on")])
            _ = try await client.postForm("\(path)/promised", [("words", "by Friday \(payload)"), ("intent", "save")])
            _ = try await client.postForm("\(path)/context", [("kind", "availability"), ("availability", payload), ("note", payload)])
            _ = try await client.postForm("/settings", [("name", payload), ("signature", payload)])
            var pages = [
                try await client.get("/"), try await client.get(path), try await client.get("\(path)/draft?kind=thank-you"),
                try await client.get("/settings"),
                try await client.postForm("/review", [("text", payload)]),
                try await client.postForm("\(path)/promised", [("words", payload), ("intent", "check")]),
                try await client.postForm("/processes", [("company", payload), ("role", payload), ("timeZone", payload)]),
            ]
            pages.append(try await client.postForm("\(path)/draft", [("text", payload), ("subject", payload)]))
            for page in pages {
                #expect(!page.body.contains(payload), "raw payload in a \(page.status) page")
                #expect(!page.body.contains("<script>alert"))
                #expect(!page.body.contains("onerror=alert(1)>"))
            }
            #expect(pages[1].body.contains("&lt;"))
        }
    }
}

@Suite("Stylesheet")
struct StylesheetTests {
    /// WCAG 2 relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { (c: Int) -> Double in
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("Every declared colour pair meets WCAG AA (4.5:1) in the light and the dark theme")
    func contrast() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/FollowUpWeb/Resources/static/app.css")
        let css = try String(contentsOf: url, encoding: .utf8)
        let pairsText = try #require(css.range(of: "pairs:").map { css[$0.upperBound...].prefix { $0 != "*" } })
        let pairs = pairsText.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map { $0.split(separator: "/").map(String.init) }
        #expect(pairs.count >= 10)
        let darkStart = try #require(css.range(of: "@media (prefers-color-scheme: dark)")).lowerBound
        for (theme, block) in [("light", String(css[..<darkStart])), ("dark", String(css[darkStart...]))] {
            var colours: [String: String] = [:]
            for line in block.split(separator: "\n") {
                let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].hasPrefix("--") else { continue }
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " ;"))
                if value.hasPrefix("#"), value.count == 7, colours[String(parts[0].dropFirst(2))] == nil {
                    colours[String(parts[0].dropFirst(2))] = value
                }
            }
            for pair in pairs {
                let foreground = try #require(colours[pair[0]], "\(theme): --\(pair[0]) is not declared")
                let background = try #require(colours[pair[1]], "\(theme): --\(pair[1]) is not declared")
                #expect(
                    Self.contrast(foreground, background) >= 4.5, "\(theme): \(pair[0]) on \(pair[1]) is \(Self.contrast(foreground, background)):1")
            }
        }
    }
}
