import Foundation
import Testing

@testable import FollowUpMail

/// Generated mail read by `MailMessage` and by Python's `email` package (`Oracle/make_mail.py`),
/// field by field: the parser is held to a reader millions of programs rely on.
@Suite struct MailOracleTests {
    struct Expected: Decodable {
        var subject: String?
        var from: [MailAddress]
        var to: [MailAddress]
        var cc: [MailAddress]
        var date: Int?
        var message_id: String?
        var in_reply_to: [String]
        var references: [String]
        var plain: String?
        var calendars: Int
    }

    /// What the generator wrote, read into memory: each case's name, expected fields and bytes,
    /// and an mbox of them all with the Message-IDs in its order.
    struct Oracle: Sendable {
        var cases: [(String, Expected, [UInt8])]
        var table: [String: Expected]
        var mbox: [UInt8]
        var mboxIDs: [String]
    }

    /// Runs the generator once into a temporary folder, reads what it wrote, and removes the folder.
    static let oracle: Result<Oracle, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-mail-oracle-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Oracle/make_mail.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, "400"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        func read(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }
        let table = try JSONDecoder().decode([String: Expected].self, from: read("expected.json"))
        return Oracle(
            cases: try table.keys.sorted().map { name in (name, table[name]!, Array(try read(name))) }, table: table,
            mbox: Array(try read("all.mbox")), mboxIDs: try JSONDecoder().decode([String].self, from: read("mbox-expected.json")))
    }

    static func cases() throws -> [(String, Expected, [UInt8])] {
        try oracle.get().cases
    }

    @Test("headers, addresses, dates and ids match Python's email package")
    func headers() throws {
        let cases = try Self.cases()
        #expect(cases.count == 400)
        for (name, expected, bytes) in cases {
            let message = try MailMessage(bytes: bytes)
            // Python keeps the space of a fold between "Subject:" and its first encoded word.
            #expect(message.subject == expected.subject.map(\.mailTrimmed), "\(name) subject")
            #expect(message.from == expected.from, "\(name) from")
            #expect(message.to == expected.to, "\(name) to")
            #expect(message.cc == expected.cc, "\(name) cc")
            // The scan's quick reading of addresses alone agrees with the full one.
            for (field, full) in [("From", expected.from), ("To", expected.to), ("Cc", expected.cc)] {
                #expect(message.headers.all(field).flatMap { MailAddress.addresses(in: $0) } == full.map(\.address), "\(name) \(field) addresses")
            }
            #expect(message.date.map { Int($0.timeIntervalSince1970) } == expected.date, "\(name) date")
            #expect(message.messageID == expected.message_id, "\(name) message id")
            #expect(message.inReplyTo == expected.in_reply_to, "\(name) in-reply-to")
            #expect(message.references == expected.references, "\(name) references")
        }
    }

    @Test("the plain-text body and the invitations match Python's email package")
    func bodies() throws {
        for (name, expected, bytes) in try Self.cases() {
            let message = try MailMessage(bytes: bytes)
            if let plain = expected.plain {
                #expect(message.plainText == plain, "\(name) body")
            } else {
                // Python finds no text/plain; Followup then reads the HTML part's words.
                #expect(!message.root.allParts.contains { $0.contentType.mediaType == "text/plain" && !$0.isAttachment }, "\(name)")
            }
            #expect(message.calendars.count == expected.calendars, "\(name) calendars")
        }
    }
}
