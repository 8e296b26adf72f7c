/// Remembers the tokens of the ASCII chunks (the text between white space) already
/// seen, so that a word seen before costs a hash lookup instead of a pass of the word
/// breaker and the token rules.
///
/// In ASCII text every space and line break is a word boundary on both sides (UAX #29
/// WB3a, WB3b; WB3d only joins spaces to spaces, and ASCII has no Extend or Format
/// characters for WB4 to attach), and no rule looks across one. So a chunk splits
/// alone exactly as it splits it in its text, and the token rules (possessive split,
/// period merge, shape, hash) look no further than the chunk either: its tokens, with
/// offsets from its start, do not depend on its context. Only the layout flags of its
/// first token and the line do, and `Tokenizer` sets those. The cache is bounded and
/// starts over when full. Each `Tokenizer` has its own.
///
/// Each token's id in each of the tokenizer's vocabularies (`TokenTable`s of the
/// recognizers) is kept with it: a large table's lookup misses the CPU caches, and a
/// word seen before then costs none.
struct ChunkTokenCache {
    /// Longest chunk kept (longer ones are segmented every time).
    static let maxChunk = 48
    private static let maxEntries = 1 << 15
    /// Bits of a slot that hold a record's offset + 1; the others hold a tag, bits of the
    /// chunk's hash above those that choose the slot.
    private static let offsetBits: UInt32 = 20
    /// The arena's words, at most (the offset + 1 of a record must fit its bits).
    private static let maxArena = 1 << offsetBits - 1

    /// Open addressing: a tag and a record's offset + 1 (0: empty). Four bytes a slot,
    /// so that the table keeps to the CPU's near caches.
    private var slots = [UInt32](repeating: 0, count: 1 << 16)
    private var count = 0
    /// Records, each in one place so that a hit reads one slot and one record: the
    /// chunk's length and token count; its units, four to a word; then two
    /// words a token: the hash, and start, end, kind and shape (see `CachedTokens`); then
    /// the tokens' ids in `vocabularies`, token by token, two to a word.
    private var arena: [UInt64] = []
    /// The tables whose ids the records carry.
    let vocabularies: [TokenTable]

    init(vocabularies: [TokenTable] = []) {
        self.vocabularies = vocabularies
    }

