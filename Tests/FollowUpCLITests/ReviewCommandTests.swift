import Foundation
import Testing

@Suite struct ReviewCommandTests {
    let ready =
        "Hi Dana. I am following up on the Backend Engineer process. In our last conversation, the update was expected by Friday. When you can, is there any update on the next steps? Thanks."
    let anxious = "Hi Dana,\nI'm so nervous about the Backend Engineer process. Is there any update? Thanks"

    func write(_ cli: CLIRunner, _ name: String, _ text: String) throws -> String {
        let path = cli.folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("compiler-style lines, a summary per file, exit 1 when any draft has an error")
    func text() throws {
        let cli = CLIRunner()
        let good = try write(cli, "good.txt", ready)
        let bad = try write(cli, "bad.txt", anxious)
        let result = try cli.run(["review", good, bad])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "\(good): ready to send — check-in, en (kind inferred: it asks about the process); 33 words, 5 sentences, 1 question, reading ease 74.5"
            ))
        #expect(lines.contains("\(bad):2:1: error: [R1 emotion] Talks about your feelings: the recruiter does not need to manage them."))
        #expect(lines.contains("\(bad):2:1: note: Say where things stand instead: \"I remain very interested in the role.\""))
        #expect(try cli.run(["review", good]).status == 0)
    }

    @Test("JSON: one object per input, byte offsets, standard input named '-'")
    func json() throws {
        let cli = CLIRunner()
        let result = try cli.run(["review", "--format", "json", "--kind", "check-in"], input: Data(anxious.utf8))
        #expect(result.status == 1)
        let array = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        #expect(array.count == 1)
        #expect(array[0]["file"] as? String == "-")
        #expect(array[0]["ready"] as? Bool == false)
        #expect(Set(array[0].keys) == ["file", "ready", "findings", "figures"])
        let finding = (array[0]["findings"] as! [[String: Any]]).first { $0["rule"] as? String == "R1" }!
        #expect(Set(finding.keys) == ["rule", "name", "severity", "line", "column", "start", "end", "message", "suggestion"])
        #expect(finding["name"] as? String == "emotion")
        #expect(finding["start"] as? Int == 9)
        #expect(finding["end"] as? Int == 23)
        let figures = array[0]["figures"] as! [String: Int]
        #expect(figures == ["words": 16, "sentences": 4, "questions": 1])
    }

    @Test("--disable switches a rule off for one run; --language and --kind are honoured")
    func options() throws {
        let cli = CLIRunner()
        let sorry = try write(cli, "sorry.txt", "Sorry to bother you. Is there any update on the process? Thanks")
        #expect(try cli.run(["review", sorry]).out.contains("[R6 over-justify]"))
        #expect(!(try cli.run(["review", sorry, "--disable", "r6"]).out.contains("[R6")))
        let unknown = try cli.run(["review", sorry, "--disable", "R99"])
        #expect(unknown.status == 2)
        #expect(unknown.err == "followup: error: --disable: unknown rule 'R99': use one of R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11\n")
        let thanks = try cli.run(
            ["review", "--kind", "thank-you", "--language", "pt-BR"], input: Data("Obrigada pela conversa de hoje sobre a migração.".utf8))
        #expect(thanks.status == 0)
        #expect(thanks.out.contains("ready to send — thank-you, pt-BR;"))
    }

    @Test("options written any way ArgumentParser takes them give the same review; a wrong value is explained")
    func optionSpellings() throws {
        let cli = CLIRunner()
        let sorry = try write(cli, "sorry.txt", "Sorry to bother you. Is there any update on the process? Thanks")
        let plain = try cli.run(["review", sorry, "--format", "json", "--kind", "check-in"])
        let equals = try cli.run(["review", "--format=json", sorry, "--kind=check-in"])
        #expect(plain.status == equals.status)
        #expect(plain.out == equals.out)
        #expect(plain.out.contains("\"rule\" : \"R6\""))
        let wrongKind = try cli.run(["review", sorry, "--kind", "thanks"])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.err.hasPrefix("followup: error: The value 'thanks' is invalid for '--kind <kind>'"))
        let missing = try cli.run(["review", sorry, "--format"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("--format"))
        let help = try cli.run(["review", "--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("USAGE: followup review"))
    }

    @Test("bad input: not UTF-8, over 1 MB, missing file — exit 2, one line")
    func badInput() throws {
        let cli = CLIRunner()
        let binary = cli.folder + "/draft.bin"
        try Data([0xC3, 0x28, 0x41]).write(to: URL(fileURLWithPath: binary))
        let notText = try cli.run(["review", binary])
        #expect(notText.status == 2)
        #expect(notText.err == "followup: error: \(binary): \(binary) is not UTF-8 text: save it as UTF-8 and try again\n")
        let huge = try cli.run(["review"], input: Data(repeating: 0x61, count: 1_000_001))
        #expect(huge.status == 2)
        #expect(huge.err == "followup: error: standard input is over 1 MB: a message is much shorter\n")
        #expect(try cli.run(["review", cli.folder + "/missing.txt"]).status == 2)
        let folder = try cli.run(["review", cli.folder])
        #expect(folder.status == 2)
        #expect(folder.err == "followup: error: \(cli.folder): cannot read \(cli.folder): it is a folder, not a file\n")
        // Exactly at the limit is still a message; one byte more is not.
        let edge = cli.folder + "/edge.txt"
        try Data(repeating: 0x61, count: 1_000_000).write(to: URL(fileURLWithPath: edge))
        #expect(try cli.run(["review", edge]).status != 2)
        try Data(repeating: 0x61, count: 1_000_001).write(to: URL(fileURLWithPath: edge))
        #expect(try cli.run(["review", edge]).err == "followup: error: \(edge): \(edge) is over 1 MB: a message is much shorter\n")
        // Among many good files, the first bad one in order is named.
        let good = try write(cli, "good.txt", "Hi Dana, thanks for today.")
        let many = Array(repeating: good, count: 300) + [binary] + Array(repeating: good, count: 300) + [cli.folder + "/missing.txt"]
        #expect(try cli.run(["review"] + many).err == notText.err)
    }

    @Test("--process brings the agreed timeline (R7) and the volume rule (R10)")
    func withProcess() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "Backend Engineer"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        try cli.ok(["promised", "acme-backend-engineer", "--by", "2026-03-13"], now: "2026-03-11T16:05")
        try cli.ok(["sent", "acme-backend-engineer", "--kind", "check-in", "--at", "2026-03-16 09:30"], now: "2026-03-16T10:00")
        let draft = try write(cli, "draft.txt", "Hi Dana, following up on the Backend Engineer role. Is there any update? Thanks")
        let result = try cli.run(["review", draft, "--process", "acme-backend-engineer"], now: "2026-03-17T10:00")
        #expect(result.out.contains("warning: [R7 vague] Not anchored in the agreed timeline."))
        #expect(result.out.contains("warning: [R10 volume] Too soon: your last message went out Mon 16 Mar 2026 (P10)."))
        #expect(result.status == 0)
    }
}

