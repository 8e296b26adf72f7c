/// A set of case-folded token strings, each with a dense id, looked up straight from
/// a token's folded view units and hash without making a String.
///
/// Keys are stored as they appear in the folded view, so build them from text that
/// went through the same `Normalizer` (see `Tokenizer.keys(of:)`).
public struct TokenTable: Sendable {
    private var storage: [UInt16] = []
    private var offsets: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: each slot is the high half of a key's hash and its id + 1 (0:
    /// empty), so a probe that does not match costs no access to the other arrays (the
    /// table of a large gazetteer does not fit in the caches).
    private var slots: [UInt64] = Array(repeating: 0, count: 16)

    public init() {}

    /// Number of distinct keys.
    public var count: Int { hashes.count }

    /// The key with id `id`.
    public func key(_ id: Int32) -> String {
        let range = Int(offsets[Int(id)]) ..< Int(offsets[Int(id) + 1])
        return storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF16.self) }
    }

    /// Adds folded `units` if absent; returns its id.
    @discardableResult
    public mutating func insert<C: Collection>(_ units: C) -> Int32 where C.Element == UInt16 {
        let array = Array(units)
        let h = array.withUnsafeBufferPointer { Tokenizer.hash($0, 0 ..< $0.count) }
        if let id = array.withUnsafeBufferPointer({ find($0, hash: h) }) { return id }
        let id = Int32(hashes.count)
        storage.append(contentsOf: array)
        offsets.append(Int32(storage.count))
        hashes.append(h)
        if hashes.count * 2 > slots.count { rehash(slots.count * 2) } else { place(id, hash: h) }
        return id
    }

    /// The id of the folded text of `token` in `text`, if present.
    @inline(__always)
    public func lookup(_ token: Token, in text: AnalyzedText) -> Int32? {
        text.normalized.folded.withUnsafeBufferPointer { f in
            find(UnsafeBufferPointer(rebasing: f[token.range]), hash: token.hash)
        }
    }

    @inline(__always)
    private func find(_ units: UnsafeBufferPointer<UInt16>, hash h: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let tag = h >> 32
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if slot >> 32 == tag {
                    let id = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if equals(id, units) { return id }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether key `id` is exactly `units`.
    @inline(__always)
    private func equals(_ id: Int32, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        offsets.withUnsafeBufferPointer { offsets in
            let start = Int(offsets[Int(id)]), end = Int(offsets[Int(id) + 1])
            guard end - start == units.count else { return false }
            return storage.withUnsafeBufferPointer { storage in
                for k in 0 ..< units.count where storage[start + k] != units[k] { return false }
                return true
            }
        }
    }

    private mutating func place(_ id: Int32, hash h: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = (h >> 32) << 32 | UInt64(UInt32(id) + 1)
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        for id in 0 ..< hashes.count { place(Int32(id), hash: hashes[id]) }
    }
}

extension Tokenizer {
    /// The folded units of each token of `text`, as keys for a `TokenTable`.
    public func keys(of text: String) throws(ICUError) -> [[UInt16]] {
        let analyzed = try analyze(text)
        return analyzed.tokens.map { Array(analyzed.normalized.folded[$0.range]) }
    }
}
