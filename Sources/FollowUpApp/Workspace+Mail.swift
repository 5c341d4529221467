public import FollowUpCore
public import FollowUpMail
public import Foundation

/// One message handed to a scan: where it was read, and what it holds or why it is not mail.
public struct ScannedMail: Sendable {
    public var source: String
    public var message: Result<MailMessage, MailError>

    public init(source: String, message: Result<MailMessage, MailError>) {
        (self.source, self.message) = (source, message)
    }
}

/// What a scan did with each message, in the order it read them.
public struct MailScan: Sendable {
    public enum Action: String, Sendable, Codable {
        /// Recorded (or, in a dry run, would be) as a message the user sent.
        case sent
        /// Recorded as a reply received.
        case reply
        /// An invitation recorded as an interview that took place.
        case interview
        /// An invitation to an interview still to come: a scan after it records it.
        case scheduled
        /// Recorded by an earlier scan or by hand: its `Message-ID` is already there.
        case known
        /// Mail about no process, or about several, or without what a record needs.
        case skipped
        /// Not mail at all.
        case malformed
    }

    public struct Line: Sendable {
        public var source: String
        public var messageID: String?
        public var action: Action
        public var process: ProcessID?
        public var at: Date?
        /// Why, in one clause: how the process was matched, or what was missing.
        public var reason: String
        /// For a reply: the timeline it promised and whether it invites a next step.
        public var deadline: Deadline?
        public var invitesNextStep = false
        /// Why the store would not record it (a date in the future, a closed process…), for
        /// each surface to word.
        public var refusal: StoreError?
    }

    public var lines: [Line] = []
    public var dryRun: Bool

    public init(lines: [Line] = [], dryRun: Bool) {
        (self.lines, self.dryRun) = (lines, dryRun)
    }

    public func count(_ action: Action) -> Int { lines.filter { $0.action == action }.count }
}

