import Foundation

/// RFC 2047 encoded words in headers: `=?charset?B?…?=` and `=?charset?Q?…?=`.
///
/// Whitespace between two encoded words is dropped (that is how a long name is split over
/// folded lines); whitespace next to plain text is kept. An encoded word that does not parse is
/// left as written.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.mailContains("=?") else { return value }
        var result = ""
        var pendingSpace = ""
        var lastWasEncoded = false
        var rest = Substring(value)
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (text, length) = encodedWord(at: rest) {
                if !lastWasEncoded { result += pendingSpace }
                pendingSpace = ""
                result += text
                lastWasEncoded = true
                rest = rest.dropFirst(length)
                continue
            }
            let character = rest.first!
            if character == " " || character == "\t" {
                pendingSpace.append(character)
            } else {
                result += pendingSpace
                pendingSpace = ""
                result.append(character)
                lastWasEncoded = false
            }
            rest = rest.dropFirst()
        }
        return result + pendingSpace
    }

    /// The decoded text of the encoded word at the start of `text`, and its length in characters.
    private static func encodedWord(at text: Substring) -> (String, Int)? {
        let parts = text.dropFirst(2)
        guard let charsetEnd = parts.firstIndex(of: "?") else { return nil }
        // "utf-8*en": RFC 2231's language suffix is dropped.
        let charset = parts[..<charsetEnd].split(separator: "*", maxSplits: 1).first.map(String.init) ?? ""
        let afterCharset = parts[parts.index(after: charsetEnd)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.index(afterCharset.startIndex, offsetBy: 2)
        guard let end = afterCharset[payloadStart...].range(of: "?=") else { return nil }
        let payload = afterCharset[payloadStart..<end.lowerBound]
        guard !payload.mailContains(" ") else { return nil }
        let bytes: [UInt8]
        switch encoding {
        case "B", "b": bytes = TransferEncoding.base64(Array(payload.utf8))
        case "Q", "q": bytes = TransferEncoding.quotedPrintable(Array(payload.utf8), underscoreIsSpace: true)
        default: return nil
        }
        let length = text.distance(from: text.startIndex, to: end.upperBound)
        return (Charset(name: charset).decode(bytes), length)
    }
}
