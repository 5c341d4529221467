import FollowUpCore
import Foundation

/// The named values of a request — an HTML form or a JSON object — read the same way, so a page's
/// form and its API call go through one path and refuse the same input with the same words.
struct Fields: Sendable {
    var values: [String: String]

    init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// `application/x-www-form-urlencoded`; repeated names (checkboxes) are joined with commas.
    init(form body: String) {
        var values: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Fields.decode(parts[0])
            let value = parts.count > 1 ? Fields.decode(parts[1]) : ""
            if let old = values[name], !old.isEmpty {
                values[name] = value.isEmpty ? old : "\(old),\(value)"
            } else {
                values[name] = value
            }
        }
        self.values = values
    }

    /// A JSON object whose values are strings, numbers, booleans or null.
    init(json data: Data) throws(WebError) {
        let object: [String: Scalar]
        do {
            object = try JSONDecoder().decode([String: Scalar].self, from: data)
        } catch {
            throw .badRequest("the body is not a JSON object of strings, numbers and booleans: send {\"name\": value, ...}")
        }
        values = object.compactMapValues(\.text)
    }

    /// One JSON value of a request body, kept as the text a form would have sent.
    enum Scalar: Decodable {
        case text(String?)

        var text: String? {
            switch self { case .text(let value): value }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .text(nil)
            } else if let flag = try? container.decode(Bool.self) {
                self = .text(flag ? "true" : "false")
            } else if let number = try? container.decode(Int.self) {
                self = .text(String(number))
            } else if let number = try? container.decode(Double.self) {
                self = .text(String(number))
            } else {
                self = .text(try container.decode(String.self))
            }
        }
    }

    static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The trimmed text of a field, nil when absent or blank.
    func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A field's text exactly as sent (a message body keeps its spacing).
    func raw(_ name: String) -> String? {
        values[name]
    }

    func required(_ name: String, _ what: String) throws(WebError) -> String {
        guard let value = text(name) else { throw .badRequest("the \(what) is empty: give it a value (field '\(name)')") }
        return value
    }

    /// A checkbox or a JSON boolean.
    func flag(_ name: String) -> Bool {
        switch values[name]?.lowercased() {
        case "on", "true", "1", "yes": true
        default: false
        }
    }

    /// One of an enumeration's raw values, with the valid ones named on refusal.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(WebError) -> T? where T.RawValue == String {
        guard let value = text(name) else { return nil }
        guard let choice = T(rawValue: value) else {
            throw .badRequest("'\(value)' is not a valid \(name): use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return choice
    }

    /// Runs a core parse, naming the field in its error.
    func parse<T>(_ name: String, _ body: (String) throws(FollowUpError) -> T) throws(WebError) -> T? {
        guard let value = text(name) else { return nil }
        do {
            return try body(value)
        } catch {
            throw .badRequest("\(name): \(error.message)")
        }
    }
}
