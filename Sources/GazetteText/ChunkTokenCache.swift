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
    /// Records, in 16-bit units, each in one place and small so that a hit reads one
    /// slot and little memory: the chunk's length and token count; its units; then six
    /// units a token: start and end, kind and shape, and the hash in memory order (see
    /// `CachedTokens`); then the tokens' ids in `vocabularies`, token by token, two units an id (in memory order).
    private var arena: [UInt16] = []
    /// The tables whose ids the records carry.
    let vocabularies: [TokenTable]
    /// The tokens of the chunk being added, kept between chunks for its capacity.
    private var scratch: [Token] = []

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
                    let tokenCount = Int(arena[record + 1])
                    let first = record + 2 + (e - k)
                    let ids = first + 6 * tokenCount
                    chunk(k, e, CachedTokens(tokens: UnsafeBufferPointer(rebasing: arena[first ..< ids]),
                                             ids: UnsafeRawPointer(arena.baseAddress! + ids), vocabularies: v))
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
        let maxRecord = 2 + Self.maxChunk + 6 * Self.maxChunk + 2 * Self.maxChunk * vocabularies.count
        if count >= Self.maxEntries || arena.count + maxRecord > Self.maxArena {
            clear()
            return lookup(chunk, folded: folded, hash: h)
        }
        var tokens: [Token] = []
        swap(&tokens, &scratch)
        var sink = Tokenizer.TokenSink(units: chunk, folded: folded, tokens: consume tokens, pendingSpace: false, pendingNewlines: 0)
        defer {
            sink.tokens.removeAll(keepingCapacity: true)
            swap(&scratch, &sink.tokens)
        }
        ASCIIWordBreaks.forEachSegment(in: chunk, 0 ..< chunk.count) { sink.add($0, $1, $2) }
        let record = arena.count
        arena.append(UInt16(chunk.count))
        arena.append(UInt16(sink.tokens.count))
        arena.append(contentsOf: chunk)
        for t in sink.tokens {
            arena.append(UInt16(UInt8(t.start)) | UInt16(UInt8(t.end)) << 8)
            arena.append(UInt16(t.kind.rawValue) | UInt16(t.shape.rawValue) << 8)
            withUnsafeBytes(of: t.hash) { arena.append(contentsOf: $0.bindMemory(to: UInt16.self)) }
        }
        // Token by token, the ids in each vocabulary, in memory order (so that
        // `CachedTokens.copyIDs` copies them as they are).
        for t in sink.tokens {
            let key = UnsafeBufferPointer(rebasing: folded[t.range])
            for table in vocabularies {
                let id = table.lookup(folded: key, hash: t.hash) ?? -1
                withUnsafeBytes(of: id) { id in
                    arena.append(id.load(as: UInt16.self))
                    arena.append(id.load(fromByteOffset: 2, as: UInt16.self))
                }
            }
        }
        slots[i] = tag << Self.offsetBits | UInt32(record + 1)
        count += 1
        return record
    }

    /// Whether the record's units are `chunk`'s (compared four at a time).
    @inline(__always)
    private static func matches(_ arena: UnsafeBufferPointer<UInt16>, _ record: Int, _ chunk: UnsafeBufferPointer<UInt16>) -> Bool {
        let n = chunk.count
        guard Int(arena[record]) == n else { return false }
        let kept = UnsafeRawPointer(arena.baseAddress! + record + 2)
        let seen = UnsafeRawPointer(chunk.baseAddress!)
        var k = 0
        while k + 4 <= n {
            if kept.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self) != seen.loadUnaligned(fromByteOffset: 2 * k, as: UInt64.self) {
                return false
            }
            k += 4
        }
        while k < n {
            if arena[record + 2 + k] != chunk[k] { return false }
            k += 1
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
    /// Six units a token: start | end << 8, kind | shape << 8, the hash (in memory order).
    let tokens: UnsafeBufferPointer<UInt16>
    /// `count * vocabularies` ids (Int32, not necessarily aligned).
    let ids: UnsafeRawPointer
    let vocabularies: Int

    /// Copies every token's ids (-1: absent) to `target`, token by token: the id of token
    /// `i` in vocabulary `v` goes to `target[i * vocabularies + v]`.
    func copyIDs(to target: UnsafeMutablePointer<Int32>) {
        let m = count * vocabularies
        guard m > 0 else { return }
        UnsafeMutableRawPointer(target).copyMemory(from: ids, byteCount: 4 * m)
    }

    var count: Int { tokens.count / 6 }

    /// Token `i`, moved to the chunk's place: its offsets plus `offset`, on `line`, with
    /// `flags`.
    @inline(__always)
    func token(_ i: Int, offset: Int32, line: Int32, flags: TokenFlags) -> Token {
        let position = tokens[6 * i], form = tokens[6 * i + 1]
        let start = offset + Int32(position & 0xFF), end = offset + Int32(position >> 8)
        return Token(start: start, end: end,
                     // Written from a kind and a shape by `ChunkTokenCache.lookup`.
                     kind: unsafeBitCast(UInt8(truncatingIfNeeded: form), to: TokenKind.self),
                     shape: unsafeBitCast(UInt8(truncatingIfNeeded: form >> 8), to: TokenShape.self),
                     flags: flags, sentence: 0, position: 0, line: line,
                     hash: UnsafeRawPointer(tokens.baseAddress! + 6 * i + 2).loadUnaligned(as: UInt64.self))
    }
}