@Suite struct SentReviewTests {
    @Test("sent --file records the message and shows its review")
    func sentWithFile() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "Backend Engineer"], now: "2026-03-09T10:00")
        try cli.ok(["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00"], now: "2026-03-11T16:00")
        let path = cli.folder + "/sent.txt"
        try "Hi Dana, I'm really anxious about the Backend Engineer process. Any update? Thanks".write(
            toFile: path, atomically: true, encoding: .utf8)
        let out = try cli.ok(["sent", "acme-backend-engineer", "--kind", "check-in", "--file", path], now: "2026-03-18T10:00")
        #expect(out.contains("Review: fix 1 thing (14 words)."))
        #expect(out.contains("  1:10 error [R1 emotion] Talks about your feelings"))
        let show = try cli.json(["show", "acme-backend-engineer"], now: "2026-03-18T10:05") as! [String: Any]
        #expect((show["events"] as! [[String: Any]]).last?["text"] as? String != nil)
    }
}

@Suite struct DraftCommandTests {
    @Test("draft follows the advice's kind, is personalised and reviewed; --json gives subject, body, kind, language, review")
    func draft() throws {
        let cli = CLIRunner()
        try cli.ok(["add", "Acme", "--role", "Backend Engineer", "--contact", "Dana Reyes <dana@acme.example>"], now: "2026-03-09T10:00")
        try cli.ok(["settings", "name", "Ana Lima"])
        try cli.ok(
            ["interviewed", "acme-backend-engineer", "--at", "2026-03-11 14:00", "--topic", "the move to event sourcing"], now: "2026-03-11T16:00")
        try cli.ok(["promised", "acme-backend-engineer", "--by", "2026-03-13"], now: "2026-03-11T16:05")
        let text = try cli.ok(["draft", "acme-backend-engineer"], now: "2026-03-16T10:00")
        #expect(text.hasPrefix("Subject: Backend Engineer process — following up\n\nH"))
        #expect(text.contains("Dana,"))
        #expect(text.contains("13 March"))
        #expect(text.contains("\nAna Lima\n"))
        #expect(text.contains("— check-in, en; review: ready to send"))
        let json =
            try cli.json(["draft", "acme-backend-engineer", "--kind", "thank-you", "--language", "pt-BR"], now: "2026-03-16T10:00") as! [String: Any]
        #expect(Set(json.keys) == ["subject", "body", "kind", "language", "review"])
        #expect(json["kind"] as? String == "thank-you")
        #expect(json["language"] as? String == "pt-BR")
        #expect((json["body"] as! String).contains("the move to event sourcing"))
        #expect((json["review"] as! [String: Any])["ready"] as? Bool == true)
        let refused = try cli.run(["draft", "acme-backend-engineer", "--kind", "alignment"], now: "2026-03-16T10:00")
        #expect(refused.status == 2)
        #expect(refused.err.hasPrefix("followup: error: an alignment draft needs real new context (P9)"))
    }
}

@Suite struct ReviewSettingsTests {
    @Test("word budgets, rule switches and extra phrases are settings, checked and used by review")
    func settings() throws {
        let cli = CLIRunner()
        let path = cli.folder + "/draft.txt"
        try
            "Sorry to bother you. I am tickled pink about the SRE process after our long talk on Tuesday about the team and the roadmap. Is there any update? Thanks"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try cli.run(["review", path]).out.contains("[R6 over-justify]"))
        try cli.ok(["settings", "disabled-rules", "r6"])
        #expect(!(try cli.run(["review", path]).out.contains("[R6")))
        try cli.ok(["settings", "extra-phrases-en", "R1=tickled pink"])
        let own = try cli.run(["review", path])
        #expect(own.out.contains("error: [R1 emotion] Matches one of your own phrases for R1 emotion."))
        #expect(own.status == 1)
        try cli.ok(["settings", "word-budget-check-in", "20"])
        #expect(try cli.run(["review", path]).out.contains("words: over the 20-word budget for a check-in message."))
        let bad = try cli.run(["settings", "extra-phrases-en", "R5=too long"])
        #expect(bad.status == 2)
        #expect(bad.err.hasPrefix("followup: error: invalid value 'R5=too long' for extra-phrases-en: expected entries RULE=phrase separated by ';'"))
        let badRule = try cli.run(["settings", "disabled-rules", "R6,R42"])
        #expect(badRule.status == 2)
        #expect(try cli.ok(["settings", "disabled-rules"]) == "R6\n")
    }
}
