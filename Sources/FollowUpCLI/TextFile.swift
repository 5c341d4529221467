import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a user's text file whole, refusing what is not UTF-8 text or too large to be a message.
enum TextFile {
    static let limit = 1_000_000

    /// A message file, whole, as UTF-8 text: at most 1 MB, read with a buffer of the file's own
    /// size (review reads thousands of them).
    static func read(_ path: String, option: String) throws -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIFailure.usage("\(option): cannot read \(path): check that it exists and is readable")
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIFailure.usage("\(option): cannot read \(path): it is a folder, not a file")
        }
        // One byte more than the limit tells an oversized file; pipes and devices report no size.
        var bytes = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 0), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw CLIFailure.usage("\(option): cannot read \(path): check that it exists and is readable") }
            if got == 0 { break }
            count += got
            // A short read of a regular file is its end: spares thousands of files a second read.
            if (info.st_mode & S_IFMT) == S_IFREG, count < bytes.count { break }
        }
        guard count <= limit else {
            throw CLIFailure.usage("\(option): \(path) is over 1 MB: a message is much shorter")
        }
        guard let text = String(validating: bytes[..<count], as: UTF8.self) else {
            throw CLIFailure.usage("\(option): \(path) is not UTF-8 text: save it as UTF-8 and try again")
        }
        return text
    }
}
