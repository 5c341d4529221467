import FollowUpApp
import FollowUpCore
import FollowUpMail
import FollowUpStore
import Foundation

/// `followup-bench`: seeds realistic data and times the agenda, so speed claims come with a command.
///
///     followup-bench agenda [--processes N]        agenda over N in-memory processes (10 events each)
///     followup-bench load-agenda --db PATH         load a seeded file and compute its agenda, on one core and two
///     followup-bench seed --db PATH [--processes N] write a database of N processes for other tools
///     followup-bench review --corpus DIR           review every message of a corpus in process, µs per message
///     followup-bench timeline --phrases FILE       parse every phrase of a table, µs per phrase and accuracy
///     followup-bench business-days                 business-day additions per second on a holiday calendar
///     followup-bench year-agenda [--processes N]   weekly agendas for a year, N processes over 10 regions
///     followup-bench mail --mbox PATH              read every message of an mbox in full, on one core
@main
enum FollowUpBench {
    static let now = try! DateInput.instant("2026-03-20T10:00:00-04:00", in: .utc)

    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let command = arguments.isEmpty ? "agenda" : arguments.removeFirst()
        let processes = option("--processes", in: arguments).flatMap(Int.init) ?? 100_000
        let path = option("--db", in: arguments)
        switch command {
        case "agenda":
            let archive = makeArchive(processes: processes)
            let foldStart = DispatchTime.now().uptimeNanoseconds
            let events = archive.processes.map { entry in entry.events.map { try! Event(processID: entry.process.id, fields: $0) } }
            let eventsDone = DispatchTime.now().uptimeNanoseconds
            let states = zip(archive.processes, events).map { ProcessState(process: $0.process, events: $1) }
            let foldDone = DispatchTime.now().uptimeNanoseconds
            print(String(format: "fields to events: %.3f s, fold: %.3f s", Double(eventsDone - foldStart) / 1e9, Double(foldDone - eventsDone) / 1e9))
            let policy = FollowUpPolicy()
            var best = Double.infinity
            var agenda: Agenda?
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                agenda = Agenda(states: states, at: now, policy: policy) { _ in .weekendsOnly }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            report("agenda over \(processes) processes x 10 events (in memory, best of 5)", best, agenda!)
        case "load-agenda":
            guard let path else { fail("load-agenda needs --db PATH (make one with 'seed')") }
            let database = try AppDatabase.open(path: path)
            for ways in [1, 2] {
                var bestLoad = Double.infinity
                var bestAgenda = Double.infinity
                for _ in 0..<10 {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let states = try await database.states(parallelism: ways)
                    let t1 = DispatchTime.now().uptimeNanoseconds
                    let agenda = Agenda(states: states, at: now, policy: FollowUpPolicy(), parallelism: ways) { _ in .weekendsOnly }
                    let t2 = DispatchTime.now().uptimeNanoseconds
                    bestLoad = min(bestLoad, Double(t1 - t0) / 1e6)
                    bestAgenda = min(bestAgenda, Double(t2 - t1) / 1e6)
                    withExtendedLifetime(agenda) {}
                }
                print(String(format: "%d core(s): load and fold %.1f ms, agenda %.1f ms (best of 10)", ways, bestLoad, bestAgenda))
            }
        case "review":
            guard let folder = option("--corpus", in: arguments) else { fail("review needs --corpus DIR (make one with Benchmarks/make-corpus.py)") }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            let texts = try names.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
            let cold = DispatchTime.now().uptimeNanoseconds
            _ = Reviewer().review(texts[0], context: ReviewContext(kind: .checkIn, language: .english))
            _ = Reviewer().review(texts[0], context: ReviewContext(kind: .checkIn, language: .brazilianPortuguese))
            print(
                String(
                    format: "first review in each language (phrase lists built): %.2f ms", Double(DispatchTime.now().uptimeNanoseconds - cold) / 1e6))
            let contexts = texts.map { text -> ReviewContext in
                let language = Language.infer(from: text)
                return ReviewContext(kind: .checkIn, language: language)
            }
            let reviewer = Reviewer()
            var findings = 0
            var best = Double.infinity
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                findings = 0
                for (text, context) in zip(texts, contexts) { findings += reviewer.review(text, context: context).findings.count }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            print(
                String(
                    format: "review in process: %d messages in %.4f s (best of 5) = %.1f µs per message, %.0f messages/s, %d findings",
                    texts.count, best, best / Double(texts.count) * 1e6, Double(texts.count) / best, findings))
            // Each rule alone, so a slow rule shows itself.
            let readTexts = zip(texts, contexts).map { ReviewText($0, language: $1.language) }
            for rule in Reviewer().rules {
                var alone = Reviewer()
                alone.rules = [rule]
                var bestRule = Double.infinity
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    for (text, context) in zip(readTexts, contexts) { withExtendedLifetime(alone.review(text, context: context)) {} }
                    bestRule = min(bestRule, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                print(String(format: "  %@ alone: %.2f µs per message", rule.id.label, bestRule / Double(texts.count) * 1e6))
            }
            // The command line's whole path per draft: language and kind guessed, reviewed, written as JSON.
            let workspace = try await Workspace.open(AppDatabase.inMemory(), now: now, fallbackZone: .utc)
            for ways in [1, 2] {
                var bestPath = Double.infinity
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    // As `followup review` does: chunks of consecutive drafts, one JSON writer each.
                    let written = Array(texts.enumerated()).concurrentChunks(ways: ways, minimumChunk: 16) { slice in
                        var json = JSONOutput(pretty: true, capacity: slice.count * 1024, elementAt: slice.first?.offset ?? 0)
                        for (index, text) in slice { workspace.review(text).review.json(file: names[index]).write(to: &json) }
                        return json.bytes.count
                    }
                    bestPath = min(bestPath, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                    precondition(written.reduce(0, +) > texts.count)
                }
                print(
                    String(
                        format: "review, guess and JSON as the command line does, %d core(s): %.1f ms for %d messages (best of 5)", ways,
                        bestPath * 1e3, texts.count))
            }
        case "timeline":
            guard let file = option("--phrases", in: arguments) else { fail("timeline needs --phrases FILE (see Benchmarks/timeline-vs-peers.sh)") }
            let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [[String: String]]
            // Each row: phrase, saidOn, language, deadline ("vague" for a promise with no date), and
            // optionally region and the judged range from ... to.
            let calendars = try Dictionary(
                uniqueKeysWithValues: Set(rows.compactMap { $0["region"] }).map {
                    ($0, try HolidayRegions.region($0).businessCalendar(years: 2025...2028))
                })
            let inputs = rows.map { row in
                (
                    phrase: row["phrase"]!, day: Day(iso: row["saidOn"]!)!, language: try! Language(parsing: row["language"]!),
                    parser: TimelineParser(calendar: row["region"].flatMap { calendars[$0] } ?? .weekendsOnly),
                    from: row["from"] ?? row["deadline"]!, to: row["to"] ?? row["deadline"]!, vague: row["deadline"] == "vague",
                    judged: row["from"] != nil
                )
            }
            var right: [Language: (Int, Int)] = [:]
            var best = Double.infinity
            // Small sets run more often, so that each figure is the best of many whole passes.
            let passes = max(20, 20_000 / max(1, inputs.count))
            for _ in 0..<passes {
                right = [:]
                let start = DispatchTime.now().uptimeNanoseconds
                for input in inputs {
                    let reading = try? input.parser.parse(input.phrase, saidOn: input.day, language: input.language)
                    let ok =
                        input.vague
                        ? reading?.kind == .vague
                        : reading.map {
                            // Judged rows say a firm day must not read as vague; the own tables give one day each.
                            (!input.judged || $0.kind != .vague) && $0.deadline.description >= input.from && $0.deadline.description <= input.to
                        } ?? false
                    let (count, total) = right[input.language] ?? (0, 0)
                    right[input.language] = (count + (ok ? 1 : 0), total + 1)
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let correct = right.values.map(\.0).reduce(0, +)
            let detail = Language.allCases.compactMap { language in right[language].map { "\(language.rawValue) \($0.0)/\($0.1)" } }
            print(
                String(
                    format: "followup timeline: %d/%d correct (%.1f%%; %@), %.1f µs per phrase (best of %d passes)", correct, inputs.count,
                    Double(correct) / Double(inputs.count) * 100, detail.joined(separator: ", "), best / Double(inputs.count) * 1e6, passes))
        case "business-days":
            let calendar = try HolidayRegions.region("GB-ENG").businessCalendar(years: 2000...2040)
            let first = Day(year: 2000, month: 1, day: 1)!.number
            var sum = 0
            let count = 10_000_000
            let start = DispatchTime.now().uptimeNanoseconds
            for i in 0..<count {
                sum &+= calendar.adding(businessDays: 1 + i % 10, to: Day(number: first + i % 14_000)).number
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(
                String(
                    format: "business-day additions (1-10 days, GB-ENG holidays): %d in %.3f s = %.1f million/s (checksum %d)", count, seconds,
                    Double(count) / seconds / 1e6, sum))
        case "year-agenda":
            let count = option("--processes", in: arguments).flatMap(Int.init) ?? 10_000
            let codes = ["US", "GB-ENG", "CA-ON", "BR-SP", "DE-BY", "FR", "PT", "ES-MD", "AU-NSW", "IN"]
            var archive = makeArchive(processes: count)
            for index in archive.processes.indices { archive.processes[index].process.region = codes[index % codes.count] }
            let start = DispatchTime.now().uptimeNanoseconds
            var calendars: [BusinessCalendar] = []
            for code in codes { calendars.append(try HolidayRegions.region(code).businessCalendar(years: 2025...2027)) }
            let states = archive.processes.map { entry in
                ProcessState(process: entry.process, events: entry.events.map { try! Event(processID: entry.process.id, fields: $0) })
            }
            let ready = DispatchTime.now().uptimeNanoseconds
            let regional = calendars
            let policy = FollowUpPolicy()
            var actNow = 0
            for week in 0..<52 {
                let at = now.addingTimeInterval(Double(week) * 7 * 86_400)
                let agenda = Agenda(states: states, at: at, policy: policy, parallelism: ProcessInfo.processInfo.activeProcessorCount) { process in
                    regional[codes.firstIndex(of: process.region!)!]
                }
                actNow += agenda.items.lazy.filter { $0.group == .actNow }.count
            }
            let done = DispatchTime.now().uptimeNanoseconds
            print(
                String(
                    format:
                        "a year of weekly agendas: %d processes over %d regions on %d cores: %.3f s in all (calendars and folding %.3f s, 52 agendas %.3f s; %d act-now entries)",
                    count, codes.count, ProcessInfo.processInfo.activeProcessorCount, Double(done - start) / 1e9, Double(ready - start) / 1e9,
                    Double(done - ready) / 1e9, actNow))
        case "mail":
            // Every field and body, as Python's email package reads them in Benchmarks/mail/python_scan.py.
            guard let path = option("--mbox", in: arguments), let data = FileManager.default.contents(atPath: path) else {
                fail("mail needs --mbox PATH (make one with Benchmarks/mail/make_mailbox.py)")
            }
            let start = DispatchTime.now().uptimeNanoseconds
            var bodies = 0
            var addresses = 0
            for bytes in Mbox.messages(in: [UInt8](data)) {
                guard let message = try? MailMessage(bytes: bytes) else { continue }
                addresses += message.from.count + message.to.count + message.cc.count
                _ = (message.date, message.messageID, message.inReplyTo, message.references, message.subject)
                bodies += message.plainText?.utf8.count ?? 0
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "read every message in full: %.3f s (%d addresses, %d bytes of text)", seconds, addresses, bodies))
        case "seed":
            guard let path else { fail("seed needs --db PATH") }
            try? FileManager.default.removeItem(atPath: path)
            let database = try AppDatabase.open(path: path)
            let count = try await database.importArchive(makeArchive(processes: processes))
            print("seeded \(count) processes x 10 events into \(path)")
        default:
            fail("unknown benchmark '\(command)': use agenda, load-agenda, review or seed")
        }
    }

    static func report(_ title: String, _ seconds: Double, _ agenda: Agenda) {
        let groups = Agenda.Group.allCases.map { "\($0.key) \(agenda.items(in: $0).count)" }.joined(separator: ", ")
        print(String(format: "%@: %.3f s (%@)", title, seconds, groups))
    }

    /// Processes at every stage of a search, 10 events each, spread over the last ten weeks and
    /// across zones, so every rule of the policy is exercised.
    static func makeArchive(processes: Int) -> Archive {
        let zones = ["America/New_York", "Europe/London", "America/Sao_Paulo", "Europe/Berlin", "Australia/Sydney"].map { try! Zone($0) }
        var random = SplitMix(seed: 42)
        var entries: [Archive.Entry] = []
        entries.reserveCapacity(processes)
        for index in 0..<processes {
            let zone = zones[index % zones.count]
            let id = ProcessID("company-\(index)-engineer")
            let process = HiringProcess(
                id: id, company: "Company \(index)", role: "Engineer", contacts: [Contact(name: "Recruiter \(index)")],
                zone: zone, createdAt: now.addingTimeInterval(-80 * 86_400))
            var t = now.addingTimeInterval(-Double(random.next(upTo: 70 * 86_400)) - 86_400)
            var events: [Event.Fields] = []
            func add(_ payload: Event.Payload) {
                let step = Double(random.next(upTo: 3 * 86_400))
                t = min(t.addingTimeInterval(step), now)
                events.append(Event(id: EventID(events.count + 1), processID: id, at: t, payload: payload).fields)
            }
            let day = zone.day(of: t)
            add(.interviewed(Interview(kind: .screening)))
            add(.timelinePromised(PromisedTimeline(deadline: Deadline(day.adding(days: 4)))))
            add(.messageSent(SentMessage(kind: .thankYou)))
            add(.replyReceived(Reply(invitesNextStep: true)))
            add(.messageSent(SentMessage(kind: .other)))
            add(.interviewed(Interview(kind: .panel, personal: random.next(upTo: 2) == 0)))
            add(.timelinePromised(PromisedTimeline(deadline: Deadline(zone.day(of: t).adding(days: Int(random.next(upTo: 10)))))))
            add(.messageSent(SentMessage(kind: .checkIn)))
            switch random.next(upTo: 4) {
            case 0: add(.contextChanged(ContextChange(kind: .offer(deadline: zone.day(of: t).adding(days: 12)))))
            case 1: add(.messageSent(SentMessage(kind: .final)))
            case 2: add(.replyReceived(Reply(deadline: Deadline(zone.day(of: t).adding(days: 5)))))
            default: add(.messageSent(SentMessage(kind: .thankYou)))
            }
            if random.next(upTo: 5) == 0 { add(.closed(.rejected)) } else { add(.messageSent(SentMessage(kind: .checkIn))) }
            entries.append(Archive.Entry(process: process, events: events))
        }
        return Archive(settings: [:], processes: entries)
    }

    static func option(_ name: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("followup-bench: \(message)\n".utf8))
        exit(2)
    }
}

/// A small seeded generator, so every run benchmarks the same data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) % bound
    }
}
