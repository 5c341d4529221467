/// A normalised word as the phrase lists and tables hold it: its bytes and their 64-bit FNV-1a hash.
///
/// Every word of a draft gets the same hash as it is cut, so comparing a phrase's word with a
/// draft's word is one integer comparison before the bytes are checked, and no `String` is built or
/// hashed on the way (hashing and allocating strings had been most of a review).
struct WordKey: Sendable, Equatable {
    let hash: UInt64
    let bytes: [UInt8]

    init(_ word: String) {
        self.init(bytes: Array(word.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        hash = WordKey.hash(bytes)
    }

    /// Never 0, which marks an empty slot in a text's table of hashes.
    @inline(__always)
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = mix(hash, byte) }
        return hash | 1
    }

    /// FNV-1a, 64 bits: its start and its step, for callers that hash as they fold.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
}

/// A fixed table from words to values (contractions, the language-guessing words), looked up by a
/// word's hash and bytes without building a `String`.
struct WordMap<Value: Sendable>: Sendable {
    private let keys: [WordKey]
    private let values: [Value]
    /// Open addressing: index into `keys` plus one, 0 for an empty slot.
    private let slots: [Int32]

    init(_ entries: [(String, Value)]) {
        keys = entries.map { WordKey($0.0) }
        values = entries.map(\.1)
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
    }

    /// The value of the word with this hash and these bytes.
    @inline(__always)
    func value<Bytes: Sequence<UInt8>>(hash: UInt64, bytes: Bytes) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let key = keys[entry - 1]
            if key.hash == hash, key.bytes.elementsEqual(bytes) { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }
}
