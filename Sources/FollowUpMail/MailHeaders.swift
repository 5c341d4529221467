import Foundation

/// A message's header fields in order, unfolded, with their names compared without case.
public struct MailHeaders: Sendable, Equatable {
    /// Each field's name as written and its raw value: unfolded, not yet decoded.
    public let fields: [(name: String, value: String)]
    /// The names in lower case, for look-ups.
    private let names: [String]

    public static func == (a: MailHeaders, b: MailHeaders) -> Bool {
        a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    /// The raw value of the first field with this name.
    public subscript(_ name: String) -> String? {
        let lowered = name.lowercased()
        return names.firstIndex(of: lowered).map { fields[$0].value }
    }

    /// Every raw value of fields with this name, in order.
    public func all(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return names.indices.filter { names[$0] == lowered }.map { fields[$0].value }
    }

    /// Parses a header block (the bytes before the first empty line). Lines that begin with
    /// space or tab continue the field before them; a line with no colon is skipped, as Python's
    /// parser records it as a defect and goes on. Values are read as UTF-8, which raw 8-bit
    /// headers nearly always are; standard headers are ASCII with encoded words.
    init(_ block: ArraySlice<UInt8>) {
        var fields: [(name: String, value: String)] = []
        var name: String? = nil
        var value: [UInt8] = []
        func finish() {
            if let name { fields.append((name, String(decoding: value, as: UTF8.self).mailTrimmed)) }
            name = nil
            value = []
        }
        for rawLine in block.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                // Unfolding removes the line break and keeps the whitespace that follows it.
                if name != nil { value.append(contentsOf: line) }
                continue
            }
            finish()
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let fieldName = String(decoding: line[..<colon], as: UTF8.self).mailTrimmed
            guard !fieldName.isEmpty, !fieldName.mailContains(" ") else { continue }
            name = fieldName
            value = Array(line[line.index(after: colon)...])
        }
        finish()
        self.fields = fields
        names = fields.map { $0.name.lowercased() }
    }
}
