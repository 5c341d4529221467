import Foundation

/// A `Content-Type` (or `Content-Disposition`) value: the type and its parameters.
public struct ContentType: Sendable, Equatable {
    /// Lower case, "text/plain" when the field is missing or unreadable (RFC 2045's default).
    public var mediaType: String
    /// Parameter names lower case; values unquoted, RFC 2231's `name*=charset''value` decoded.
    public var parameters: [String: String]

    public init(_ value: String?) {
        guard let value else {
            (mediaType, parameters) = ("text/plain", [:])
            return
        }
        let pieces = MailAddress.splitTopLevel(value, separators: [";"])
        let type = (pieces.first ?? "").mailTrimmed.lowercased()
        mediaType = type.mailContains("/") ? type : (type.isEmpty ? "text/plain" : type)
        var parameters: [String: String] = [:]
        var continued: [String: [(Int, String, Bool)]] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].mailTrimmed.lowercased()
            var raw = piece[piece.index(after: equals)...].mailTrimmed
            if raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 {
                raw = String(raw.dropFirst().dropLast())
                if raw.mailContains("\\") { raw = raw.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\") }
            }
            let extended = name.hasSuffix("*")
            if extended { name.removeLast() }
            // "filename*0*=…; filename*1=…": pieces of one value, in order.
            if let star = name.firstIndex(of: "*"), let number = Int(name[name.index(after: star)...]) {
                continued[String(name[..<star]), default: []].append((number, raw, extended))
                continue
            }
            parameters[name] = extended ? Self.extendedValue(raw, first: true) : raw
        }
        for (name, pieces) in continued {
            let sorted = pieces.sorted { $0.0 < $1.0 }
            var bytes: [UInt8] = []
            var charset = Charset.utf8
            for (index, piece) in sorted.enumerated() {
                if piece.2 {
                    var text = Substring(piece.1)
                    if index == 0 {
                        let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                        if parts.count == 3 {
                            charset = Charset(name: String(parts[0]))
                            text = parts[2]
                        }
                    }
                    bytes += Self.percentDecoded(text)
                } else {
                    bytes += Array(piece.1.utf8)
                }
            }
            parameters[name] = charset.decode(bytes)
        }
        self.parameters = parameters
    }

    /// RFC 2231: `charset'language'percent-encoded`.
    private static func extendedValue(_ raw: String, first: Bool) -> String {
        let parts = raw.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return String(decoding: percentDecoded(Substring(raw)), as: UTF8.self) }
        return Charset(name: String(parts[0])).decode(percentDecoded(parts[2]))
    }

    private static func percentDecoded(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, let high = TransferEncoding.hexValue(bytes[index + 1]),
                let low = TransferEncoding.hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    public var isMultipart: Bool { mediaType.hasPrefix("multipart/") }
}
