extension ProcessState {
    /// The object `followup show --json` prints and `GET /api/processes/ID` answers: the process,
    /// its whole history with undone events listed, and the advice in force.
    public func json(advice: Advice) -> JSON {
        JSON(process: process, status: status.name, events: history.map(\.fields), retracted: retracted.sorted(), advice: advice.json)
    }

    /// `{"process", "status", "events", "retracted", "advice"}`.
    public struct JSON: Encodable, Sendable {
        public var process: HiringProcess
        public var status: String
        public var events: [Event.Fields]
        public var retracted: [EventID]
        public var advice: Advice.JSON
    }
}

extension ProcessState {
    /// One row of `followup list --json` and `GET /api/processes`.
    public func listJSON(advice: Advice) -> ListJSON {
        ListJSON(
            id: process.id.rawValue, company: process.company, role: process.role, status: status.name, outcome: closure?.outcome.rawValue,
            action: advice.action.rawValue, rule: advice.rule?.rawValue)
    }

    /// `{"id", "company", "role", "status", "outcome", "action", "rule"}`, nulls written out.
    public struct ListJSON: Encodable, Sendable {
        public var id: String
        public var company: String
        public var role: String
        public var status: String
        public var outcome: String?
        public var action: String
        public var rule: String?

        enum CodingKeys: String, CodingKey { case id, company, role, status, outcome, action, rule }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(company, forKey: .company)
            try container.encode(role, forKey: .role)
            try container.encode(status, forKey: .status)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(action, forKey: .action)
            try container.encode(rule, forKey: .rule)
        }
    }
}

extension Draft {
    /// The object `followup draft --json` prints: `{subject, body, kind, language, review}`.
    public func json(review: Review) -> JSON {
        JSON(subject: subject, body: body, kind: kind.rawValue, language: language.rawValue, review: review.json())
    }

    /// `{subject, body, kind, language, review}`.
    public struct JSON: Encodable, Sendable {
        public var subject: String
        public var body: String
        public var kind: String
        public var language: String
        public var review: Review.JSON
    }
}
