/// A set of case-folded token strings, each with a dense id, looked up straight from
/// a token's folded view units and hash without making a String.
///
/// Keys are stored as they appear in the folded view, so build them from text that
/// went through the same `Normalizer` (see `Tokenizer.keys(of:)`).
public struct TokenTable: Sendable {
    /// Key records: the key's length, then its units.
    private var storage: [UInt16] = []
    /// By id: the offset of the key's record in `storage`.
    private var offsets: [Int32] = []
    /// Open addressing over slots that hold what a probe needs (the hash, the record
    /// and the id), so that a lookup in a table too large for the caches reads one
    /// slot and, when the hash matches, one record.
    private var slots: [Slot] = Array(repeating: Slot(), count: 16)

    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var record: UInt32 = 0
        /// The id + 1; 0 for an empty slot.
        var idPlusOne: UInt32 = 0
    }

    public init() {}

    /// Number of distinct keys.
    public var count: Int { offsets.count }

    /// The key with id `id`.
    public func key(_ id: Int32) -> String {
        let o = Int(offsets[Int(id)])
        let range = o + 1 ..< o + 1 + Int(storage[o])
        return storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF16.self) }
    }

    /// Adds folded `units` if absent; returns its id.
    @discardableResult
    public mutating func insert<C: Collection>(_ units: C) -> Int32 where C.Element == UInt16 {
        Array(units).withUnsafeBufferPointer { insert(buffer: $0) }
    }

    /// Adds folded `units` if absent and returns its id, like `insert(_:)`, without
    /// copying `units` first: the gazetteer loader interns millions of tokens from
    /// reused buffers.
    @discardableResult
    public mutating func insert(buffer units: UnsafeBufferPointer<UInt16>) -> Int32 {
        precondition(units.count <= Int(UInt16.max), "a token-table key is at most 65535 units long")
        let h = Tokenizer.hash(units, 0 ..< units.count)
        if let id = find(units, hash: h) { return id }
        let id = Int32(offsets.count)
        offsets.append(Int32(storage.count))
        storage.append(UInt16(units.count))
        storage.append(contentsOf: units)
        if offsets.count * 2 > slots.count { rehash(slots.count * 2) }
        place(Slot(hash: h, record: UInt32(offsets[Int(id)]), idPlusOne: UInt32(id) + 1))
        return id
    }

    /// The id of the folded text of `token` in `text`, if present.
    @inline(__always)
    public func lookup(_ token: Token, in text: AnalyzedText) -> Int32? {
        text.normalized.folded.withUnsafeBufferPointer { f in
            find(UnsafeBufferPointer(rebasing: f[token.range]), hash: token.hash)
        }
    }

    /// The id of the folded units `key` whose `Tokenizer.hash` is `hash`, if present.
    @inline(__always)
    public func lookup(folded key: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Int32? {
        find(key, hash: hash)
    }

    @inline(__always)
    private func find(_ units: UnsafeBufferPointer<UInt16>, hash h: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { storage in
                let mask = slots.count - 1
                var i = Int(truncatingIfNeeded: h) & mask
                while true {
                    let slot = slots[i]
                    if slot.idPlusOne == 0 { return nil }
                    if slot.hash == h {
                        let o = Int(slot.record)
                        if Int(storage[o]) == units.count {
                            var same = true
                            for k in 0 ..< units.count where storage[o + 1 + k] != units[k] {
                                same = false
                                break
                            }
                            if same { return Int32(slot.idPlusOne - 1) }
                        }
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// Writes the table for `init(reading:)` (a compiled cache).
    public func write(to writer: inout BinaryWriter) {
        writer.write(array: storage)
        writer.write(array: offsets)
        writer.write(array: slots)
    }

    /// Reads a table `write(to:)` wrote, checking that its parts fit together: a damaged
    /// one is an error, never a lookup out of bounds.
    public init(reading reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        storage = try reader.readArray()
        offsets = try reader.readArray()
        slots = try reader.readArray()
        let storage = storage, offsets = offsets
        // A power of two at most half full, so that every probe meets an empty slot.
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0, offsets.count * 2 <= slots.count,
              offsets.allSatisfy({ Self.isRecord(Int($0), in: storage) }),
              slots.allSatisfy({ $0.idPlusOne == 0 || Int($0.idPlusOne) <= offsets.count && Self.isRecord(Int($0.record), in: storage) })
        else { throw BinaryReader.Damaged() }
    }

    private static func isRecord(_ o: Int, in storage: [UInt16]) -> Bool {
        o >= 0 && o < storage.count && o + 1 + Int(storage[o]) <= storage.count
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[i].idPlusOne != 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    private mutating func rehash(_ size: Int) {
        let old = slots
        slots = Array(repeating: Slot(), count: size)
        for slot in old where slot.idPlusOne != 0 { place(slot) }
    }
}

extension Tokenizer {
    /// The folded units of each token of `text`, as keys for a `TokenTable`.
    public func keys(of text: String) throws(ICUError) -> [[UInt16]] {
        let analyzed = try analyze(text)
        return analyzed.tokens.map { Array(analyzed.normalized.folded[$0.range]) }
    }
}
