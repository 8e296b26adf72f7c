/// The matching view of a text, with a map from every view position back to the original.
///
/// `units` is the text after NFKC, with typographic quotes and apostrophes folded to
/// ASCII, dashes to `-`, Unicode spaces to a space, line separators and CRLF to one
/// `\n`, and zero-width characters dropped. `folded` is `units` after simple case
/// folding, unit for unit. Each view unit came from some original code points (the
/// whole normalization segment it belongs to) and their UTF-8 bytes: see
/// `originalRange(_:)` and `utf8Range(_:)`.
public struct NormalizedText: Sendable {
    public internal(set) var units: [UInt16] = []
    public internal(set) var folded: [UInt16] = []
    /// Length of the original text in code points.
    public internal(set) var originalLength: Int = 0
    /// The offset map, run by run in view order (see `OffsetRun`).
    var runs: [OffsetRun] = []

    /// The original code-point range that view units `range` came from.
    @inline(__always)
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty, "an empty view range has no original extent")
        return origin(of: range.lowerBound).scalars.lowerBound ..< origin(of: range.upperBound - 1).scalars.upperBound
    }

    /// The original UTF-8 byte range that view units `range` came from.
    @inline(__always)
    public func utf8Range(_ range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty, "an empty view range has no original extent")
        return origin(of: range.lowerBound).bytes.lowerBound ..< origin(of: range.upperBound - 1).bytes.upperBound
    }

    /// `originalRange(range)` and `utf8Range(range)` at once.
    public func origin(_ range: Range<Int>) -> (scalars: Range<Int>, bytes: Range<Int>) {
        precondition(!range.isEmpty, "an empty view range has no original extent")
        let first = origin(of: range.lowerBound), last = origin(of: range.upperBound - 1)
        return (first.scalars.lowerBound ..< last.scalars.upperBound, first.bytes.lowerBound ..< last.bytes.upperBound)
    }

    /// The original code points and UTF-8 bytes view unit `unit` came from.
    func origin(of unit: Int) -> (scalars: Range<Int>, bytes: Range<Int>) {
        precondition(unit >= 0 && unit < units.count, "view unit \(unit) out of range")
        // The last run that starts at or before `unit`.
        var low = 0, high = runs.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if Int(runs[mid].view) <= unit { low = mid } else { high = mid }
        }
        let run = runs[low]
        if run.isLinear {
            let k = unit - Int(run.view)
            let scalar = Int(run.scalar) + k, byte = Int(run.byte) + k
            return (scalar ..< scalar + 1, byte ..< byte + 1)
        }
        return (Int(run.scalar) ..< Int(run.scalarEnd), Int(run.byte) ..< Int(run.byteEnd))
    }

    /// The view units `range` as a String.
    public func string(_ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { Self.string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The folded view units `range` as a String.
    public func foldedString(_ range: Range<Int>) -> String {
        folded.withUnsafeBufferPointer { Self.string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// UTF-16 units as a String; ASCII (most of news text) is copied byte for byte,
    /// skipping the standard library's general transcoding path.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        var ascii: UInt16 = 0
        for u in units { ascii |= u }
        guard ascii < 0x80 else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for k in 0 ..< units.count { bytes[k] = UInt8(truncatingIfNeeded: units[k]) }
            return units.count
        }
    }
}

/// A stretch of view units with one rule for where they came from: in a linear run
/// (ASCII copied as it is) unit `view + k` is code point `scalar + k` and byte
/// `byte + k`; in a segment run every unit came from the whole normalization segment,
/// code points `scalar ..< scalarEnd` and bytes `byte ..< byteEnd`. A run lasts until
/// the next one starts.
struct OffsetRun: Sendable, Equatable {
    var view: Int32
    var scalar: Int32
    var byte: Int32
    /// -1 in a linear run.
    var scalarEnd: Int32
    var byteEnd: Int32

    var isLinear: Bool { scalarEnd < 0 }
}
