import Dispatch

extension Array where Element: Sendable {
    /// Maps in `ways` contiguous chunks at once, keeping order: folding and advising thousands of
    /// processes is independent work, and a second core halves it.
    ///
    /// `ways` is handed in (the adapters know the machine); small arrays are mapped in place.
    public func concurrentMap<T: Sendable>(ways: Int, minimumChunk: Int = 512, _ transform: @Sendable (Element) -> T) -> [T] {
        let total = count
        let chunks = Swift.min(ways, total / Swift.max(minimumChunk, 1))
        guard chunks > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            self.withUnsafeBufferPointer { source in
                nonisolated(unsafe) let input = source
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let lower = chunk * total / chunks
                    let upper = (chunk + 1) * total / chunks
                    for index in lower..<upper {
                        (base + index).initialize(to: transform(input[index]))
                    }
                }
            }
            initialized = total
        }
    }
}
