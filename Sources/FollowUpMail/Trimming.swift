/// Whitespace trimming without Foundation's bridge to `NSString`, which cost most of a scan.
extension StringProtocol {
    /// Without leading and trailing spaces, tabs, carriage returns and line feeds.
    var mailTrimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// Whether `needle` occurs, compared byte by byte: Foundation's `contains` goes through
    /// `NSString` on Linux, and a scan asks it of every header.
    func mailContains(_ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return true }
        let view = utf8
        var index = view.startIndex
        while index != view.endIndex {
            if view[index] == first, view[index...].starts(with: bytes) { return true }
            view.formIndex(after: &index)
        }
        return false
    }
}
