import FollowUpCore

/// The text of a draft as HTML, every character escaped, with each finding's words in a `<mark>`:
/// the editor lays it under the text box so the words appear underlined in place.
enum Highlight {
    static func html(_ text: String, findings: [Finding]) -> String {
        let bytes = Array(text.utf8)
        // Overlapping findings share one mark; ranges are clamped to the text.
        var ranges: [(start: Int, end: Int, severity: String, title: String)] = []
        for finding in findings.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) where !isAboutWholeMessage(finding, length: bytes.count) {
            let start = max(0, min(finding.start, bytes.count))
            let end = max(start, min(finding.end, bytes.count))
            guard end > start else { continue }
            if let last = ranges.last, start < last.end {
                ranges[ranges.count - 1].end = max(last.end, end)
                ranges[ranges.count - 1].title += "; \(finding.rule.label)"
                continue
            }
            ranges.append((start, end, finding.severity.rawValue, finding.rule.label))
        }
        var html = ""
        var position = 0
        for range in ranges {
            html += escape(bytes[position..<range.start])
            html += "<mark class=\"\(range.severity)\" title=\"\(escape(Array(range.title.utf8)[...]))\">"
            html += escape(bytes[range.start..<range.end]) + "</mark>"
            position = range.end
        }
        html += escape(bytes[position...])
        // A final newline needs a character after it to take up its line in the backdrop.
        return html + "\n"
    }

    /// A finding over most of the text (R7 vague, R8 no question) is about the message as a whole:
    /// it is listed, not underlined, so the precise marks stay readable.
    static func isAboutWholeMessage(_ finding: Finding, length: Int) -> Bool {
        length > 0 && Double(finding.end - finding.start) > Double(length) * 0.6
    }

    static func escape(_ bytes: ArraySlice<UInt8>) -> String {
        escape(String(decoding: bytes, as: UTF8.self))
    }

    /// HTML-escapes text for element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
