extension StringProtocol {
    /// The text without the white space (newlines too) around it.
    ///
    /// Swift's own characters, not Foundation's `trimmingCharacters(in:)`: that goes through
    /// `NSString`, whose first use costs a quick command more than its whole reading of a date.
    func trimmingSpaces() -> SubSequence {
        var slice = self[...]
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return slice
    }
}
