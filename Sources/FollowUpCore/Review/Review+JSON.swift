extension Review {
    /// The object `followup review --format json` prints for one input, and `POST /api/review`
    /// answers: one shape for every surface, so scripts and the web app read the same thing.
    public func json(file: String? = nil) -> JSON {
        JSON(file: file, review: self)
    }

    /// `{"file", "ready", "findings": [...], "figures": {"words", "sentences", "questions"}}`;
    /// `file` is left out when the review belongs to a draft.
    public struct JSON: Encodable, Sendable {
        public var file: String?
        public var review: Review

        struct FindingJSON: Encodable {
            var rule: String
            var name: String
            var severity: String
            var line: Int
            var column: Int
            var start: Int
            var end: Int
            var message: String
            var suggestion: String
        }

        struct Figures: Encodable {
            var words: Int
            var sentences: Int
            var questions: Int
        }

        enum CodingKeys: String, CodingKey { case file, ready, findings, figures }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(file, forKey: .file)
            try container.encode(review.isReadyToSend, forKey: .ready)
            try container.encode(
                review.findings.map {
                    FindingJSON(
                        rule: $0.rule.rawValue, name: $0.rule.name, severity: $0.severity.rawValue, line: $0.line, column: $0.column,
                        start: $0.start, end: $0.end, message: $0.message, suggestion: $0.suggestion)
                }, forKey: .findings)
            try container.encode(
                Figures(words: review.figures.words, sentences: review.figures.sentences, questions: review.figures.questions), forKey: .figures)
        }
    }
}
