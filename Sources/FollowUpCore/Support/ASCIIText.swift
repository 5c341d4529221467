/// Writes short ASCII strings (dates, times, offsets) byte by byte, straight into the string's
/// storage.
///
/// An agenda writes several dates for each of thousands of processes; string interpolation and
/// padding cost more than the arithmetic behind the dates, and a string of up to 15 bytes made
/// this way needs no allocation at all.
struct ASCIIText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// A string of at most `capacity` bytes written by `write`.
    static func make(capacity: Int, _ write: (inout ASCIIText) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var text = ASCIIText(buffer: buffer)
            write(&text)
            return text.count
        }
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { append(byte: byte) } }
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte: byte) }
    }

    mutating func append(byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// `value` in decimal, zero-padded to `width` digits, with a minus sign when negative.
    mutating func append(_ value: Int, width: Int = 1) {
        if value < 0 { append(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 1
        while magnitude / scale >= 10 {
            scale *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { append(byte: UInt8(ascii: "0")) }
        while scale > 0 {
            append(byte: UInt8(ascii: "0") + UInt8(magnitude / scale))
            magnitude %= scale
            scale /= 10
        }
    }
}
