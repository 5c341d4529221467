/// Writes the draft a process needs, in its language, from the process itself: the contact's first
/// name, the role, the company, the topic discussed, the agreed day.
///
/// Phrasings rotate by process (a stable hash of its id), so two processes do not get the same text
/// and the same process always gets the same draft.
public struct Composer: Sendable {
    public var settings: UserSettings

    public init(settings: UserSettings = UserSettings()) {
        self.settings = settings
    }

    /// Which template family a draft comes from.
    enum Variant: String, CaseIterable {
        case thankYou, afterDeadline, noTimeline, final, offer, finalRoundElsewhere, availability
    }

    /// The draft of `kind` for a process, in `language` (default: the process's).
    /// `phrasing` picks one wording explicitly (tests go through all of them).
    public func draft(for state: ProcessState, kind: MessageKind, language: Language? = nil, phrasing: Int? = nil) throws(FollowUpError) -> Draft {
        let language = language ?? state.process.language
        let (variant, context) = try self.variant(for: state, kind: kind)
        let phrasings = Templates.phrasings(variant, language)
        let index =
            phrasing.map { (($0 % phrasings.count) + phrasings.count) % phrasings.count }
            ?? Composer.stableIndex(state.process.id.rawValue + variant.rawValue, phrasings.count)
        let chosen = phrasings[index]
        let slots = self.slots(for: state, language: language, context: context)
        let greeting = slots["name"] == nil ? (language == .english ? "Hello," : "Olá,") : fill(chosen.greeting, slots)
        let signature = settings.signature ?? settings.name ?? (language == .english ? "[Your name]" : "[Seu nome]")
        let body = "\(greeting)\n\n\(fill(chosen.body, slots))\n\n\(chosen.closing)\n\(signature)\n"
        return Draft(subject: fill(Templates.subject(variant, language), slots), body: body, kind: kind, language: language)
    }

    /// How many wordings exist for a draft of this kind for this process.
    public func phrasingCount(for state: ProcessState, kind: MessageKind, language: Language) throws(FollowUpError) -> Int {
        Templates.phrasings(try variant(for: state, kind: kind).0, language).count
    }

    func variant(for state: ProcessState, kind: MessageKind) throws(FollowUpError) -> (Variant, ContextChange?) {
        switch kind {
        case .thankYou: return (.thankYou, nil)
        case .checkIn, .other: return (state.cycle?.deadline == nil ? .noTimeline : .afterDeadline, nil)
        case .final: return (.final, nil)
        case .alignment:
            let contexts = state.pendingContexts.isEmpty ? state.effective.filter { $0.payload.kind == .contextChanged } : state.pendingContexts
            guard let last = contexts.last, case .contextChanged(let change) = last.payload else {
                throw FollowUpError.alignmentWithoutContext
            }
            switch change.kind {
            case .offer: return (.offer, change)
            case .finalRoundElsewhere: return (.finalRoundElsewhere, change)
            case .availabilityChanged: return (.availability, change)
            }
        }
    }

    func slots(for state: ProcessState, language: Language, context: ContextChange?) -> [String: String] {
        let process = state.process
        let english = language == .english
        var slots = ["role": process.role, "company": process.company]
        if let contact = process.primaryContact { slots["name"] = contact.firstName }
        slots["topic"] = state.round?.interview.topics ?? (english ? "the team and the work ahead" : "o time e os próximos desafios")
        let anchor = state.round?.event.at ?? state.cycle?.anchor.at ?? process.createdAt
        slots["interviewDay"] = DateText.written(process.zone.day(of: anchor), language: language)
        if let deadline = state.cycle?.deadline {
            let day = DateText.written(deadline.end, language: language)
            slots["day"] = day
            slots["timeline"] = english ? "The update was expected by \(day). " : "O retorno estava previsto para \(day). "
        } else {
            slots["timeline"] = ""
        }
        switch context?.kind {
        case .offer(let deadline): slots["offerDay"] = DateText.written(deadline, language: language)
        case .availabilityChanged(let text): slots["availability"] = text
        default: break
        }
        return slots
    }

    func fill(_ template: String, _ slots: [String: String]) -> String {
        var text = template
        for (key, value) in slots { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }

    /// FNV-1a: stable across runs and machines, unlike `hashValue`.
    static func stableIndex(_ key: String, _ count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }
}
