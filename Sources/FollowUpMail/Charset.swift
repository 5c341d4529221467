import Foundation

/// The character sets mail is written in, turned into text.
///
/// UTF-8, ASCII, ISO-8859-1 and Windows-1252 cover nearly all the mail a job search receives;
/// ISO-8859-15 differs from Latin-1 in eight places. A name outside these is read as UTF-8, and
/// bytes that are not valid in it become U+FFFD, as Python's `errors="replace"` does.
enum Charset {
    case utf8, latin1, windows1252, latin9

    init(name: String) {
        switch name.lowercased().mailTrimmed {
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819": self = .latin1
        case "windows-1252", "cp1252", "x-cp1252", "windows1252": self = .windows1252
        case "iso-8859-15", "iso8859-15", "latin-9", "latin9": self = .latin9
        default: self = .utf8
        }
    }

    func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(
                String.UnicodeScalarView(
                    bytes.map { byte in
                        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
                        return Charset.windows1252High[Int(byte - 0x80)]
                    }))
        case .latin9:
            return String(String.UnicodeScalarView(bytes.map { Charset.latin9Table[$0] ?? Unicode.Scalar($0) }))
        }
    }

    /// Windows-1252's 0x80…0x9F; the five bytes it leaves undefined stay as their C1 controls,
    /// as Python's codec would refuse them and mail clients show them so.
    private static let windows1252High: [Unicode.Scalar] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ].map { Unicode.Scalar(UInt32($0))! }

    private static let latin9Table: [UInt8: Unicode.Scalar] = [
        0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}", 0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}",
        0xBE: "\u{0178}",
    ]
}
