/// Content-Transfer-Encoding and the two encodings of encoded words, read leniently: mail in the
/// wild breaks lines in odd places and pads badly, and a reader that gives up loses the reply.
enum TransferEncoding {
    /// Base64, skipping whitespace and any byte outside the alphabet; stops at padding.
    static func base64<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): return output
            default: continue
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }

    /// Quoted-printable (RFC 2045): `=XX` is a byte, `=` at a line's end joins it to the next, and
    /// an `=` that starts neither is kept as written. `underscoreIsSpace` reads the "Q" encoding
    /// of encoded words (RFC 2047).
    static func quotedPrintable<Bytes: Collection<UInt8>>(_ bytes: Bytes, underscoreIsSpace: Bool = false) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                // A soft line break: "=" then optional trailing spaces, then CRLF or LF.
                var after = index + 1
                while after < input.count, input[after] == UInt8(ascii: " ") || input[after] == UInt8(ascii: "\t") { after += 1 }
                if after < input.count, input[after] == UInt8(ascii: "\n") {
                    index = after + 1
                    continue
                }
                if after + 1 < input.count, input[after] == UInt8(ascii: "\r"), input[after + 1] == UInt8(ascii: "\n") {
                    index = after + 2
                    continue
                }
                if after == input.count {
                    index = after
                    continue
                }
                if index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                output.append(byte)
                index += 1
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                output.append(UInt8(ascii: " "))
                index += 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
