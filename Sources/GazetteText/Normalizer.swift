import CICU

/// Builds the `NormalizedText` view of an original text (see there for the rules).
///
/// Work is done one normalization segment at a time: a code point that starts a
/// segment (ICU's `hasBoundaryBefore`) and the combining code points after it.
/// ASCII is copied without calling ICU. Every unit a segment yields maps back to
/// the whole segment, so any span of the view maps to whole original code points.
/// The ICU normalizer instance is immutable and owned by ICU, so sharing it is safe.
public struct Normalizer: @unchecked Sendable {
    private let nfkc: UnsafeRawPointer

    public init() throws(ICUError) {
        var status: gz_status = 0
        let n = gz_nfkc(&status)
        try ICUError.check(status, "unorm2_getNFKCInstance")
        guard let n else { throw ICUError(operation: "unorm2_getNFKCInstance", code: 1) }
        nfkc = n
    }

    /// Normalizes `text`, which must be valid UTF-8 (any Swift String is).
    public func normalize(_ text: String) -> NormalizedText {
        var text = text
        return text.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes valid UTF-8 bytes.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> NormalizedText {
        let n = bytes.count
        var out = ViewBuilder(capacity: n + 16)
        defer { out.deallocate() }
        var segment: [UInt16] = []
        var normalized = [UInt16](repeating: 0, count: 64)
        var i = 0
        var scalarIndex: Int32 = 0
        while i < n {
            let b = bytes[i]
            let nextIsASCII = i + 1 >= n || bytes[i + 1] < 0x80
            if b == 0x0D || (b < 0x80 && nextIsASCII) {
                if b == 0x0D {
                    // CR LF (or a lone CR) is one line break.
                    let length = (i + 1 < n && bytes[i + 1] == 0x0A) ? 2 : 1
                    out.append(0x0A, folded: 0x0A, scalars: scalarIndex ..< scalarIndex + Int32(length),
                               bytes: Int32(i) ..< Int32(i + length))
                    i += length
                    scalarIndex += Int32(length)
                    continue
                }
                // A run of ASCII, up to a CR or to the byte before a non-ASCII one (which
                // may combine with it), copied through the tables.
                let base = bytes.baseAddress!
                var end = i + 1
                while end + 1 < n, base[end] < 0x80, base[end] != 0x0D, base[end + 1] < 0x80 { end += 1 }
                if end + 1 == n, base[end] < 0x80, base[end] != 0x0D { end += 1 }
                out.appendASCII(bytes, i ..< end, scalarStart: scalarIndex)
                scalarIndex += Int32(end - i)
                i = end
                continue
            }
            // A segment: one code point and the following ones that combine with it.
            let segmentStart = i
            let segmentScalarStart = scalarIndex
            segment.removeAll(keepingCapacity: true)
            var (c, length) = Self.decode(bytes, at: i)
            var allSimple = true
            while true {
                if c >= 0x80 { allSimple = false }
                Self.appendUTF16(c, to: &segment)
                i += length
                scalarIndex += 1
                if i >= n || bytes[i] < 0x80 { break }
                (c, length) = Self.decode(bytes, at: i)
                if gz_norm_has_boundary_before(nfkc, Int32(bitPattern: c)) != 0 { break }
            }
            let scalars = segmentScalarStart ..< scalarIndex
            let byteRange = Int32(segmentStart) ..< Int32(i)
            if allSimple {
                // Only possible for a lone ASCII code point before a non-ASCII one.
                let unit = Self.foldASCII(UInt8(segment[0]))
                let lower = (unit >= 0x41 && unit <= 0x5A) ? unit | 0x20 : unit
                out.append(UInt16(unit), folded: UInt16(lower), scalars: scalars, bytes: byteRange)
                continue
            }
            var produced = 0
            if segment.count == 1, let range = Self.singles.range(of: segment[0]) {
                // A common code point alone: its NFKC form is in the table.
                for k in range { normalized[k - range.lowerBound] = Self.singles.units[k] }
                produced = range.count
            } else {
                produced = normalizeWithICU(segment, into: &normalized)
            }
            var k = 0
            while k < produced {
                var cp = UInt32(normalized[k])
                k += 1
                if cp & 0xFC00 == 0xD800, k < produced, normalized[k] & 0xFC00 == 0xDC00 {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (UInt32(normalized[k]) - 0xDC00)
                    k += 1
                }
                guard let mapped = Self.fold(cp) else { continue }
                let f = UnicodeProperties.fold(mapped)
                let caseFolded = (f > 0xFFFF) == (mapped > 0xFFFF) ? f : mapped
                if mapped > 0xFFFF {
                    let (h1, l1) = Self.surrogates(mapped)
                    let (h2, l2) = Self.surrogates(caseFolded)
                    out.append(h1, folded: h2, scalars: scalars, bytes: byteRange)
                    out.append(l1, folded: l2, scalars: scalars, bytes: byteRange)
                } else {
                    out.append(UInt16(mapped), folded: UInt16(caseFolded), scalars: scalars, bytes: byteRange)
                }
            }
        }
        return out.build(originalLength: Int(scalarIndex))
    }

    /// NFKC of one segment by ICU into `normalized` (grown when too small); the unit count.
    private func normalizeWithICU(_ segment: [UInt16], into normalized: inout [UInt16]) -> Int {
        while true {
            var status: gz_status = 0
            let produced = Int(segment.withUnsafeBufferPointer { src in
                normalized.withUnsafeMutableBufferPointer { dst in
                    gz_normalize(nfkc, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
                }
            })
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ || produced > normalized.count {
                normalized = [UInt16](repeating: 0, count: max(produced, normalized.count * 2))
                continue
            }
            if status > 0 {
                // ICU refused (it should not for valid text): keep the segment as it is.
                normalized.replaceSubrange(0 ..< segment.count, with: segment)
                return segment.count
            }
            return produced
        }
    }

    /// The NFKC forms of the code points news text uses most outside ASCII (Latin,
    /// Cyrillic, general punctuation and currency signs), each computed by ICU once, so
    /// that a lone one costs a table read instead of an ICU call.
    static let singles = SingleCodePoints(ranges: [0x80 ..< 0x300, 0x400 ..< 0x530, 0x2000 ..< 0x20D0])

    /// A table of the NFKC forms of single code points.
    struct SingleCodePoints: @unchecked Sendable {
        private let ranges: [Range<UInt16>]
        /// By code point, per range in turn: the offset of its form in `units` and its length.
        private let entries: [(offset: Int32, length: Int32)]
        let units: [UInt16]

        init(ranges: [Range<UInt16>]) {
            var entries: [(offset: Int32, length: Int32)] = []
            var units: [UInt16] = []
            var buffer = [UInt16](repeating: 0, count: 32)
            var status: gz_status = 0
            let nfkc = gz_nfkc(&status)
            for range in ranges {
                for c in range {
                    var produced: Int32 = -1
                    if let nfkc, status <= 0 {
                        var source = c
                        var callStatus: gz_status = 0
                        produced = buffer.withUnsafeMutableBufferPointer { dst in
                            gz_normalize(nfkc, &source, 1, dst.baseAddress, Int32(dst.count), &callStatus)
                        }
                        if callStatus > 0 || produced > Int32(buffer.count) { produced = -1 }
                    }
                    // A code point ICU could not normalize here goes to ICU at run time.
                    entries.append((Int32(units.count), produced))
                    if produced > 0 { units.append(contentsOf: buffer[0 ..< Int(produced)]) }
                }
            }
            self.ranges = ranges
            self.entries = entries
            self.units = units
        }

        /// The range of `units` holding the NFKC form of `c`, when the table has it.
        @inline(__always)
        func range(of c: UInt16) -> Range<Int>? {
            var base = 0
            for r in ranges {
                if r.contains(c) {
                    let e = entries[base + Int(c - r.lowerBound)]
                    return e.length < 0 ? nil : Int(e.offset) ..< Int(e.offset + e.length)
                }
                base += r.count
            }
            return nil
        }
    }

    /// The view form of each ASCII byte (tab -> space, VT and FF -> line break, ` -> ').
    static let asciiView: [UInt8] = (0 ..< 128).map { foldASCII(UInt8($0)) }
    /// The case-folded form of each ASCII byte.
    static let asciiFolded: [UInt8] = (0 ..< 128).map { $0 >= 0x41 && $0 <= 0x5A ? UInt8($0) | 0x20 : UInt8($0) }

    /// ASCII folding: tab, vertical tab and form feed.
    @inline(__always)
    private static func foldASCII(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x09: return 0x20
        case 0x0B, 0x0C: return 0x0A
        case 0x60: return 0x27 // ` is an opening single quote in much news text
        default: return b
        }
    }

    /// The matching-view form of a code point after NFKC, or nil to drop it.
    @inline(__always)
    static func fold(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x00B4, 0x02BC, 0x02BB, 0xFF07:
            return 0x27 // '
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02:
            return 0x22 // "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B:
            return 0x2D // -
        case 0x00A0, 0x1680, 0x2000 ... 0x200A, 0x202F, 0x205F, 0x3000, 0x0009:
            return 0x20
        case 0x0085, 0x2028, 0x2029, 0x000B, 0x000C:
            return 0x0A
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E:
            return nil
        case 0x60:
            return 0x27
        default:
            return c
        }
    }

