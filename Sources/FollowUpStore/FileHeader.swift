/// The first bytes of an SQLite file, read before SQLite opens it: they tell whether the file is
/// SQLite at all, whether it is ours, and whether it already keeps a write-ahead log, so opening
/// one of our files asks SQLite none of these again.
///
/// The layout is SQLite's (https://www.sqlite.org/fileformat.html, "The Database Header").
struct FileHeader: Equatable {
    /// How many bytes the header has.
    static let size = 100

    /// `PRAGMA application_id` as the main file has it: 0 until set, and possibly still 0 while
    /// the write that set it waits in the write-ahead log.
    var applicationID: Int32
    /// Whether the file is in WAL mode (read and write versions 2), which SQLite writes to the
    /// main file itself, never through the log.
    var isWriteAheadLog: Bool

    init(applicationID: Int32, isWriteAheadLog: Bool) {
        self.applicationID = applicationID
        self.isWriteAheadLog = isWriteAheadLog
    }

    /// Nil when the bytes do not start with SQLite's magic string.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 20, bytes.prefix(16).elementsEqual("SQLite format 3\0".utf8) else { return nil }
        isWriteAheadLog = bytes[18] == 2 && bytes[19] == 2
        applicationID =
            bytes.count >= 72
            ? Int32(bitPattern: bytes[68..<72].reduce(0, { $0 << 8 | UInt32($1) }))
            : 0
    }
}
