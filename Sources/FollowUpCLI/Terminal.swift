import FollowUpStore
import Foundation

/// Where output goes and whether it may be coloured: only on a terminal, never with `NO_COLOR`.
struct Terminal: Sendable {
    let colour: Bool

    static let standardError = FileHandle.standardError

    static func forStandardOutput(environment: [String: String]) -> Terminal {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return Terminal(colour: PortableFiles.standardOutputIsTerminal && !noColor && !dumb)
    }

    func bold(_ text: String) -> String { style(text, "1") }
    func dim(_ text: String) -> String { style(text, "2") }
    func accent(_ text: String) -> String { style(text, "36") }
    func warning(_ text: String) -> String { style(text, "33") }

    private func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension Terminal {
    /// Writes bytes to standard output as they are, without a copy into `Data` or into one
    /// buffer: megabytes of reviews go out in a few calls, piece after piece.
    static func writeStandardOutput(_ pieces: [[UInt8]]) {
        for piece in pieces where !piece.isEmpty {
            guard writeStandardOutput(piece) else { return }
        }
    }
    /// False when standard output is closed (`| head`): nothing is left to say it to.
    @discardableResult
    private static func writeStandardOutput(_ bytes: [UInt8]) -> Bool { PortableFiles.writeStandardOutput(bytes) }
}

extension FileHandle {
    func write(_ text: String) {
        write(Data(text.utf8))
    }
}
