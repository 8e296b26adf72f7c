/// The matching view of a text, with a map from every view position back to the original.
///
/// `units` is the text after NFKC, with typographic quotes and apostrophes folded to
/// ASCII, dashes to `-`, Unicode spaces to a space, line separators and CRLF to one
/// `\n`, and zero-width characters dropped. `folded` is `units` after simple case
/// folding, unit for unit. Unit `i` of the view came from the original code points
/// `originalStart[i] ..< originalEnd[i]` (the whole normalization segment it belongs
/// to), which are UTF-8 bytes `utf8Start[i] ..< utf8End[i]` of the original.
public struct NormalizedText: Sendable {
    public internal(set) var units: [UInt16] = []
    public internal(set) var folded: [UInt16] = []
    public internal(set) var originalStart: [Int32] = []
    public internal(set) var originalEnd: [Int32] = []
    public internal(set) var utf8Start: [Int32] = []
    public internal(set) var utf8End: [Int32] = []
    /// Length of the original text in code points.
    public internal(set) var originalLength: Int = 0

    /// The original code-point range that view units `range` came from.
    @inline(__always)
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty, "an empty view range has no original extent")
        return Int(originalStart[range.lowerBound]) ..< Int(originalEnd[range.upperBound - 1])
    }

    /// The original UTF-8 byte range that view units `range` came from.
    @inline(__always)
    public func utf8Range(_ range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty, "an empty view range has no original extent")
        return Int(utf8Start[range.lowerBound]) ..< Int(utf8End[range.upperBound - 1])
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