    @inline(__always)
    private static func surrogates(_ c: UInt32) -> (UInt16, UInt16) {
        let v = c - 0x10000
        return (UInt16(0xD800 + (v >> 10)), UInt16(0xDC00 + (v & 0x3FF)))
    }

    @inline(__always)
    private static func appendUTF16(_ c: UInt32, to buffer: inout [UInt16]) {
        if c > 0xFFFF {
            let (h, l) = surrogates(c)
            buffer.append(h)
            buffer.append(l)
        } else {
            buffer.append(UInt16(c))
        }
    }

    /// Decodes the code point at `i` of valid UTF-8.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F), 4)
    }
}

/// The growing arrays of a `NormalizedText`, written through pointers: the
/// normalizer appends six values per view unit, and array appends (with their
/// uniqueness checks) cost more than the rest of its work.
private struct ViewBuilder {
    private var capacity: Int
    private var count = 0
    private var units: UnsafeMutablePointer<UInt16>
    private var folded: UnsafeMutablePointer<UInt16>
    private var runs: [OffsetRun] = []

    init(capacity: Int) {
        self.capacity = capacity
        units = .allocate(capacity: capacity)
        folded = .allocate(capacity: capacity)
        runs.reserveCapacity(8)
    }

    func deallocate() {
        units.deallocate()
        folded.deallocate()
    }

