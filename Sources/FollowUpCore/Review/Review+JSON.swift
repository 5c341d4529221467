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

        /// One finding as JSON; the web page lists the same values.
        public struct Finding: Encodable, Sendable {
            public var rule: String
            public var name: String
            public var severity: String
            public var line: Int
            public var column: Int
            public var start: Int
            public var end: Int
            public var message: String
            public var suggestion: String
        }

        public var findings: [Finding] {
            review.findings.map {
                Finding(
                    rule: $0.rule.rawValue, name: $0.rule.name, severity: $0.severity.rawValue, line: $0.line, column: $0.column, start: $0.start,
                    end: $0.end, message: $0.message, suggestion: $0.suggestion)
            }
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
            try container.encode(findings, forKey: .findings)
            try container.encode(
                Figures(words: review.figures.words, sentences: review.figures.sentences, questions: review.figures.questions), forKey: .figures)
        }
    }

    /// The JSON of several reviews as `followup review --format json` prints them: the bytes
    /// `JSONEncoder` would give, written directly (see `JSONOutput`) the way the command line
    /// writes them, `chunk` consecutive reviews to a writer, between the array's two ends.
    public static func jsonText(_ reviews: [JSON], pretty: Bool = true, chunk: Int = .max) -> String {
        let (opening, closing) = JSONOutput.arrayEnds(count: reviews.count, pretty: pretty)
        var bytes = opening
        for start in stride(from: 0, to: reviews.count, by: max(chunk, 1)) {
            var writer = JSONOutput(pretty: pretty, elementAt: start)
            for review in reviews[start...].prefix(chunk) { review.write(to: &writer) }
            bytes += writer.bytes
        }
        return String(decoding: bytes + closing, as: UTF8.self)
    }
}

extension Review.JSON {
    /// This object alone, as the API answers it.
    public func text(pretty: Bool = false) -> String {
        String(decoding: bytes(pretty: pretty), as: UTF8.self)
    }

    /// The same as bytes, for a response body.
    public func bytes(pretty: Bool = false) -> [UInt8] {
        var output = JSONOutput(pretty: pretty, capacity: 600 + 200 * review.findings.count)
        write(to: &output)
        return output.bytes
    }

    /// Writes this object, keys in sorted order as the encoder's `.sortedKeys` has them.
    public func write(to output: inout JSONOutput) {
        output.beginObject()
        output.key("figures")
        output.beginObject()
        output.field("questions", review.figures.questions)
        output.field("sentences", review.figures.sentences)
        output.field("words", review.figures.words)
        output.endObject()
        if let file { output.field("file", file) }
        output.key("findings")
        output.beginArray()
        for finding in review.findings {
            output.beginObject()
            output.field("column", finding.column)
            output.field("end", finding.end)
            output.field("line", finding.line)
            output.field("message", finding.message)
            output.field("name", finding.rule.name)
            output.field("rule", finding.rule.rawValue)
            output.field("severity", finding.severity.rawValue)
            output.field("start", finding.start)
            output.field("suggestion", finding.suggestion)
            output.endObject()
        }
        output.endArray()
        output.key("ready")
        output.bool(review.isReadyToSend)
        output.endObject()
    }
}
