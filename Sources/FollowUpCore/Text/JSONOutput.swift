/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with sorted keys, unescaped
/// slashes and, when `pretty`, its indentation, for the few shapes printed in bulk.
///
/// `followup review --format json` over two thousand files spent as long in `JSONEncoder` as in
/// the reviews; the writer is a tenth of that. Callers write keys in sorted order themselves, and a
/// test holds each shape written this way to `JSONEncoder`'s bytes.
public struct JSONOutput {
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    /// For each open container: whether it is an array, and how many elements it has so far.
    private var open: [(isArray: Bool, count: Int)] = []

    public init(pretty: Bool, capacity: Int = 1024) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Writes one element of an array on its own, after `index` others, so that thousands of
    /// elements can be written on every core and joined by `array(_:pretty:)`.
    public init(pretty: Bool, capacity: Int = 1024, elementAt index: Int) {
        self.init(pretty: pretty, capacity: capacity)
        open = [(true, index)]
    }

    /// The array of elements written apart, each by an output made with `elementAt:`.
    public static func array(_ elements: [[UInt8]], pretty: Bool) -> [UInt8] {
        let (opening, closing) = arrayEnds(count: elements.count, pretty: pretty)
        return opening + elements.joined() + closing
    }

    /// What goes before and after `count` elements written apart, for callers that send the
    /// elements on as they are rather than join them.
    public static func arrayEnds(count: Int, pretty: Bool) -> (opening: [UInt8], closing: [UInt8]) {
        var output = JSONOutput(pretty: pretty, capacity: 4)
        output.open = [(true, count)]
        output.endArray()
        return ([UInt8(ascii: "[")], output.bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        open.append((false, 0))
    }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        open.append((true, 0))
    }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key of the object being written; its value comes next.
    /// Keys are the caller's own literals, with nothing to escape: they are copied as they are.
    public mutating func key(_ name: StaticString) {
        element()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// A key and its value.
    public mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    public mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    public mutating func string(_ value: String) {
        beforeValue()
        quoted(value)
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        if value < 0 {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        // Digits by hand, last first into a small buffer: these are line numbers, offsets and
        // counts, thousands per run.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var position = digits.count
            var rest = value
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[position...]))
        }
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Values in an array are elements; after a key they are not.
    private mutating func beforeValue() {
        if open.last?.isArray == true { element() }
    }

    private mutating func element() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].count > 0 { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].count += 1
        if pretty { newline() }
    }

    private mutating func close(_ bracket: UInt8) {
        let (_, count) = open.removeLast()
        if pretty {
            // Foundation writes an empty container as its brackets around an empty line.
            if count == 0 { bytes.append(UInt8(ascii: "\n")) }
            newline()
        }
        bytes.append(bracket)
    }

    private mutating func newline() {
        let width = 1 + 2 * open.count
        if width <= Self.indentation.count {
            bytes.append(contentsOf: Self.indentation[..<width])
        } else {
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - 1))
        }
    }

    /// A newline and the spaces of the deepest usual indentation, copied from as a slice.
    private static let indentation: [UInt8] = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 32)

    private mutating func quoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        // Runs that need no escape (nearly all of every string) are copied whole.
        value.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    let hex = "0123456789abcdef".utf8
                    bytes.append(contentsOf: "u00".utf8)
                    bytes.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte >> 4))])
                    bytes.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte & 15))])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
