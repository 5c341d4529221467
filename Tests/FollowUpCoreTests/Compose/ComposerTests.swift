import Foundation
import Testing

@testable import FollowUpCore

@Suite struct ComposerTests {
    /// A spread of processes: names or none, topics or none, a promised day or none, each kind of context.
    static func processes() -> [Scenario] {
        var result: [Scenario] = []
        let roles = [("Acme", "Backend Engineer"), ("Açaí Labs", "Engenheira de Dados"), ("Globex", "SRE"), ("Initech", "Staff Product Designer")]
        for (index, (company, role)) in roles.enumerated() {
            for variant in 0..<4 {
                var s = Scenario(company: company)
                s.process.id = ProcessID("p\(index)-\(variant)")
                s.process.role = role
                if variant % 2 == 1 { s.process.contacts = [] }
                s.interviewed("2026-03-11 14:00", kind: .panel, topics: variant < 2 ? "the migration to event sourcing" : nil)
                if variant != 2 { s.promised("2026-03-13", at: "2026-03-11 14:30") }
                switch variant {
                case 0: s.context(.offer(deadline: Day(iso: "2026-03-27")!), at: "2026-03-17 10:00")
                case 1: s.context(.finalRoundElsewhere, at: "2026-03-17 10:00")
                default: s.context(.availabilityChanged("I can start on 4 May"), at: "2026-03-17 10:00")
                }
                result.append(s)
            }
        }
        return result
    }

    @Test("every draft — all kinds, both languages, every phrasing, a spread of processes — passes the reviewer with no error")
    func everyDraftPasses() throws {
        let composer = Composer(
            settings: {
                var u = UserSettings()
                u.name = "Ana Lima"
                return u
            }())
        for s in Self.processes() {
            for kind in MessageKind.allCases {
                for language in Language.allCases {
                    let count = try composer.phrasingCount(for: s.state, kind: kind, language: language)
                    #expect(count >= 2)
                    for phrasing in 0..<count {
                        let draft = try composer.draft(for: s.state, kind: kind, language: language, phrasing: phrasing)
                        let review = Reviewer().review(draft.body, context: ReviewContext(kind: kind, language: language, process: s.state))
                        let errors = review.findings.filter { $0.severity == .error }
                        #expect(
                            errors.isEmpty,
                            "\(kind) \(language) #\(phrasing) for \(s.process.id): \(errors.map { "\($0.rule.rawValue) \($0.message)" })\n\(draft.body)"
                        )
                        let warnings = review.findings.filter { $0.severity == .warning }
                        #expect(
                            warnings.isEmpty,
                            "\(kind) \(language) #\(phrasing): \(warnings.map { "\($0.rule.rawValue) \($0.message)" })\n\(draft.body)")
                        #expect(!draft.body.contains("{"), "unfilled slot in \(draft.body)")
                    }
                }
            }
        }
    }

    @Test("drafts are personalised: first name, role, the agreed day written naturally, the topic")
    func personalised() throws {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00", kind: .panel, topics: "the migration to event sourcing")
        s.promised("2026-03-13", at: "2026-03-11 14:30")
        let checkIn = try Composer().draft(for: s.state, kind: .checkIn, phrasing: 0)
        #expect(checkIn.body.hasPrefix("Hi Dana,\n\n"))
        #expect(checkIn.body.contains("Backend Engineer"))
        #expect(checkIn.body.contains("by Friday, 13 March"))
        #expect(checkIn.subject == "Backend Engineer process — following up")
        let portuguese = try Composer().draft(for: s.state, kind: .checkIn, language: .brazilianPortuguese, phrasing: 0)
        #expect(portuguese.body.contains("previsto para sexta-feira, 13 de março"))
        let thanks = try Composer().draft(for: s.state, kind: .thankYou, phrasing: 0)
        #expect(thanks.body.contains("the migration to event sourcing"))
        #expect(thanks.body.hasSuffix("[Your name]\n"))
    }

    @Test("phrasings are chosen deterministically per process, and differ across processes")
    func rotation() throws {
        let drafts = try Self.processes().map { try Composer().draft(for: $0.state, kind: .checkIn).body }
        #expect(try Self.processes().map { try Composer().draft(for: $0.state, kind: .checkIn).body } == drafts)
        let openings = Set(drafts.map { $0.split(separator: "\n")[1].prefix(20) })
        #expect(openings.count >= 2)
    }

    @Test("an alignment draft without real context is refused with the next step")
    func alignmentNeedsContext() {
        var s = Scenario()
        s.interviewed("2026-03-11 14:00")
        #expect(throws: FollowUpError.self) { try Composer().draft(for: s.state, kind: .alignment) }
    }
}
