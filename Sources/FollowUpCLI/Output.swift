import FollowUpCore
import Foundation

/// Pretty JSON with sorted keys, for commands with or without a database.
func jsonText<T: Encodable>(_ value: T) -> String {
    let encoder = FollowUpJSON.makeEncoder()
    // Encoding our own value types cannot fail.
    let data = try! encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
}

/// Text and JSON renderings shared by the reading commands.
extension CommandContext {
    /// Prints any encodable value as pretty JSON with sorted keys.
    func printJSON<T: Encodable>(_ value: T) {
        print(jsonText(value))
    }

    /// Three lines for one process: who, what and when, which rule and why.
    func adviceLines(_ advice: Advice, process: HiringProcess, indent: String = "  ") -> [String] {
        var lines = ["\(indent)\(terminal.bold(process.company)) — \(process.role)  \(terminal.dim(process.id.rawValue))"]
        var what = advice.action.title
        if advice.action == .wait {
            if let end = advice.window?.latest { what += " until \(advice.momentText(end, userZone: userZone, today: today))" }
        } else if let window = advice.windowText(userZone: userZone, today: today) {
            what += ": \(window)"
        }
        lines.append("\(indent)  \(terminal.accent(what))")
        let rule = advice.rule.map { terminal.dim("[\($0.label)] ") } ?? ""
        lines.append("\(indent)  \(rule)\(advice.explanation)")
        return lines
    }
}
