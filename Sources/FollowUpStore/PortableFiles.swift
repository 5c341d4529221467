#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls Followup makes itself, in one place, on Linux and macOS alike.
///
/// They bypass Foundation where it was slow for a command: `FileManager` goes through a URL (its
/// first use cost as much as opening the database), and `FileHandle` copies output into `Data`.
/// Nothing outside this file names `Glibc` or `Darwin`.
public enum PortableFiles {
    /// What is at a path.
    public enum Kind: Sendable { case missing, file, folder }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }

    /// Why a file could not be read whole.
    public enum ReadFailure: Error, Sendable { case unreadable, folder, tooLarge }

    /// A file's bytes, at most `limit` of them: with `truncating`, the first `limit` bytes of a
    /// longer file; without, `tooLarge`. The buffer is the file's own size, and a short read of a
    /// regular file is its end, which spares thousands of files a second read.
    public static func read(_ path: String, limit: Int, truncating: Bool = false) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var info = stat()
        let known = fstat(descriptor, &info) == 0
        if known, (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
        let regular = known && (info.st_mode & S_IFMT) == S_IFREG
        // One byte more than the limit tells an oversized file; pipes and devices report no size.
        var bytes = [UInt8](repeating: 0, count: min(max(known ? Int(info.st_size) : 0, 0), limit) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in Self.read(descriptor, buffer.baseAddress! + count, buffer.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return .failure(.unreadable) }
            if got == 0 { break }
            count += got
            if regular, count < bytes.count { break }
        }
        if count > limit {
            guard truncating else { return .failure(.tooLarge) }
            count = limit
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Whether standard output is a terminal (colour only then).
    public static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes bytes to standard output as they are; false when it is closed (`| head`).
    @discardableResult
    public static func writeStandardOutput(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// Ends the process now, without freeing what it built; standard output is flushed.
    /// Writing to a program that has already exited (a send command that failed at once) must
    /// fail as a write, not end Followup by a signal.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    public static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }
}