extension Workspace {
    /// Reads messages into events: each is matched to a process by its thread (`In-Reply-To`,
    /// `References`), then by the contacts' addresses, then by their mail domain; mail from the
    /// user's addresses (setting `mail-addresses`) is a message sent, other mail a reply received.
    /// A reply is read for a new timeline and for an invitation to a next step, in its new text only.
    ///
    /// Each message is its own transaction, and one already recorded (by `Message-ID`) is never
    /// recorded again, so a scan can stop anywhere and run again. A message that cannot be
    /// recorded is skipped with its reason; it never stops the scan.
    public func scanMail(_ mails: [ScannedMail], dryRun: Bool) async throws(StoreError) -> MailScan {
        let own = Set(try await store.settings().mailAddresses)
        var index = MailIndex(try await store.states())
        // Oldest first, so a reply finds the message it answers recorded in the same scan; each
        // date is read once.
        let dated = mails.enumerated().map { (offset: $0.offset, mail: $0.element, date: try? $0.element.message.get().date) }
        let ordered = dated.sorted { a, b in
            switch (a.date, b.date) {
            case (let x?, let y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map { ($0.mail, $0.date) }
        var lines: [MailScan.Line] = []
        var invitations: [MailScan.Line] = []
        var unmatched: [Int] = []
        for (mail, date) in ordered {
            let line = try await scanOne(mail, date: date, own: own, index: &index, dryRun: dryRun)
            if line.action == .skipped && line.process == nil && line.messageID != nil && line.at != nil { unmatched.append(lines.count) }
            lines.append(line)
            // An invitation in the mail (text/calendar) becomes an interview of the same process.
            // Only mail about a process is opened past its headers.
            if case .success(let message) = mail.message, line.process != nil {
                let calendars = message.calendars
                for invitation in calendars.flatMap(CalendarInvitation.read) {
                    invitations.append(
                        try await readInvitation(
                            invitation, source: mail.source, known: line.action == .sent ? nil : line.process, own: own, index: &index, dryRun: dryRun
                        ))
                }
            }
        }
        // A reply dated before the message it answers (a sender's clock off) is matched once its
        // thread is known.
        var again = true
        while again {
            again = false
            for position in unmatched where lines[position].action == .skipped {
                let line = try await scanOne(ordered[position].0, date: ordered[position].1, own: own, index: &index, dryRun: dryRun)
                if line.action != .skipped {
                    lines[position] = line
                    again = true
                }
            }
        }
        return MailScan(lines: lines + invitations, dryRun: dryRun)
    }

    /// Reads one message and, unless `dryRun`, records it.
    private func scanOne(
        _ mail: ScannedMail, date: Date?, own: Set<String>, index: inout MailIndex, dryRun: Bool
    ) async throws(StoreError) -> MailScan.Line {
        var line = MailScan.Line(source: mail.source, action: .skipped, reason: "")
        let message: MailMessage
        switch mail.message {
        case .failure(let error):
            line.action = .malformed
            line.reason = error == .empty ? "empty file" : "no header fields: not a mail message"
            return line
        case .success(let parsed): message = parsed
        }
        line.messageID = message.messageID
        line.at = date
        guard let messageID = message.messageID else {
            line.reason = "no Message-ID, so it could not be told apart from a copy: record it by hand"
            return line
        }
        if let process = index.processByMessageID[messageID] {
            (line.action, line.process, line.reason) = (.known, process, "already recorded")
            return line
        }
        guard let at = date else {
            line.reason = "no readable Date header: record it by hand with --at"
            return line
        }
        // Addresses alone decide the match; names are read only for mail that is recorded.
        func addresses(_ field: String) -> [String] {
            message.headers.all(field).flatMap { MailAddress.addresses(in: $0) }.map { $0.lowercased() }
        }
        let senders = addresses("From")
        let sent = senders.first.map(own.contains) ?? false
        let counterparts = sent ? (addresses("To") + addresses("Cc")).filter { !own.contains($0) } : senders
        let process: ProcessID
        switch index.match(thread: message.inReplyTo + message.references, counterparts: counterparts) {
        case .found(let id, let how): (process, line.reason) = (id, how)
        case .ambiguous(let ids):
            line.reason = "matches \(ids.map(\.rawValue).joined(separator: " and ")): record it by hand"
            return line
        case .none:
            let names = counterparts.joined(separator: ", ")
            line.reason =
                own.isEmpty && !sent
                ? "no process knows \(names.isEmpty ? "the sender" : names) (set mail-addresses to read the mail you sent)"
                : "no process knows \(names.isEmpty ? "anyone it names" : names)"
            return line
        }
        let state = index.states[process]!
        let text = QuotedReply.newText(message.plainText ?? "")
        let payload: Event.Payload
        if sent {
            let kind = MessageKind.infer(from: text, language: state.process.language).kind
            let recipient = (message.to + message.cc).first { !own.contains($0.address.lowercased()) }
            let to = recipient.map { $0.name.isEmpty ? $0.address : $0.name }
            // Mail stays where it lies: the event keeps its kind, recipient and Message-ID, not the text.
            payload = .messageSent(SentMessage(kind: kind, to: to, messageID: messageID))
            line.action = .sent
        } else {
            // A question ("what is your availability next week?") asks; it promises nothing.
            let reading = try? readTimeline(Self.statements(text), for: state.process, saidAt: at)
            let deadline = reading.flatMap { $0.kind == .vague ? nil : $0.asDeadline }
            let invites = ReplyReader.invitesNextStep(text, language: state.process.language)
            let from = message.from.first.map { $0.name.isEmpty ? $0.address : $0.name }
            payload = .replyReceived(Reply(from: from, invitesNextStep: invites, deadline: deadline, messageID: messageID))
            (line.action, line.deadline, line.invitesNextStep) = (.reply, deadline, invites)
        }
        line.process = process
        return try await commit(payload, at: at, id: messageID, line: line, index: &index, dryRun: dryRun)
    }

    /// Records what a message or an invitation holds on `line.process` and remembers its id; a dry
    /// run records nothing and asks the process what it would refuse. A refusal turns the line
    /// into a skip that carries it.
    func commit(
        _ payload: Event.Payload, at: Date, id: String, line: MailScan.Line, index: inout MailIndex, dryRun: Bool
    ) async throws(StoreError) -> MailScan.Line {
        var line = line
        guard let process = line.process, let state = index.states[process] else { return line }
        do throws(StoreError) {
            if dryRun {
                do throws(FollowUpError) {
                    try state.validate(appending: payload, at: at, now: now)
                } catch {
                    throw StoreError.invalid(error)
                }
            } else {
                index.states[process] = try await record(payload, on: process.rawValue, at: at).after
            }
        } catch {
            (line.action, line.refusal, line.reason) = (.skipped, error, "refused")
            return line
        }
        index.processByMessageID[id] = process
        return line
    }

    /// The text without its questions: sentences ending in "?" are dropped.
    static func statements(_ text: String) -> String {
        var kept = ""
        var sentence = ""
        for character in text {
            sentence.append(character)
            if character == "." || character == "!" || character == "\n" {
                kept += sentence
                sentence = ""
            } else if character == "?" {
                kept += " "
                sentence = ""
            }
        }
        return kept + sentence
    }
}

/// Who each process is, for matching mail to it.
struct MailIndex {
    var states: [ProcessID: ProcessState] = [:]
    var processByMessageID: [String: ProcessID] = [:]
    var byAddress: [String: Set<ProcessID>] = [:]
    var byDomain: [String: Set<ProcessID>] = [:]
    /// Processes by their company's name as a domain label would spell it ("Acme Corp": "acme",
    /// "acmecorp").
    var byCompany: [String: Set<ProcessID>] = [:]

    /// Domains anyone can have an address at: sharing one says nothing about the company.
    static let publicDomains: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "yahoo.com.br", "icloud.com",
        "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "uol.com.br", "bol.com.br", "terra.com.br",
    ]

    init(_ states: [ProcessState]) {
        for state in states {
            let id = state.process.id
            self.states[id] = state
            for event in state.history {
                if let messageID = event.messageID { processByMessageID[messageID] = id }
            }
            for label in Self.labels(ofCompany: state.process.company) { byCompany[label, default: []].insert(id) }
            for contact in state.process.contacts {
                guard let email = contact.email?.lowercased(), !email.isEmpty else { continue }
                byAddress[email, default: []].insert(id)
                let domain = MailAddress(name: "", address: email).domain
                if !domain.isEmpty, !Self.publicDomains.contains(domain) { byDomain[domain, default: []].insert(id) }
            }
        }
    }

    enum Match {
        case found(ProcessID, String)
        case ambiguous([ProcessID])
        case none
    }

    /// The thread first, then an address, then a domain; at each step several processes are
    /// narrowed to the open ones before the match is called ambiguous.
    /// `counterparts`: the other side's addresses, lower case.
    func match(thread: [String], counterparts addresses: [String]) -> Match {
        let threaded = Set(thread.compactMap { processByMessageID[$0] })
        if !threaded.isEmpty { return pick(threaded, how: "in the thread of a recorded message") }
        let byContact = Set(addresses.flatMap { byAddress[$0] ?? [] })
        if !byContact.isEmpty { return pick(byContact, how: "a contact's address") }
        let domains = addresses.map { MailAddress(name: "", address: $0).domain }
        let byContactsDomain = Set(domains.flatMap { byDomain[$0] ?? [] })
        if !byContactsDomain.isEmpty { return pick(byContactsDomain, how: "the contacts' mail domain") }
        let named = Set(domains.filter { !Self.publicDomains.contains($0) }.flatMap { self.byCompany[Self.label(ofDomain: $0)] ?? [] })
        if !named.isEmpty { return pick(named, how: "a mail domain named after the company") }
        return .none
    }

    /// "Acme Corp" is "acmecorp" and "acme"; "Banco Itaú S.A." is "bancoitausa" and "banco".
    static func labels(ofCompany company: String) -> Set<String> {
        let words = company.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard let first = words.first else { return [] }
        return [words.joined(), first].filter { $0.count >= 3 }.reduce(into: Set<String>()) { $0.insert($1) }
    }

    /// The name a domain is registered under: "acme" of "mail.acme.com" and of "acme.com.br".
    static func label(ofDomain domain: String) -> String {
        var parts = domain.split(separator: ".").map(String.init)
        guard parts.count >= 2 else { return domain }
        parts.removeLast()
        // Country domains under a generic one: "com.br", "co.uk".
        if parts.count >= 2, ["com", "co", "org", "net", "gov", "edu", "ac"].contains(parts.last!) { parts.removeLast() }
        return parts.last ?? domain
    }

    private func pick(_ ids: Set<ProcessID>, how: String) -> Match {
        if ids.count == 1 { return .found(ids.first!, how) }
        let open = ids.filter { states[$0]?.closure == nil }
        if open.count == 1 { return .found(open.first!, how + ", the only open process") }
        return .ambiguous(ids.sorted())
    }
}

/// A draft ready to leave as mail: the message, and what recording it as sent needs.
public struct DraftMail: Sendable {
    public var mail: OutgoingMail
    public var draft: Draft
    public var review: Review
}

extension Workspace {
    /// The draft a process needs, as a message from the user (setting `mail-addresses`, first
    /// address; `name`) to the process's first contact with an address, answering the latest
    /// reply that came by mail. `messageID` is the new message's id, made by the caller.
    public func draftMail(
        for state: ProcessState, kind: MessageKind? = nil, language: Language? = nil, messageID: String
    ) throws(FollowUpError)
        -> DraftMail
    {
        guard let address = settings.mailAddresses.first else {
            throw FollowUpError.missingSetting(key: "mail-addresses", purpose: "the address your mail is sent from")
        }
        let contacts = state.process.contacts.filter { ($0.email ?? "").contains("@") }
        guard let contact = contacts.first(where: { $0.role == .recruiter }) ?? contacts.first, let email = contact.email else {
            throw FollowUpError.noContactAddress(process: state.process.id.rawValue)
        }
        let (draft, review, _) = try self.draft(for: state, kind: kind, language: language)
        // The reply it answers: the latest event, when that is a reply that came by mail.
        var inReplyTo: String?
        if let last = state.history.last(where: { $0.payload.kind != .retracted }), case .replyReceived(let reply) = last.payload {
            inReplyTo = reply.messageID
        }
        let mail = OutgoingMail(
            from: MailAddress(name: settings.name ?? "", address: address), to: [MailAddress(name: contact.name, address: email)],
            subject: draft.subject, body: draft.body, date: now, utcOffset: userZone.offset(at: now), messageID: messageID,
            inReplyTo: inReplyTo)
        return DraftMail(mail: mail, draft: draft, review: review)
    }

    /// Records a draft as sent once the mail program took it, with its `Message-ID`, so a later
    /// `mail scan` of the Sent folder knows it.
    public func recordSent(_ mail: DraftMail, on id: String) async throws(StoreError) -> Recorded {
        let to = mail.mail.to.first.map { $0.name.isEmpty ? $0.address : $0.name }
        return try await record(
            .messageSent(SentMessage(kind: mail.draft.kind, to: to, text: mail.draft.body, messageID: mail.mail.messageID)), on: id, at: now)
    }

    /// A fresh `Message-ID` at the domain of the user's first address.
    public func newMessageID() -> String {
        let domain = settings.mailAddresses.first.map { MailAddress(name: "", address: $0).domain } ?? ""
        return UUID().uuidString.lowercased() + "@" + (domain.isEmpty ? "followup.invalid" : domain)
    }
}
