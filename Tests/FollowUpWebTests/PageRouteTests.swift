import FollowUpApp
import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import FollowUpWeb

@Suite("Pages")
struct PageRouteTests {
    @Test("Today on an empty database invites the first process, with the security headers")
    func emptyToday() async throws {
        try await WebHarness().run { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("No processes yet"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(!page.body.contains("<script>"), "no inline script")
        }
    }

    @Test("A process is created from the form and logged; Today gives P4 with its window and rule")
    func createAndLog() async throws {
        try await WebHarness().run { client in
            let created = try await client.postForm(
                "/processes", [("company", "Acme"), ("role", "Backend Engineer"), ("timeZone", "America/New_York")])
            #expect(created.status == .seeOther)
            #expect(created.location == "/processes/acme-backend-engineer?created=1")
            let page = try await client.get(created.location!)
            #expect(page.body.contains("Added Acme — Backend Engineer"))
            _ = try await client.postForm("/processes/acme-backend-engineer/interviewed", [("at", "2026-03-11T14:00"), ("kind", "technical")])
            let today = try await client.get("/")
            #expect(today.body.contains("Coming up"))
            #expect(today.body.contains("P4 no-timeline"))
            #expect(today.body.contains("Wed 18 Mar 09:00 – Fri 20 Mar 11:00 America/New_York"))
            #expect(today.body.contains("Nothing to send today"))
        }
    }

    @Test("Today shows the window in the recruiter's time and in the user's when the zones differ")
    func bothZones() async throws {
        try await WebHarness().run { client in
            _ = try await client.postForm("/processes", [("company", "Lisboa Lda"), ("role", "Engineer"), ("timeZone", "Europe/Lisbon")])
            _ = try await client.postForm("/processes/lisboa-lda-engineer/interviewed", [("at", "2026-03-11T09:00")])
            let today = try await client.get("/")
            // 09:00–11:00 in Lisbon (UTC) is 05:00–07:00 in New York (UTC-4 after 8 March).
            #expect(today.body.contains("Wed 18 Mar 09:00 – Fri 20 Mar 11:00 Europe/Lisbon (Wed 18 Mar 05:00 – Fri 20 Mar 07:00 America/New_York)"))
        }
    }

    @Test("The recruiter's words are shown as understood before saving, then saved; Today waits (P2)")
    func promisedWords() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let check = try await client.postForm("/processes/\(id)/promised", [("words", "we'll get back to you by Friday"), ("intent", "check")])
            #expect(check.status == .ok)
            #expect(check.body.contains("Friday 13 March 2026"))
            #expect(check.body.contains("end of day in America/New_York"))
            #expect(try await client.eventCount(id) == 1, "checking records nothing")
            let saved = try await client.postForm("/processes/\(id)/promised", [("words", "we'll get back to you by Friday"), ("intent", "save")])
            #expect(saved.status == .seeOther)
            #expect(try await client.eventCount(id) == 2)
            let page = try await client.get(saved.location!)
            #expect(page.body.contains("Recorded: answer promised by Fri 13 Mar"))
            let today = try await client.get("/")
            #expect(today.body.contains("P2 wait-inside-timeline"))
        }
    }

    @Test("Words that promise no date are shown as such, and saved without one: Today follows P4")
    func vagueWords() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let check = try await client.postForm("/processes/\(id)/promised", [("words", "someone will reach out to you"), ("intent", "check")])
            #expect(check.body.contains("no firm date, so the check-in follows the no-timeline rule (P4)"))
            let saved = try await client.postForm("/processes/\(id)/promised", [("words", "someone will reach out to you"), ("intent", "save")])
            #expect(saved.status == .seeOther)
            let page = try await client.get(saved.location!)
            #expect(page.body.contains("Recorded: a promise with no firm date"))
            let today = try await client.get("/")
            #expect(today.body.contains("P4 no-timeline"))
        }
    }

    @Test("Words with no timeline are refused beside the form, the words kept, the store unchanged")
    func unreadableWords() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let page = try await client.postForm("/processes/\(id)/promised", [("words", "thanks for your time"), ("intent", "save")])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("found no date or timeline"))
            #expect(page.body.contains("give the day in the date field instead"))
            #expect(page.body.contains("value=\"thanks for your time\""))
            #expect(try await client.eventCount(id) == 1)
        }
    }

    @Test("A form without its token is refused and changes nothing")
    func csrf() async throws {
        try await WebHarness().run { client in
            let refused = try await client.postForm("/processes", [("company", "Acme"), ("role", "Engineer")], token: "forged")
            #expect(refused.status == .forbidden)
            #expect(refused.body.contains("security token"))
            let list = try await client.get("/api/processes").json() as? [Any]
            #expect(list?.isEmpty == true)
        }
    }

    @Test("Posts from another site are refused, by fetch metadata and by origin")
    func crossSite() async throws {
        try await WebHarness().run { client in
            let token = try await client.token()
            let bySite = try await client.postForm(
                "/processes", [("company", "A"), ("role", "B")], token: token, headers: [HeaderNames.fetchSite: "cross-site"])
            #expect(bySite.status == .forbidden)
            let byOrigin = try await client.postForm(
                "/processes", [("company", "A"), ("role", "B")], token: token,
                headers: [.origin: "http://evil.example", HeaderNames.host: "127.0.0.1:8080"])
            #expect(byOrigin.status == .forbidden)
            let list = try await client.get("/api/processes").json() as? [Any]
            #expect(list?.isEmpty == true)
        }
    }

    @Test(
        "Only loopback names may reach a loopback server (DNS rebinding)",
        arguments: [
            ("127.0.0.1:8080", true), ("localhost:8080", true), ("[::1]:8080", true), ("localhost", true), ("127.5.5.5", true),
            ("attacker.example:8080", false), ("192.168.1.2:8080", false), ("localhost.evil.example", false),
        ])
    func loopbackNames(_ authority: String, _ allowed: Bool) {
        #expect(SecurityMiddleware<BasicRequestContext>.isLoopback(authority) == allowed)
    }

    @Test("The draft is composed from the process, and the Review button flags an anxious sentence in place")
    func draftReview() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let draft = try await client.get("/processes/\(id)/draft?kind=thank-you")
            #expect(draft.status == .ok)
            #expect(draft.body.contains("Dana"))
            #expect(draft.body.contains("billing migration"))
            #expect(draft.body.contains("href=\"mailto:dana@acme.example?subject=Thank%20you"))
            #expect(draft.body.contains("[Your name]\n</textarea>"), "the message is exactly the draft, no indentation added")
            let text = "Hi Dana,\n\nI am so anxious about this, I really need an answer.\n\nThanks,\nSam"
            let reviewed = try await client.postForm("/processes/\(id)/draft", [("kind", "check-in"), ("subject", "Hello"), ("text", text)])
            #expect(reviewed.status == .ok)
            #expect(reviewed.body.contains("R1 emotion"))
            #expect(reviewed.body.contains("<mark class=\"error\""))
            #expect(reviewed.body.contains("<mark class=\"error\" title=\"R1 emotion\">I am so anxious</mark>"))
            #expect(reviewed.body.contains("R7 vague"), "whole-message findings are listed")
            #expect(try await client.eventCount(id) == 1, "reviewing records nothing")
        }
    }

    @Test("Marking a draft sent records it, warns with P11 when too early, and shows its review")
    func markSent() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let sent = try await client.postForm(
                "/processes/\(id)/sent", [("kind", "check-in"), ("text", "Hi Dana, any news? I have been waiting for days.")])
            #expect(sent.status == .seeOther)
            let page = try await client.get(sent.location!)
            #expect(page.body.contains("Recorded: check-in sent"))
            #expect(page.body.contains("P11") || page.body.contains("P4"))
            #expect(page.body.contains("R2 demanding"))
            #expect(try await client.eventCount(id) == 2)
        }
    }

    @Test("Undo appends a retraction; closing twice is refused with 409")
    func undoAndClose() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            _ = try await client.postForm("/processes/\(id)/undo", [])
            let page = try await client.get("/processes/\(id)")
            #expect(page.body.contains("(undone)"))
            #expect(page.body.contains("undo of event 1"))
            #expect(try await client.postForm("/processes/\(id)/close", [("outcome", "rejected")]).status == .seeOther)
            let today = try await client.get("/")
            #expect(today.body.contains("<details class=\"group closed\">"), "closed processes fold away")
            #expect(today.body.contains("Acme — Backend Engineer</a> · Closed on Wed 11 Mar (rejected)"))
            let again = try await client.postForm("/processes/\(id)/close", [("outcome", "offer")])
            #expect(again.status == .conflict)
            #expect(again.body.contains("already closed"))
        }
    }

    @Test("An unknown process is a 404 page naming the nearest ids")
    func unknownProcess() async throws {
        try await WebHarness().run { client in
            _ = try await client.seedAcme()
            let page = try await client.get("/processes/acme-backend-enginer")
            #expect(page.status == .notFound)
            #expect(page.body.contains("did you mean"))
            #expect(page.body.contains("acme-backend-engineer"))
            let missing = try await client.get("/nowhere")
            #expect(missing.status == .notFound)
            #expect(missing.body.contains("<h1>Not found</h1>"))
        }
    }

    @Test("Bad form values are refused with the field named and nothing written")
    func badValues() async throws {
        try await WebHarness().run { client in
            let zone = try await client.postForm("/processes", [("company", "Acme"), ("role", "Eng"), ("timeZone", "Mars/Base")])
            #expect(zone.status == .badRequest)
            #expect(zone.body.contains("unknown time zone &#39;Mars/Base&#39;"))
            #expect(zone.body.contains("value=\"Acme\""), "the typed values are kept")
            let id = try await client.seedAcme()
            let date = try await client.postForm("/processes/\(id)/interviewed", [("at", "2026-02-30T10:00")])
            #expect(date.status == .badRequest)
            let future = try await client.postForm("/processes/\(id)/replied", [("at", "2026-04-01T10:00")])
            #expect(future.status == .badRequest)
            #expect(future.body.contains("after now"))
            #expect(try await client.eventCount(id) == 1)
        }
    }

    @Test("Review page: a pasted message gets findings, kind inferred with its reason")
    func reviewPage() async throws {
        try await WebHarness().run { client in
            let page = try await client.postForm(
                "/review", [("text", "Sorry to bother you, I just wanted to check in!!"), ("kind", ""), ("language", "")])
            #expect(page.status == .ok)
            #expect(page.body.contains("R6 over-justify"))
            #expect(page.body.contains("Read as check-in"))
        }
    }

    @Test("Settings save together; an invalid value names the key and saves nothing")
    func settings() async throws {
        try await WebHarness().run { client in
            let saved = try await client.postForm("/settings", [("name", "Sam Lee"), ("word-budget-check-in", "90"), ("disabled-rules", "R6")])
            #expect(saved.status == .seeOther)
            let page = try await client.get("/settings?saved=1")
            #expect(page.body.contains("value=\"Sam Lee\""))
            #expect(page.body.contains("value=\"R6\" checked"))
            let bad = try await client.postForm("/settings", [("name", "Other"), ("word-budget-check-in", "9000")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("word-budget-check-in"))
            #expect(bad.body.contains("Nothing was saved"))
            let settings = try await client.get("/api/settings").object()
            #expect(settings["name"] as? String == "Sam Lee")
            #expect(settings["word-budget-check-in"] as? String == "90")
        }
    }

    @Test("Static files come from memory with an ETag; a second look is 304")
    func assets() async throws {
        try await WebHarness().run { client in
            let css = try await client.get("/static/app.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let etag = try #require(css.headers[.eTag])
            #expect(try await client.get("/static/app.css", headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(try await client.get("/static/app.js").status == .ok)
            #expect(try await client.get("/static/missing.js").status == .notFound)
            #expect(try await client.get("/healthz").body == "ok")
        }
    }

    @Test("The draft page offers the draft as an .eml download from the address in Settings, and a mailto: link")
    func emlDownload() async throws {
        try await WebHarness().run { client in
            let id = try await client.seedAcme()
            let page = try await client.get("/processes/\(id)/draft")
            #expect(page.body.contains("href=\"/processes/\(id)/draft.eml?kind="))
            #expect(page.body.contains("href=\"mailto:dana@acme.example?"))
            let refused = try await client.get("/processes/\(id)/draft.eml?kind=check-in")
            #expect(refused.status != .ok)
            #expect(refused.body.contains("mail-addresses"))
            _ = try await client.postForm("/settings", [("name", "Sam Lee"), ("mail-addresses", "sam@home.example")])
            let eml = try await client.get("/processes/\(id)/draft.eml?kind=check-in")
            #expect(eml.status == .ok)
            #expect(eml.headers[.contentType] == "message/rfc822")
            #expect(eml.headers[.contentDisposition] == "attachment; filename=\"\(id).eml\"")
            #expect(eml.body.contains("From: Sam Lee <sam@home.example>\r\nTo: Dana Reyes <dana@acme.example>\r\n"))
            #expect(eml.body.contains("Content-Transfer-Encoding: quoted-printable"))
        }
    }

    @Test("The calendar feed lives at a secret address made at start, shown in Settings and replaceable; any other address is not found")
    func calendarFeed() async throws {
        let harness = WebHarness()
        try await harness.run { client in
            _ = try await client.seedAcme()
            let secret = try #require(try await harness.database.settings().calendarFeed)
            #expect(secret.count >= 16)
            let settings = try await client.get("/settings")
            #expect(settings.body.contains("/calendar/\(secret).ics"))
            let feed = try await client.get("/calendar/\(secret).ics")
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(feed.body.hasPrefix("BEGIN:VCALENDAR\r\n") && feed.body.contains("UID:interview-1@acme-backend-engineer.followup"))
            #expect(try await client.get("/calendar/\(secret.dropLast()).ics").status == .notFound)
            _ = try await client.postForm("/settings", [("calendar-feed", "a-new-secret-0123456789")])
            #expect(try await client.get("/calendar/\(secret).ics").status == .notFound)
            #expect(try await client.get("/calendar/a-new-secret-0123456789.ics").status == .ok)
            _ = try await client.postForm("/settings", [("calendar-feed", "off")])
            #expect(try await client.get("/calendar/a-new-secret-0123456789.ics").status == .notFound)
        }
    }
}
