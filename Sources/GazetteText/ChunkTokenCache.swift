/// Remembers the tokens of the ASCII chunks (the text between white space) already
/// seen, so that a word seen before costs a hash lookup instead of a pass of the ICU
/// word iterator and the token rules.
///
/// In ASCII text every space and line break is a word boundary on both sides (UAX #29
/// WB3a, WB3b; WB3d only joins spaces to spaces, and ASCII has no Extend or Format
/// characters for WB4 to attach), and no rule looks across one. So ICU splits a chunk
/// alone exactly as it splits it in its text, and the token rules (possessive split,
/// period merge, shape, hash) look no further than the chunk either: its tokens, with
/// offsets from its start, do not depend on its context. Only the layout flags of its
/// first token and the line do, and `Tokenizer` sets those. The cache is bounded and
/// starts over when full. Each `Tokenizer` has its own.
struct ChunkTokenCache {
    /// Longest chunk kept (longer ones go to ICU every time).
    static let maxChunk = 48
    private static let maxEntries = 1 << 15

    private var slots = [Int32](repeating: -1, count: 1 << 16)
    private var hashes: [UInt64] = []
    /// Chunk units of entry `i`: `keys[keyStart[i] ..< keyStart[i + 1]]`.
    private var keys: [UInt16] = []
    private var keyStart: [Int32] = [0]
    /// Tokens of entry `i`: `tokens[tokenStart[i] ..< tokenStart[i + 1]]`, offsets from the
    /// chunk's start, no flags, line 0.
    private var tokens: [Token] = []
    private var tokenStart: [Int32] = [0]

    /// Calls `space(start, end)` for each run of white space (spaces, or one line break)
    /// and `chunk(start, tokens)` for each chunk of the ASCII `units`, with its tokens
    /// relative to `start`; chunks too long to keep give nil and are the caller's to split.
    mutating func forEachChunk(in units: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>,
                               words: BreakIterator,
                               space: (Int, Int) -> Void,
                               chunk: (Int, Int, UnsafeBufferPointer<Token>?) throws(ICUError) -> Void) throws(ICUError) {
        let n = units.count
        var k = 0
        defer { words.detach() }
        while k < n {
            let u = units[k]
            if u == 0x20 {
                var e = k + 1
                while e < n, units[e] == 0x20 { e += 1 }
                space(k, e)
                k = e
                continue
            }
            if u == 0x0A {
                space(k, k + 1)
                k += 1
                continue
            }
            var e = k
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            while e < n, units[e] != 0x20, units[e] != 0x0A {
                h = (h ^ UInt64(units[e])) &* 0x100_0000_01b3
                e += 1
            }
            if e - k > Self.maxChunk {
                try chunk(k, e, nil)
            } else {
                let entry = try lookup(UnsafeBufferPointer(rebasing: units[k ..< e]),
                                       folded: UnsafeBufferPointer(rebasing: folded[k ..< e]), hash: h, words: words)
                try tokens.withUnsafeBufferPointer { (all) throws(ICUError) in
                    try chunk(k, e, UnsafeBufferPointer(rebasing: all[Int(tokenStart[entry]) ..< Int(tokenStart[entry + 1])]))
                }
            }
            k = e
        }
    }

    /// The entry of `chunk`, tokenized with ICU if it is new.
    private mutating func lookup(_ chunk: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>, hash h: UInt64,
                                 words: BreakIterator) throws(ICUError) -> Int {
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
            return try lookup(chunk, folded: folded, hash: h, words: words)
        }
        var sink = Tokenizer.TokenSink(units: chunk, folded: folded, pendingSpace: false, pendingNewlines: 0)
        try words.forEachSegment(in: chunk, detach: false) { sink.add($0, $1, $2) }
        let id = hashes.count
        hashes.append(h)
        keys.append(contentsOf: chunk)
        keyStart.append(Int32(keys.count))
        tokens.append(contentsOf: sink.tokens)
        tokenStart.append(Int32(tokens.count))
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
        tokens.removeAll(keepingCapacity: true)
        tokenStart.removeAll(keepingCapacity: true)
        tokenStart.append(0)
    }
}
