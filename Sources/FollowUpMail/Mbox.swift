/// An mbox file cut into its messages (Gmail Takeout, Thunderbird, `mutt`).
///
/// A message starts at a line beginning "From " at the file's start or after an empty line.
/// Quoting is undone the mboxrd way: one ">" comes off any line of ">"s followed by "From ",
/// which is also right for mboxo files, where only ">From " lines were quoted.
public enum Mbox {
    /// Each message's bytes, without its "From " separator line.
    public static func messages<Bytes: Collection<UInt8>>(in bytes: Bytes) -> [[UInt8]] where Bytes.Index == Int {
        let data = Array(bytes)
        var messages: [[UInt8]] = []
        var current: [UInt8]? = nil
        var previousBlank = true
        var lineStart = 0
        let from = Array("From ".utf8)
        while lineStart < data.count {
            let lineEnd = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.count
            let line = data[lineStart..<lineEnd]
            if previousBlank && line.starts(with: from) {
                if let message = current { messages.append(trimmed(message)) }
                current = []
            } else if current != nil {
                current!.append(contentsOf: unquoted(line))
            }
            previousBlank = line.allSatisfy { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            lineStart = lineEnd
        }
        if let message = current { messages.append(trimmed(message)) }
        return messages
    }

    private static func unquoted(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: ">") { index += 1 }
        guard index > line.startIndex, line[index...].starts(with: Array("From ".utf8)) else { return line }
        return line.dropFirst()
    }

    /// The empty line that separates a message from the next "From " line is not the message's.
    private static func trimmed(_ message: [UInt8]) -> [UInt8] {
        let newline = UInt8(ascii: "\n")
        if message.count >= 4, message.suffix(4).elementsEqual([13, newline, 13, newline]) { return Array(message.dropLast(2)) }
        if message.count >= 2, message.suffix(2).elementsEqual([newline, newline]) { return Array(message.dropLast()) }
        return message
    }
}
