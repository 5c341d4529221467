/// The words a person wrote in a reply, without the message they quote below it.
///
/// A reply's timeline and invitation must be read from the new text only: the quote holds the
/// candidate's own words ("could you tell me by Friday?"), which are not a promise.
public enum QuotedReply {
    public static func newText(_ text: String) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if startsQuote(trimmed) { break }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line)
        }
        while let last = kept.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// A line that introduces the quoted message: "On Mon, 3 Feb 2025, Ana wrote:", "Em seg., 3 de
    /// fev. de 2025, Ana escreveu:", Outlook's "-----Original Message-----" and "From: …" header block.
    static func startsQuote(_ line: Substring) -> Bool {
        let lowered = line.lowercased()
        if (lowered.hasPrefix("on ") && lowered.hasSuffix("wrote:")) || (lowered.hasPrefix("em ") && lowered.hasSuffix("escreveu:")) {
            return true
        }
        if lowered.hasPrefix("-----original message") || lowered.hasPrefix("----- original message") || lowered.hasPrefix("-----mensagem original") {
            return true
        }
        if lowered.hasPrefix("________________________________") { return true }
        return (lowered.hasPrefix("from: ") || lowered.hasPrefix("de: ")) && lowered.mailContains("@")
    }
}
