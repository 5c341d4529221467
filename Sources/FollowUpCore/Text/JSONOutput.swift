/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with sorted keys, unescaped
/// slashes and, when `pretty`, its indentation, for the few shapes printed in bulk.
///
/// `followup review --format json` over two thousand files spent as long in `JSONEncoder` as in
/// the reviews; the writer is a tenth of that. Callers write keys in sorted order themselves, and a
/// test holds each shape written this way to `JSONEncoder`'s bytes.
///
/// It writes into memory of its own rather than appending to an array: an append asks whether
/// the array is shared and has room every time, and a review's JSON is a few hundred small
/// writes. Being non-copyable, it frees that memory itself, once.
public struct JSONOutput: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var length = 0
    private let pretty: Bool
    /// How many containers are open, and the innermost one's kind and element count: kept apart
    /// from `outer` (the others, innermost last) so that writing an element touches no array.
    private var depth = 0
    private var isArray = false
    private var count = 0
    private var outer: [(isArray: Bool, count: Int)] = []

    public init(pretty: Bool, capacity: Int = 1024) {
        self.pretty = pretty
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    /// Writes elements of an array on their own, the first after `index` others, so that thousands
    /// of elements can be written on every core and sent between `arrayEnds(count:pretty:)`.
    public init(pretty: Bool, capacity: Int = 1024, elementAt index: Int) {
        self.init(pretty: pretty, capacity: capacity)
        (depth, isArray, count) = (1, true, index)
    }

    deinit { storage.deallocate() }

    /// What has been written.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: length)) }

    public var text: String { String(decoding: UnsafeBufferPointer(start: storage, count: length), as: UTF8.self) }

    /// What goes before and after `count` elements written apart, for callers that send the
    /// elements on as they are rather than join them.
    public static func arrayEnds(count: Int, pretty: Bool) -> (opening: [UInt8], closing: [UInt8]) {
        var output = JSONOutput(pretty: pretty, capacity: 4, elementAt: count)
        output.endArray()
        return ([UInt8(ascii: "[")], output.bytes)
    }

    public mutating func beginObject() { begin(UInt8(ascii: "{"), isArray: false) }

    public mutating func endObject() { close(UInt8(ascii: "}")) }

    public mutating func beginArray() { begin(UInt8(ascii: "["), isArray: true) }

    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A key of the object being written; its value comes next.
    /// Keys are the caller's own literals, with nothing to escape: they are copied as they are.
    public mutating func key(_ name: StaticString) {
        separate()
        reserve(name.utf8CodeUnitCount + 5)
        put(UInt8(ascii: "\""))
        put(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        put(UInt8(ascii: "\""))
        if pretty { put(UInt8(ascii: " ")) }
        put(UInt8(ascii: ":"))
        if pretty { put(UInt8(ascii: " ")) }
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
            var text = String(value)
            text.withUTF8 { append($0) }
            return
        }
        // Digits by hand, last first: these are line numbers, offsets and counts, thousands per run.
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        rest = value
        for position in stride(from: length + digits - 1, through: length, by: -1) {
            storage[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        length += digits
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        var text = value ? "true" : "false"
        text.withUTF8 { append($0) }
    }

    // MARK: Structure

    /// Values in an array are elements; after a key they are not.
    private mutating func beforeValue() {
        if depth > 0, isArray { separate() }
    }

    /// The comma before every element but the first, then (when pretty) its line.
    private mutating func separate() {
        guard depth > 0 else { return }
        reserve(2 + 2 * depth)
        if count > 0 { put(UInt8(ascii: ",")) }
        count += 1
        if pretty { newline() }
    }

    private mutating func begin(_ bracket: UInt8, isArray: Bool) {
        beforeValue()
        reserve(1)
        put(bracket)
        if depth > 0 { outer.append((self.isArray, count)) }
        (depth, self.isArray, count) = (depth + 1, isArray, 0)
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = count == 0
        depth -= 1
        if depth > 0 { (isArray, count) = outer.removeLast() }
        reserve(3 + 2 * depth)
        if pretty {
            // Foundation writes an empty container as its brackets around an empty line.
            if empty { put(UInt8(ascii: "\n")) }
            newline()
        }
        put(bracket)
    }

    /// A newline and the indentation of the current depth; room reserved by the caller.
    private mutating func newline() {
        put(UInt8(ascii: "\n"))
        (storage + length).initialize(repeating: UInt8(ascii: " "), count: 2 * depth)
        length += 2 * depth
    }

    private mutating func quoted(_ value: String) {
        var value = value
        // Runs that need no escape (nearly all of every string) are copied whole.
        value.withUTF8 { utf8 in
            reserve(utf8.count + 2)
            put(UInt8(ascii: "\""))
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                reserve(6)
                put(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
                case 0x08: put(UInt8(ascii: "b"))
                case 0x09: put(UInt8(ascii: "t"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0D: put(UInt8(ascii: "r"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    put(UInt8(ascii: "u"))
                    put(UInt8(ascii: "0"))
                    put(UInt8(ascii: "0"))
                    put(hex[Int(byte >> 4)])
                    put(hex[Int(byte & 15)])
                }
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            reserve(1)
            put(UInt8(ascii: "\""))
        }
    }

    // MARK: Memory

    /// Room for `extra` more bytes, doubling as it grows.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if length + extra > capacity { grow(to: length + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: length)
        storage.deallocate()
        (storage, capacity) = (moved, larger)
    }

    /// One byte, into room already reserved.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        storage[length] = byte
        length += 1
    }

    /// Bytes, into room already reserved.
    @inline(__always)
    private mutating func put(_ run: UnsafeBufferPointer<UInt8>) {
        guard let base = run.baseAddress, run.count > 0 else { return }
        (storage + length).initialize(from: base, count: run.count)
        length += run.count
    }

    /// Bytes, reserving room for them first.
    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        reserve(run.count)
        put(run)
    }
}
