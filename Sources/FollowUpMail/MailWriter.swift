import FollowUpCore
public import Foundation

/// A message to send, written as RFC 5322 bytes: UTF-8 text in quoted-printable, headers with
/// encoded words where they need them, lines of at most 76 characters, CRLF line ends.
///
/// The caller gives the `Message-ID` and the date: this module reads no clock and draws no random
/// numbers, so the same message always comes out as the same bytes.
public struct OutgoingMail: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var subject: String
    public var body: String
    public var date: Date
    /// The sender's offset from UTC on that date, in seconds, for the `Date` header.
    public var utcOffset: Int
    /// Without angle brackets.
    public var messageID: String
    /// The message this one answers, without angle brackets.
    public var inReplyTo: String?

    public init(
        from: MailAddress, to: [MailAddress], subject: String, body: String, date: Date, utcOffset: Int, messageID: String,
        inReplyTo: String? = nil
    ) {
        (self.from, self.to, self.subject, self.body) = (from, to, subject, body)
        (self.date, self.utcOffset, self.messageID, self.inReplyTo) = (date, utcOffset, messageID, inReplyTo)
    }

    public var bytes: [UInt8] {
        var headers = [
            "From: " + Self.mailbox(from),
            "To: " + to.map(Self.mailbox).joined(separator: ", "),
            "Subject: " + Self.unstructured(subject),
            "Date: " + Self.date(date, offset: utcOffset),
            "Message-ID: <\(messageID)>",
        ]
        if let inReplyTo {
            headers.append("In-Reply-To: <\(inReplyTo)>")
            headers.append("References: <\(inReplyTo)>")
        }
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        let folded = headers.map(Self.fold).joined(separator: "\r\n")
        return Array((folded + "\r\n\r\n").utf8) + Self.quotedPrintable(body)
    }

    /// "Name <address>", the name quoted or encoded when it must be.
    static func mailbox(_ mailbox: MailAddress) -> String {
        guard !mailbox.name.isEmpty else { return mailbox.address }
        let name: String
        if !mailbox.name.allSatisfy(\.isASCII) {
            name = encodedWords(mailbox.name)
        } else if mailbox.name.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
            name = "\"" + mailbox.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        } else {
            name = mailbox.name
        }
        return "\(name) <\(mailbox.address)>"
    }

    static func unstructured(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.allSatisfy(\.isASCII) ? flat : encodedWords(flat)
    }

    /// UTF-8 "B" encoded words of at most 75 characters, split between characters.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // With "=?utf-8?b??=" and a field name before it, 36 bytes of text (48 of base64) keep a line within 78.
            if chunk.count + bytes.count > 36 {
                words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?b?" + Data(chunk).base64EncodedString() + "?=") }
        return words.joined(separator: " ")
    }

    /// Folds a header line at spaces so that no line passes 78 characters where it can be helped.
    static func fold(_ line: String) -> String {
        guard line.count > 78 else { return line }
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // The field name keeps its first word: a break right after "Subject:" reads as a space.
        var lines: [String] = []
        var current = words.prefix(2).joined(separator: " ")
        for word in words.dropFirst(2) {
            if current.count + 1 + word.count > 78 {
                lines.append(current)
                current = word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// RFC 5322's date: "Mon, 9 Mar 2026 18:00:00 -0400".
    static func date(_ date: Date, offset: Int) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let (year, month, day) = Day(number: days).parts
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(day) \(months[month - 1]) \(year) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)) "
            + "\(sign)\(two(minutes / 60))\(two(minutes % 60))"
    }

    /// Quoted-printable of UTF-8 text with CRLF line ends: "=" and bytes outside printable ASCII
    /// escaped, a space or tab that ends a line escaped, soft breaks keeping lines within 76.
    static func quotedPrintable(_ text: String) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            var width = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !last)
                let piece: [UInt8] = plain ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                if width + piece.count > 75 {
                    output += Array("=\r\n".utf8)
                    width = 0
                }
                output += piece
                width += piece.count
            }
            if number < lines.count - 1 { output += [13, 10] }
        }
        return output
    }
}
