import FollowUpCore
import Foundation
import Hummingbird

/// The named values of a request — an HTML form or a JSON object — read the same way, so a page's
/// form and its API call go through one path and refuse the same input with the same words.
struct Fields: Sendable {
    var values: [String: String]
    /// For a JSON body, which fields came as booleans and which as numbers (forms send only text).
    var booleans: Set<String> = []
    var numbers: Set<String> = []
    /// Whether the values came as JSON: there an empty choice is an error, not "pick for me" as a
    /// form's empty option is.
    var isJSON = false

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
        values = [:]
        guard let members = data.withUnsafeBytes({ FlatJSON.parse($0) }) else {
            throw .badRequest("the body is not a JSON object of strings, numbers and booleans: send {\"name\": value, ...}")
        }
        var nulls: [String] = []
        // A key sent twice counts once, as its last value.
        for (index, (key, value)) in members.enumerated() where !members[(index + 1)...].contains(where: { $0.key == key }) {
            switch value {
            case .null: nulls.append(key)
            case .flag(let flag):
                values[key] = flag ? "true" : "false"
                booleans.insert(key)
            case .number(let text):
                values[key] = text
                numbers.insert(key)
            case .string(let text): values[key] = text
            }
        }
        if let name = nulls.min() { throw .badRequest("'\(name)' is null: leave the field out to use its default") }
        isJSON = true
    }

    /// Refuses fields the request does not take, naming the ones it does: a misspelt field would
    /// otherwise be ignored without a word.
    /// `flags` are the fields that are true or false; every other field is text.
    func only(_ names: [String], flags: Set<String> = []) throws(WebError) -> Fields {
        // Nearly every request is fine: check without sorting, and sort only to name the first fault.
        let fine = values.allSatisfy { name, value in
            (flags.contains(name) ? booleans.contains(name) : names.contains(name) && !booleans.contains(name) && !numbers.contains(name))
                && !value.utf8.contains(0)
        }
        if fine { return self }
        let known = Set(names).union(flags)
        for name in values.keys.sorted() {
            if values[name]!.utf8.contains(0) { throw .badRequest("'\(name)' contains a NUL character: send text without it") }
            guard known.contains(name) else {
                throw .badRequest("unknown field '\(name)': this request takes \((names + flags.sorted()).joined(separator: ", "))")
            }
            if flags.contains(name), !booleans.contains(name) { throw .badRequest("'\(name)' must be true or false") }
            if !flags.contains(name), booleans.contains(name) || numbers.contains(name) {
                throw .badRequest("'\(name)' must be a string (in quotes)")
            }
        }
        return self
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
        guard let value = isJSON ? values[name] : text(name) else { return nil }
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
            throw .badRequest("\(name): \(error.webMessage)")
        }
    }
}

extension Fields {
    /// The named query parameters of a request; one given but empty is refused rather than ignored.
    init(query request: Request, _ names: [String]) throws(WebError) {
        var values: [String: String] = [:]
        for name in names {
            guard let value = request.uri.queryParameters.get(name) else { continue }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .badRequest("\(name) is empty: give a value or leave it out")
            }
            values[name] = value
        }
        self.init(values)
    }
}
