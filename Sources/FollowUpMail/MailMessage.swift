public import Foundation

/// A mail message read from its bytes (RFC 5322 with MIME): what Followup needs to match it to a
/// process and record it, and nothing it would have to keep.
public struct MailMessage: Sendable {
    public let root: MIMEPart
    public var headers: MailHeaders { root.headers }

    /// Reads a message. Throws only when the bytes are not mail at all: empty, or with no header
    /// field before the body. Anything else is read as far as it goes, as mail clients do.
    public init<Bytes: Collection<UInt8>>(bytes: Bytes) throws(MailError) {
        let array = ArraySlice(bytes)
        guard array.contains(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) else { throw .empty }
        root = MIMEPart(bytes: array)
        guard !root.headers.fields.isEmpty else { throw .noHeaders }
    }

    /// The subject, decoded and unfolded.
    public var subject: String? { headers["Subject"].map(Self.unstructured) }

    public var from: [MailAddress] { headers.all("From").flatMap(MailAddress.list) }
    public var to: [MailAddress] { headers.all("To").flatMap(MailAddress.list) }
    public var cc: [MailAddress] { headers.all("Cc").flatMap(MailAddress.list) }
    public var replyTo: [MailAddress] { headers.all("Reply-To").flatMap(MailAddress.list) }

    /// When the message was written (its `Date`), nil when it has none that can be read.
    public var date: Date? { headers["Date"].flatMap(MailDate.parse) }

    /// `Message-ID` without its angle brackets.
    public var messageID: String? { headers["Message-ID"].flatMap { Self.messageIDs($0).first } }
    public var inReplyTo: [String] { headers.all("In-Reply-To").flatMap(Self.messageIDs) }
    public var references: [String] { headers.all("References").flatMap(Self.messageIDs) }

    /// The text a person wrote: the first `text/plain` part that is not an attachment, in its
    /// charset, with line breaks as `\n`; failing that, the first `text/html` with its markup
    /// taken out.
    public var plainText: String? {
        let parts = root.allParts.filter { !$0.contentType.isMultipart && !$0.isAttachment }
        if let plain = parts.first(where: { $0.contentType.mediaType == "text/plain" }) { return Self.lines(plain.text) }
        if let html = parts.first(where: { $0.contentType.mediaType == "text/html" }) { return Self.lines(HTMLText.plain(html.text)) }
        return nil
    }

    /// The `text/calendar` parts (and `.ics` attachments), as text: invitations to read.
    public var calendars: [String] {
        root.allParts.filter { part in
            part.contentType.mediaType == "text/calendar"
                || (part.contentType.mediaType == "application/ics")
                || (ContentType(part.headers["Content-Disposition"]).parameters["filename"]?.lowercased().hasSuffix(".ics") ?? false)
        }.map { Self.lines($0.text) }
    }

    /// Message ids in a field: each `<…>`, or the bare words when a client left the brackets off.
    static func messageIDs(_ value: String) -> [String] {
        var ids: [String] = []
        let view = value.utf8
        var open: String.Index? = nil
        var index = view.startIndex
        while index != view.endIndex {
            let byte = view[index]
            if byte == UInt8(ascii: "<") {
                open = view.index(after: index)
            } else if byte == UInt8(ascii: ">"), let start = open {
                let id = value[start..<index].mailTrimmed
                if !id.isEmpty { ids.append(id) }
                open = nil
            }
            view.formIndex(after: &index)
        }
        if ids.isEmpty {
            ids = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(String.init).filter { $0.mailContains("@") }
        }
        return ids
    }

    /// An unstructured field's text: encoded words decoded, folding whitespace kept as written.
    static func unstructured(_ value: String) -> String {
        EncodedWords.decode(value)
    }

    static func lines(_ text: String) -> String {
        text.mailContains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }
}

/// Why some bytes could not be read as a message at all.
public enum MailError: Error, Equatable, Sendable {
    /// No bytes, or only whitespace.
    case empty
    /// No header field where a message starts.
    case noHeaders
}
