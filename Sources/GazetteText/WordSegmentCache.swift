/// Remembers how ICU splits the words of ASCII text, so that a word seen before costs
/// a hash lookup instead of a pass of the break iterator.
///
/// In ASCII text every space and line break is a word boundary on both sides (UAX #29
/// WB3a, WB3b; WB3d only joins spaces to spaces, and ASCII has no Extend or Format
/// characters for WB4 to attach), and no rule looks across one. So the segments of a
/// chunk between white space do not depend on its context: ICU splits the chunk alone
/// exactly as it splits it in its text. The cache keeps each chunk's segments (lengths
/// and rule statuses); it is bounded and starts over when full. Each `Tokenizer` has
/// its own.
struct WordSegmentCache {
    /// Longest chunk kept (longer ones go to ICU every time).
    static let maxChunk = 48
    private static let maxEntries = 1 << 15

    private var slots = [Int32](repeating: -1, count: 1 << 16)
    private var hashes: [UInt64] = []
    /// Chunk units of entry `i`: `keys[keyStart[i] ..< keyStart[i + 1]]`.
    private var keys: [UInt16] = []
    private var keyStart: [Int32] = [0]
    /// Segments of entry `i`: `segments[segmentStart[i] ..< segmentStart[i + 1]]`, each
    /// `length << 32 | status`.
    private var segments: [UInt64] = []
    private var segmentStart: [Int32] = [0]
    /// Segments of the chunk being looked up, on a miss.
    private var scratch: [UInt64] = []

    /// Calls `body(start, end, ruleStatus)` for every word-break segment of the ASCII
    /// `text`, as `words.forEachSegment` would.
    mutating func forEachSegment(in text: UnsafeBufferPointer<UInt16>, words: BreakIterator,
                        _ body: (Int, Int, Int32) -> Void) throws(ICUError) {
        let n = text.count
        var k = 0
        defer { words.detach() }
        while k < n {
            let u = text[k]
            if u == 0x20 {
                var e = k + 1
                while e < n, text[e] == 0x20 { e += 1 }
                body(k, e, 0)
                k = e
                continue
            }
            if u == 0x0A {
                body(k, k + 1, 0)
                k += 1
                continue
            }
            var e = k
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            while e < n, text[e] != 0x20, text[e] != 0x0A {
                h = (h ^ UInt64(text[e])) &* 0x100_0000_01b3
                e += 1
            }
            let chunk = UnsafeBufferPointer(rebasing: text[k ..< e])
            if chunk.count > Self.maxChunk {
                try words.forEachSegment(in: chunk, detach: false) { s, t, status in body(k + s, k + t, status) }
            } else {
                let entry = try lookup(chunk, hash: h, words: words)
                var start = k
                segments.withUnsafeBufferPointer { segs in
                    for j in Int(segmentStart[entry]) ..< Int(segmentStart[entry + 1]) {
                        let end = start + Int(segs[j] >> 32)
                        body(start, end, Int32(truncatingIfNeeded: segs[j] & 0xFFFF_FFFF))
                        start = end
                    }
                }
            }
            k = e
        }
    }

    /// The entry of `chunk`, made with ICU if it is new.
    private mutating func lookup(_ chunk: UnsafeBufferPointer<UInt16>, hash h: UInt64, words: BreakIterator) throws(ICUError) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[i])
            if id < 0 { break }
            if hashes[id] == h, matches(id, chunk) { return id }
            i = (i + 1) & mask
        }
        if hashes.count >= Self.maxEntries {
            clear()
            return try lookup(chunk, hash: h, words: words)
        }
        scratch.removeAll(keepingCapacity: true)
        try words.forEachSegment(in: chunk, detach: false) { s, t, status in
            scratch.append(UInt64(t - s) << 32 | UInt64(UInt32(bitPattern: status)))
        }
        let id = hashes.count
        hashes.append(h)
        keys.append(contentsOf: chunk)
        keyStart.append(Int32(keys.count))
        segments.append(contentsOf: scratch)
        segmentStart.append(Int32(segments.count))
        slots[i] = Int32(id)
        return id
    }

    private func matches(_ id: Int, _ chunk: UnsafeBufferPointer<UInt16>) -> Bool {
        let start = Int(keyStart[id]), end = Int(keyStart[id + 1])
        guard end - start == chunk.count else { return false }
        return keys.withUnsafeBufferPointer { keys in
            for k in 0 ..< chunk.count where keys[start + k] != chunk[k] { return false }
            return true
        }
    }

    private mutating func clear() {
        for i in slots.indices { slots[i] = -1 }
        hashes.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        keyStart.removeAll(keepingCapacity: true)
        keyStart.append(0)
        segments.removeAll(keepingCapacity: true)
        segmentStart.removeAll(keepingCapacity: true)
        segmentStart.append(0)
    }
}
