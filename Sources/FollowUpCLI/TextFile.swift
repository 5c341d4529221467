import FollowUpStore

/// Reads a user's text file whole, refusing what is not UTF-8 text or too large to be a message.
enum TextFile {
    static let limit = 1_000_000

    /// A message file, whole, as UTF-8 text: at most 1 MB, read with a buffer of the file's own
    /// size (review reads thousands of them).
    static func read(_ path: String, option: String) throws -> String {
        let bytes: [UInt8]
        switch PortableFiles.read(path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.unreadable): throw CLIFailure.usage("\(option): cannot read \(path): check that it exists and is readable")
        case .failure(.folder): throw CLIFailure.usage("\(option): cannot read \(path): it is a folder, not a file")
        case .failure(.tooLarge): throw CLIFailure.usage("\(option): \(path) is over 1 MB: a message is much shorter")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CLIFailure.usage("\(option): \(path) is not UTF-8 text: save it as UTF-8 and try again")
        }
        return text
    }
}
