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
        // Most fields are one plain mailbox, "Name <local@domain>" or "local@domain": read at once.
        if let plain = plainMailbox(value) { return [plain] }
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

    /// Only the addresses of an address list, without reading display names: what matching mail
    /// to a process needs, for every message a scan passes over.
    public static func addresses(in value: String) -> [String] {
        if let plain = plainMailbox(value) { return [plain.address] }
        var addresses: [String] = []
        for item in splitTopLevel(value, separators: [","], groups: true) {
            if let colon = topLevelIndex(of: ":", in: item) {
                var members = String(item[item.index(after: colon)...])
                if members.hasSuffix(";") { members.removeLast() }
                addresses += self.addresses(in: members)
            } else if let open = topLevelIndex(of: "<", in: item), let close = item[open...].firstIndex(of: ">") {
                let address = item[item.index(after: open)..<close].mailTrimmed
                addresses.append(address.hasPrefix("@") ? String(address.split(separator: ":", maxSplits: 1).last ?? "") : address)
            } else {
                let bare = String(stripComments(item).filter { $0 != " " && $0 != "\t" && $0 != "\r" && $0 != "\n" })
                if !bare.isEmpty { addresses.append(unquoteLocalPart(bare)) }
            }
        }
        return addresses
    }

    /// One mailbox with no quotes, comments, groups, lists or encoded words, else nil.
    private static func plainMailbox(_ value: String) -> MailAddress? {
        var open: String.UTF8View.Index? = nil
        var close: String.UTF8View.Index? = nil
        let view = value.utf8
        var index = view.startIndex
        var previous: UInt8 = 0
        while index != view.endIndex {
            let byte = view[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\\"): return nil
            case UInt8(ascii: "?") where previous == UInt8(ascii: "="): return nil
            case UInt8(ascii: "<"):
                guard open == nil else { return nil }
                open = index
            case UInt8(ascii: ">"):
                guard open != nil, close == nil else { return nil }
                close = index
            default: break
            }
            previous = byte
            view.formIndex(after: &index)
        }
        if let open, let close {
            let name = value[..<open].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            return MailAddress(name: name, address: value[value.index(after: open)..<close].mailTrimmed)
        }
        guard open == nil, close == nil else { return nil }
        let address = value.mailTrimmed
        return address.isEmpty || address.mailContains(" ") ? nil : MailAddress(name: "", address: address)
    }

    private static func single(_ text: String) -> MailAddress? {
        let withoutComments = stripComments(text)
        let trimmed = withoutComments.mailTrimmed
        guard !trimmed.isEmpty else { return nil }
        if let open = topLevelIndex(of: "<", in: trimmed), let close = trimmed[open...].firstIndex(of: ">") {
            let address = trimmed[trimmed.index(after: open)..<close].mailTrimmed
            let name = displayName(String(trimmed[..<open]))
            // A source route ("<@relay:user@host>") keeps only the mailbox.
            let mailbox = address.hasPrefix("@") ? String(address.split(separator: ":", maxSplits: 1).last ?? "") : address
            return MailAddress(name: name, address: mailbox)
        }
        // A bare address. An old-style "(Name)" comment is not a display name, as Python reads it.
        let address = String(trimmed.filter { $0 != " " })
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
        let decoded = raw.mailContains("\"") ? result : EncodedWords.decode(result)
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

    /// Splits on separators outside quotes, angle brackets and comments, byte by byte (every
    /// structural character is ASCII, and a UTF-8 byte of another character never equals one).
    /// With `groups`, a "name: …;" group is one piece.
    static func splitTopLevel(_ text: String, separators: Set<Character>, groups: Bool = false) -> [String] {
        let separatorBytes = Set(separators.compactMap { $0.asciiValue })
        var parts: [String] = []
        let view = text.utf8
        var start = view.startIndex
        var index = view.startIndex
        var inQuotes = false
        var escaped = false
        var angle = 0
        var comment = 0
        var group = false
        while index != view.endIndex {
            let byte = view[index]
            if escaped {
                escaped = false
            } else {
                switch byte {
                case UInt8(ascii: "\\") where inQuotes: escaped = true
                case UInt8(ascii: "\"") where comment == 0: inQuotes.toggle()
                case UInt8(ascii: "<") where !inQuotes && comment == 0: angle += 1
                case UInt8(ascii: ">") where !inQuotes && comment == 0: angle = max(0, angle - 1)
                case UInt8(ascii: "(") where !inQuotes: comment += 1
                case UInt8(ascii: ")") where !inQuotes: comment = max(0, comment - 1)
                case UInt8(ascii: ":") where groups && !inQuotes && angle == 0 && comment == 0: group = true
                case UInt8(ascii: ";") where groups && !inQuotes && angle == 0 && comment == 0: group = false
                default:
                    if separatorBytes.contains(byte), !inQuotes, angle == 0, comment == 0, !group {
                        parts.append(String(text[start..<index]))
                        start = view.index(after: index)
                    }
                }
            }
            view.formIndex(after: &index)
        }
        parts.append(String(text[start...]))
        return parts.filter { !$0.mailTrimmed.isEmpty }
    }

    private static func topLevelIndex(of target: Character, in text: String) -> String.Index? {
        guard let targetByte = target.asciiValue else { return nil }
        var inQuotes = false
        var escaped = false
        var comment = 0
        let view = text.utf8
        var index = view.startIndex
        while index != view.endIndex {
            let byte = view[index]
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") && inQuotes {
                escaped = true
            } else if byte == UInt8(ascii: "\"") && comment == 0 {
                inQuotes.toggle()
            } else if !inQuotes && byte == UInt8(ascii: "(") {
                comment += 1
            } else if !inQuotes && byte == UInt8(ascii: ")") {
                comment = max(0, comment - 1)
            } else if !inQuotes && comment == 0 && byte == targetByte {
                return index
            }
            view.formIndex(after: &index)
        }
        return nil
    }
}