    /// Calls `space(start, end)` for each run of white space (spaces, or one line break)
    /// and `chunk(start, end, tokens)` for each chunk of the ASCII `units`, with its tokens
    /// relative to `start`; chunks too long to keep give nil and are the caller's to split.
    mutating func forEachChunk(in units: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>,
                               space: (Int, Int) -> Void,
                               chunk: (Int, Int, CachedTokens?) -> Void) {
        let n = units.count
        var k = 0
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
                chunk(k, e, nil)
            } else {
                let record = lookup(UnsafeBufferPointer(rebasing: units[k ..< e]),
                                    folded: UnsafeBufferPointer(rebasing: folded[k ..< e]), hash: h)
                let v = vocabularies.count
                arena.withUnsafeBufferPointer { arena in
                    let tokenCount = Int(arena[record] >> 32)
                    let first = record + 1 + (e - k + 3) / 4
                    let idWords = first + 2 * tokenCount
                    chunk(k, e, CachedTokens(words: UnsafeBufferPointer(rebasing: arena[first ..< idWords]),
                                             ids: UnsafeBufferPointer(rebasing: arena[idWords ..< idWords + (tokenCount * v + 1) / 2]),
                                             vocabularies: v))
                }
            }
            k = e
        }
    }

    /// The record of `chunk`, tokenized if it is new.
    private mutating func lookup(_ chunk: UnsafeBufferPointer<UInt16>, folded: UnsafeBufferPointer<UInt16>,
                                 hash h: UInt64) -> Int {
        let mask = slots.count - 1
        let tag = UInt32(truncatingIfNeeded: h >> 32) >> Self.offsetBits
        var i = Int(truncatingIfNeeded: h) & mask
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[i]
                    if slot == 0 { return nil }
                    if slot >> Self.offsetBits == tag {
                        let record = Int(slot & (1 << Self.offsetBits - 1)) - 1
                        if Self.matches(arena, record, chunk) { return record }
                    }
                    i = (i + 1) & mask
                }
            }
        }
        if let found { return found }
        // The largest record: header, units, tokens (at most one a unit) and ids.
        let maxRecord = 1 + (Self.maxChunk + 3) / 4 + 2 * Self.maxChunk + (Self.maxChunk * vocabularies.count + 1) / 2
        if count >= Self.maxEntries || arena.count + maxRecord > Self.maxArena {
            clear()
            return lookup(chunk, folded: folded, hash: h)
        }
        var sink = Tokenizer.TokenSink(units: chunk, folded: folded, pendingSpace: false, pendingNewlines: 0)
        ASCIIWordBreaks.forEachSegment(in: chunk, 0 ..< chunk.count) { sink.add($0, $1, $2) }
        let record = arena.count
        arena.append(UInt64(chunk.count) | UInt64(sink.tokens.count) << 32)
        var k = 0
        while k < chunk.count {
            var word: UInt64 = 0
            for lane in 0 ..< 4 where k + lane < chunk.count { word |= UInt64(chunk[k + lane]) << (16 * UInt64(lane)) }
            arena.append(word)
            k += 4
        }
        for t in sink.tokens {
            arena.append(t.hash)
            arena.append(UInt64(UInt8(t.start)) | UInt64(UInt8(t.end)) << 8 | UInt64(t.kind.rawValue) << 16
                | UInt64(t.shape.rawValue) << 24)
        }
        // Token by token, the ids in each vocabulary, two to a word in memory order (so
        // that `CachedTokens.copyIDs` copies them as they are).
        var first: UInt32?
        for t in sink.tokens {
            let key = UnsafeBufferPointer(rebasing: folded[t.range])
            for table in vocabularies {
                let id = UInt32(bitPattern: table.lookup(folded: key, hash: t.hash) ?? -1)
                if let a = first {
                    arena.append(Self.pair(a, id))
                    first = nil
                } else {
                    first = id
                }
            }
        }
        if let a = first { arena.append(Self.pair(a, UInt32.max)) }
        slots[i] = tag << Self.offsetBits | UInt32(record + 1)
        count += 1
        return record
    }

    /// The word that holds `a`, then `b`, in memory order.
    @inline(__always)
    private static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 {
        #if _endian(little)
        UInt64(a) | UInt64(b) << 32
        #else
        UInt64(a) << 32 | UInt64(b)
        #endif
    }

    /// Whether the record's units are `chunk`'s: the words compared whole where the
    /// chunk has four units to a word (on little-endian the arena holds the units in
    /// their memory order), the last one lane by lane.
    @inline(__always)
    private static func matches(_ arena: UnsafeBufferPointer<UInt64>, _ record: Int, _ chunk: UnsafeBufferPointer<UInt16>) -> Bool {
        let n = chunk.count
        guard Int(arena[record] & 0xFFFF_FFFF) == n else { return false }
        var k = 0, w = record + 1
        #if _endian(little)
        let raw = UnsafeRawPointer(chunk.baseAddress!)
        while k + 4 <= n {
            if arena[w] != raw.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self) { return false }
            k += 4
            w += 1
        }
        #endif
        while k < n {
            var word: UInt64 = 0
            for lane in 0 ..< 4 where k + lane < n { word |= UInt64(chunk[k + lane]) << (16 * UInt64(lane)) }
            if arena[w] != word { return false }
            k += 4
            w += 1
        }
        return true
    }

    private mutating func clear() {
        for i in slots.indices { slots[i] = 0 }
        arena.removeAll(keepingCapacity: true)
        count = 0
    }
}

/// The tokens of a cached chunk: offsets from its start, no flags, line 0; and their
/// vocabulary ids.
struct CachedTokens {
    let words: UnsafeBufferPointer<UInt64>
    let ids: UnsafeBufferPointer<UInt64>
    let vocabularies: Int

    /// Copies every token's ids (-1: absent) to `target`, token by token: the id of token
    /// `i` in vocabulary `v` goes to `target[i * vocabularies + v]`.
    func copyIDs(to target: UnsafeMutablePointer<Int32>) {
        let m = count * vocabularies
        guard m > 0, let source = ids.baseAddress else { return }
        UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: 4 * m)
    }

    var count: Int { words.count / 2 }

    /// Token `i`, moved to the chunk's place: its offsets plus `offset`, on `line`, with
    /// `flags`.
    @inline(__always)
    func token(_ i: Int, offset: Int32, line: Int32, flags: TokenFlags) -> Token {
        let packed = words[2 * i + 1]
        return Token(start: offset + Int32(packed & 0xFF), end: offset + Int32(packed >> 8 & 0xFF),
                     // Written from a kind and a shape by `ChunkTokenCache.lookup`.
                     kind: unsafeBitCast(UInt8(truncatingIfNeeded: packed >> 16), to: TokenKind.self),
                     shape: unsafeBitCast(UInt8(truncatingIfNeeded: packed >> 24), to: TokenShape.self),
                     flags: flags, sentence: 0, position: 0, line: line, hash: words[2 * i])
    }
}