    /// Notes that the next unit is code point `scalar`, byte `byte`, one for one:
    /// the current linear run goes on, or a new one starts.
    @inline(__always)
    private mutating func linear(scalar: Int32, byte: Int32) {
        if let last = runs.last, last.isLinear {
            let k = Int32(count) - last.view
            if last.scalar + k == scalar, last.byte + k == byte { return }
        }
        runs.append(OffsetRun(view: Int32(count), scalar: scalar, byte: byte, scalarEnd: -1, byteEnd: -1))
    }

    /// Appends ASCII bytes, one unit and one code point each, folded by `Normalizer.asciiView`.
    mutating func appendASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalarStart: Int32) {
        while count + range.count > capacity { grow() }
        guard !range.isEmpty else { return }
        linear(scalar: scalarStart, byte: Int32(truncatingIfNeeded: range.lowerBound))
        Normalizer.asciiView.withUnsafeBufferPointer { view in
            Normalizer.asciiFolded.withUnsafeBufferPointer { lower in
                var k = count
                let base = bytes.baseAddress!
                for b in range.lowerBound ..< range.upperBound {
                    let unit = view[Int(base[b])]
                    units[k] = UInt16(unit)
                    folded[k] = UInt16(lower[Int(unit)])
                    k &+= 1
                }
                count = k
            }
        }
    }

    @inline(__always)
    mutating func append(_ unit: UInt16, folded f: UInt16, scalars: Range<Int32>, bytes: Range<Int32>) {
        if count == capacity { grow() }
        if scalars.count == 1, bytes.count == 1 {
            linear(scalar: scalars.lowerBound, byte: bytes.lowerBound)
        } else if let last = runs.last, !last.isLinear, last.scalar == scalars.lowerBound, last.byte == bytes.lowerBound {
            // Another unit of the same segment.
        } else {
            runs.append(OffsetRun(view: Int32(count), scalar: scalars.lowerBound, byte: bytes.lowerBound,
                                  scalarEnd: scalars.upperBound, byteEnd: bytes.upperBound))
        }
        units[count] = unit
        folded[count] = f
        count += 1
    }

    private mutating func grow() {
        func moved<T>(_ p: UnsafeMutablePointer<T>, _ newCapacity: Int) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            q.moveInitialize(from: p, count: count)
            p.deallocate()
            return q
        }
        let c = capacity * 2
        units = moved(units, c)
        folded = moved(folded, c)
        capacity = c
    }

    func build(originalLength: Int) -> NormalizedText {
        var text = NormalizedText()
        text.units = Array(UnsafeBufferPointer(start: units, count: count))
        text.folded = Array(UnsafeBufferPointer(start: folded, count: count))
        text.runs = runs
        text.originalLength = originalLength
        return text
    }
}
