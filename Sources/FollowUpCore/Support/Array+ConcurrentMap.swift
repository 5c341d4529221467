import Dispatch

extension Array where Element: Sendable {
    /// Maps on `ways` cores at once, keeping order: folding and advising thousands of processes is
    /// independent work, and a second core halves it.
    ///
    /// `ways` is handed in (the adapters know the machine); small arrays are mapped in place.
    package func concurrentMap<T: Sendable>(ways: Int, minimumChunk: Int = 512, _ transform: @Sendable (Element) -> T) -> [T] {
        let total = count
        guard Self.chunkCount(total, ways: ways, minimumChunk: minimumChunk) > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            self.withUnsafeBufferPointer { source in
                nonisolated(unsafe) let input = source
                Self.forEachChunk(total, ways: ways, minimumChunk: minimumChunk) { _, range in
                    for index in range { (base + index).initialize(to: transform(input[index])) }
                }
            }
            initialized = total
        }
    }

    /// One result per chunk of consecutive elements, in order: for work whose output is gathered
    /// per chunk (the text of a thousand reviews) rather than kept per element.
    package func concurrentChunks<T: Sendable>(ways: Int, minimumChunk: Int = 512, _ body: @Sendable (ArraySlice<Element>) -> T) -> [T] {
        let chunks = Self.chunkCount(count, ways: ways, minimumChunk: minimumChunk)
        guard chunks > 1 else { return [body(self[...])] }
        return [T](unsafeUninitializedCapacity: chunks) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            Self.forEachChunk(count, ways: ways, minimumChunk: minimumChunk) { chunk, range in
                (base + chunk).initialize(to: body(self[range]))
            }
            initialized = chunks
        }
    }

    /// Several chunks per core, handed out as cores come free: a core slowed by another program
    /// (or by the database opening beside the reads) then takes fewer of them.
    static func chunkCount(_ total: Int, ways: Int, minimumChunk: Int) -> Int {
        guard ways > 1 else { return 1 }
        return Swift.max(1, Swift.min(ways * 8, total / Swift.max(minimumChunk, 1)))
    }

    private static func forEachChunk(_ total: Int, ways: Int, minimumChunk: Int, _ body: @Sendable (Int, Range<Int>) -> Void) {
        let chunks = chunkCount(total, ways: ways, minimumChunk: minimumChunk)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            body(chunk, chunk * total / chunks..<(chunk + 1) * total / chunks)
        }
    }
}
