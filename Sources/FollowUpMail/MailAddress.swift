import Foundation

/// A mailbox in an address header: who, and where.
public struct MailAddress: Sendable, Equatable, Codable {
    /// The display name, decoded; empty when there is none.
    public var name: String
    /// `local@domain` as written (the domain lower-cased by `domain`, not here).
    public var address: String

    public init(name: String, address: String) {
        (self.name, self.address) = (name, address)
    }

    /// The part after "@", lower-cased, for matching a company's domain.
    public var domain: String {
        address.split(separator: "@", maxSplits: 1).dropFirst().first.map { $0.lowercased() } ?? ""
    }

    /// Reads an address list ("From", "To", "Cc", "Reply-To"): display names quoted or not,
    /// encoded words, comments, angle brackets and groups ("team: a@x, b@x;").
    public static func list(_ value: String) -> [MailAddress] {
        var addresses: [MailAddress] = []
        for item in splitTopLevel(value, separators: [","], groups: true) {
            var text = item
            // A group: "name: members;" — the members count, the group's name does not.
            if let colon = topLevelIndex(of: ":", in: text) {
                text = String(text[text.index(after: colon)...])
                if text.hasSuffix(";") { text.removeLast() }
                addresses += list(text)
                continue
            }
            if let address = single(text) { addresses.append(address) }
        }
        return addresses
    }

    private static func single(_ text: String) -> MailAddress? {
        let withoutComments = stripComments(text)
        let trimmed = withoutComments.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let open = topLevelIndex(of: "<", in: trimmed), let close = trimmed[open...].firstIndex(of: ">") {
            let address = String(trimmed[trimmed.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            let name = displayName(String(trimmed[..<open]))
            // A source route ("<@relay:user@host>") keeps only the mailbox.
            let mailbox = address.hasPrefix("@") ? String(address.split(separator: ":", maxSplits: 1).last ?? "") : address
            return MailAddress(name: name, address: mailbox)
        }
        // A bare address. An old-style "(Name)" comment is not a display name, as Python reads it.
        let address = trimmed.replacingOccurrences(of: " ", with: "")
        return MailAddress(name: "", address: unquoteLocalPart(address))
    }

    private static func unquoteLocalPart(_ address: String) -> String {
        guard address.hasPrefix("\""), let end = address.dropFirst().firstIndex(of: "\"") else { return address }
        let local = address[address.index(after: address.startIndex)..<end]
        // Python keeps the quotes when the local part needs them; a plain one loses them.
        let plain = local.allSatisfy { $0.isLetter || $0.isNumber || "!#$%&'*+-/=?^_`{|}~.".contains($0) }
        return plain ? String(local) + address[address.index(after: end)...] : address
    }

    /// A display name: quoted strings unquoted, encoded words decoded, runs of spaces joined.
    private static func displayName(_ raw: String) -> String {
        var result = ""
        var inQuotes = false
        var escaped = false
        var quotedRun = ""
        for character in raw {
            if inQuotes {
                if escaped {
                    quotedRun.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inQuotes = false
                    // Encoded words inside quotes are not allowed, but sent: Python decodes them.
                    result += EncodedWords.decode(quotedRun)
                    quotedRun = ""
                } else {
                    quotedRun.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
            } else {
                result.append(character)
            }
        }
        result += quotedRun
        let decoded = raw.contains("\"") ? result : EncodedWords.decode(result)
        return decoded.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The text without "( … )" comments (outside quotes); comments nest.
    private static func stripComments(_ text: String) -> String {
        var result = ""
        var depth = 0
        var inQuotes = false
        var escaped = false
        for character in text {
            if escaped {
                if depth == 0 { result.append(character) }
                escaped = false
            } else if character == "\\" && (inQuotes || depth > 0) {
                escaped = true
                if depth == 0 { result.append(character) }
            } else if !inQuotes && character == "(" {
                depth += 1
            } else if !inQuotes && character == ")" && depth > 0 {
                depth -= 1
            } else if depth == 0 {
                if character == "\"" { inQuotes.toggle() }
                result.append(character)
            }
        }
        return result
    }

    /// Splits on separators outside quotes, angle brackets and comments.
    /// With `groups`, a "name: …;" group is one piece.
    static func splitTopLevel(_ text: String, separators: Set<Character>, groups: Bool = false) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        var angle = 0
        var comment = 0
        var group = false
        for character in text {
            current.append(character)
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\" where inQuotes: escaped = true
            case "\"" where comment == 0: inQuotes.toggle()
            case "<" where !inQuotes && comment == 0: angle += 1
            case ">" where !inQuotes && comment == 0: angle = max(0, angle - 1)
            case "(" where !inQuotes: comment += 1
            case ")" where !inQuotes: comment = max(0, comment - 1)
            case ":" where groups && !inQuotes && angle == 0 && comment == 0: group = true
            case ";" where groups && !inQuotes && angle == 0 && comment == 0: group = false
            default:
                if separators.contains(character), !inQuotes, angle == 0, comment == 0, !group {
                    current.removeLast()
                    parts.append(current)
                    current = ""
                }
            }
        }
        parts.append(current)
        return parts.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    private static func topLevelIndex(of target: Character, in text: String) -> String.Index? {
        var inQuotes = false
        var escaped = false
        var comment = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if character == "\\" && inQuotes {
                escaped = true
            } else if character == "\"" && comment == 0 {
                inQuotes.toggle()
            } else if !inQuotes && character == "(" {
                comment += 1
            } else if !inQuotes && character == ")" {
                comment = max(0, comment - 1)
            } else if !inQuotes && comment == 0 && character == target {
                return index
            }
            index = text.index(after: index)
        }
        return nil
    }
}
