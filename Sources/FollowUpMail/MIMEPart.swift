import Foundation

/// One part of a message: its headers and either its decoded body or its sub-parts.
public struct MIMEPart: Sendable {
    public let headers: MailHeaders
    /// Everything after the headers, as sent.
    let content: ArraySlice<UInt8>
    let depth: Int
    let defaultType: String

    /// Parts deeper than this are read as plain bodies: a message built to nest forever must not
    /// exhaust the stack.
    static let maximumDepth = 32

    /// Only the headers are read here: a scan decides from them whether a message matters, and
    /// the parts of the few that do are read when asked for.
    init(bytes: ArraySlice<UInt8>, depth: Int = 0, defaultType: String = "text/plain") {
        let (headerBlock, body) = MIMEPart.split(bytes)
        headers = MailHeaders(headerBlock)
        content = body
        (self.depth, self.defaultType) = (depth, defaultType)
    }

    public var contentType: ContentType {
        guard let field = headers["Content-Type"] else {
            var type = ContentType(nil)
            type.mediaType = defaultType
            return type
        }
        return ContentType(field)
    }

    /// The sub-parts of a multipart, in order; none for any other part.
    public var parts: [MIMEPart] {
        let type = contentType
        guard type.isMultipart, depth < MIMEPart.maximumDepth, let boundary = type.parameters["boundary"], !boundary.isEmpty else { return [] }
        // In a multipart/digest each part is a message unless it says otherwise.
        let childDefault = type.mediaType == "multipart/digest" ? "message/rfc822" : "text/plain"
        return MIMEPart.bodies(of: content, boundary: boundary).map { MIMEPart(bytes: $0, depth: depth + 1, defaultType: childDefault) }
    }

    /// The body as sent, before its transfer encoding is undone (empty for a multipart).
    var rawBody: ArraySlice<UInt8> {
        let type = contentType
        return type.isMultipart && depth < MIMEPart.maximumDepth && !(type.parameters["boundary"] ?? "").isEmpty ? [] : content
    }

    /// The body with its transfer encoding undone.
    public var body: [UInt8] {
        switch headers["Content-Transfer-Encoding"]?.lowercased().mailTrimmed {
        case "base64": TransferEncoding.base64(rawBody)
        case "quoted-printable": TransferEncoding.quotedPrintable(rawBody)
        default: Array(rawBody)
        }
    }

    /// The body as text in its declared charset.
    public var text: String {
        Charset(name: contentType.parameters["charset"] ?? "utf-8").decode(body)
    }

    /// Whether the part is meant to be saved rather than read in place.
    public var isAttachment: Bool {
        ContentType(headers["Content-Disposition"]).mediaType.hasPrefix("attachment")
    }

    /// Every part, this one first, depth first.
    public var allParts: [MIMEPart] { [self] + parts.flatMap(\.allParts) }

    /// Headers and body, split at the first empty line (CRLF or LF). A message with no empty line
    /// is all headers when its last line is one, as Python reads it.
    static func split(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>) {
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if line.isEmpty || (line.count == 1 && line.first == UInt8(ascii: "\r")) {
                let bodyStart = min(lineEnd + 1, bytes.endIndex)
                return (bytes[bytes.startIndex..<lineStart], bytes[bodyStart...])
            }
            // A first line that is not a header field starts the body (no headers at all).
            if lineStart == bytes.startIndex, !MIMEPart.looksLikeField(line) {
                return (bytes[bytes.startIndex..<bytes.startIndex], bytes)
            }
            lineStart = lineEnd + 1
        }
        return (bytes, bytes[bytes.endIndex...])
    }

    static func looksLikeField(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        return line[..<colon].allSatisfy { $0 > 32 && $0 < 127 }
    }

    /// The bodies between `--boundary` lines; the preamble and the epilogue are dropped. The line
    /// break before a boundary belongs to the boundary (RFC 2046).
    static func bodies(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let delimiter = Array("--\(boundary)".utf8)
        var bodies: [ArraySlice<UInt8>] = []
        var partStart: Int? = nil
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                let rest = line.dropFirst(delimiter.count)
                let closing = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                let tail = closing ? rest.dropFirst(2) : rest
                if tail.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                    if let start = partStart {
                        var end = lineStart
                        if end > start, body[end - 1] == UInt8(ascii: "\n") { end -= 1 }
                        if end > start, body[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                        bodies.append(body[start..<max(start, end)])
                    }
                    if closing { return bodies }
                    partStart = min(lineEnd + 1, body.endIndex)
                }
            }
            lineStart = lineEnd + 1
        }
        // No closing delimiter: the last part runs to the end.
        if let start = partStart, start <= body.endIndex { bodies.append(body[start..<body.endIndex]) }
        return bodies
    }
}
