/// Appends compact JSON to a byte buffer, escaping strings as RFC 8259 requires.
///
/// Output is deterministic: objects are written in the order given. The buffer is
/// a plain allocation, so appending is a capacity check and a copy; copies of a
/// writer share it (each writer has one owner in practice: write, then take `bytes`).
public struct JSONWriter {
    /// The allocation the writer appends to.
    private final class Buffer {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        deinit { base.deallocate() }

        /// Makes room for `n` more bytes.
        @inline(__always)
        func reserve(_ n: Int) {
            if capacity - count >= n { return }
            let grown = max(capacity * 2, count + n)
            let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            new.update(from: base, count: count)
            base.deallocate()
            base = new
            capacity = grown
        }
    }

    private let buffer: Buffer

    public init(capacity: Int = 1024) { buffer = Buffer(capacity: max(capacity, 16)) }

    /// What has been written.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer.base, count: buffer.count)) }

    @inline(__always)
    private func reserve(_ n: Int) { buffer.reserve(n) }

    @inline(__always)
    private func append(_ b: UInt8) {
        let buffer = buffer
        buffer.reserve(1)
        buffer.base[buffer.count] = b
        buffer.count += 1
    }

    @inline(__always)
    private func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress else { return }
        let buffer = buffer
        buffer.reserve(source.count)
        (buffer.base + buffer.count).update(from: from, count: source.count)
        buffer.count += source.count
    }

    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    public mutating func int(_ v: Int) { writeInt(v) }

    /// `v` in decimal: the digit count found by comparison, the digits written from
    /// the last, two at a time.
    @inline(__always)
    private func writeInt(_ v: Int) {
        let buffer = buffer
        buffer.reserve(20)
        if v < 0 {
            buffer.base[buffer.count] = 0x2D
            buffer.count += 1
        }
        var n = v.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20 && n >= power {
            digits += 1
            power &*= 10
        }
        var k = buffer.count + digits
        buffer.count = k
        Self.digitPairs.withUnsafeBufferPointer { pairs in
            while n >= 100 {
                let pair = Int(n % 100) &* 2
                n /= 100
                k -= 2
                buffer.base[k] = pairs[pair]
                buffer.base[k + 1] = pairs[pair + 1]
            }
            if n >= 10 {
                buffer.base[k - 2] = pairs[Int(n) &* 2]
                buffer.base[k - 1] = pairs[Int(n) &* 2 + 1]
            } else {
                buffer.base[k - 1] = UInt8(truncatingIfNeeded: n) + 0x30
            }
        }
    }

    /// "00", "01", ... "99".
    private static let digitPairs: [UInt8] = (0 ..< 100).flatMap { (n: Int) -> [UInt8] in
        [UInt8(truncatingIfNeeded: 0x30 + n / 10), UInt8(truncatingIfNeeded: 0x30 + n % 10)]
    }

    /// A JSON string.
    public mutating func string(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { string(utf8: $0) }
        if done == nil {
            var s = s
            s.withUTF8 { string(utf8: $0) }
        }
    }

    /// `key` as it is (such as `,"value":`), then `value` as a JSON string: one call
    /// for what callers in other modules would otherwise make two.
    public mutating func member(_ key: StaticString, _ value: String) {
        raw(key)
        string(value)
    }

    /// `key` as it is (such as `,"start":`), then `value`.
    public mutating func member(_ key: StaticString, _ value: Int) {
        raw(key)
        writeInt(value)
    }

    /// A JSON string from valid UTF-8 bytes.
    ///
    /// Bytes are tested eight at a time; a word with nothing to escape is passed
    /// over whole, and unescaped runs are copied at once.
    public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        guard let base = u.baseAddress else { raw("\"\""); return }
        let count = u.count
        let buffer = buffer
        buffer.reserve(count + 2)
        if Self.isEscapeFree(base, count: count) {
            // The common case: quote, bytes, quote, with one capacity check.
            let out = buffer.base + buffer.count
            out[0] = 0x22
            (out + 1).update(from: base, count: count)
            out[count + 1] = 0x22
            buffer.count += count + 2
            return
        }
        append(0x22)
        var runStart = 0
        var k = 0
        while k < count {
            if count - k >= 8 {
                if !Self.hasEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                    k += 8
                    continue
                }
            } else if count >= 8, !Self.hasEscape(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)) {
                // The rest is inside the last eight bytes, and nothing there needs escaping.
                break
            }
            let end = min(k + 8, count)
            while k < end {
                let b = base[k]
                k += 1
                if b >= 0x20 && b != 0x22 && b != 0x5C { continue }
                if runStart < k - 1 { append(UnsafeBufferPointer(start: base + runStart, count: k - 1 - runStart)) }
                runStart = k
                escape(b)
            }
        }
        if runStart < count { append(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
        append(0x22)
    }

    /// Whether none of the `count` bytes at `base` needs escaping.
    @inline(__always)
    private static func isEscapeFree(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var k = 0
        while count - k >= 8 {
            if hasEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) { return false }
            k += 8
        }
        if k == count { return true }
        // The rest is inside the last eight bytes.
        if count >= 8 { return !hasEscape(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)) }
        while k < count {
            let b = base[k]
            if b < 0x20 || b == 0x22 || b == 0x5C { return false }
            k += 1
        }
        return true
    }

    /// Whether any of the eight bytes of `w` is below 0x20, `"` or `\` (exact for
    /// the word as a whole; which byte is not told).
    @inline(__always)
    private static func hasEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote
        let backslashes = (backslash &- ones) & ~backslash
        return (control | quotes | backslashes) & highs != 0
    }

    /// The escape of byte `b`, one that JSON requires escaped.
    private mutating func escape(_ b: UInt8) {
        switch b {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            append(Self.hex[Int(b >> 4)])
            append(Self.hex[Int(b & 0xF)])
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Any JSON value.
    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case let .bool(b): if b { raw("true") } else { raw("false") }
        case let .number(n): var n = n; n.withUTF8 { append($0) }
        case let .string(s): string(s)
        case let .array(items):
            append(0x5B)
            for (k, item) in items.enumerated() {
                if k > 0 { append(0x2C) }
                value(item)
            }
            append(0x5D)
        case let .object(pairs):
            append(0x7B)
            for (k, (key, item)) in pairs.enumerated() {
                if k > 0 { append(0x2C) }
                string(key)
                append(0x3A)
                value(item)
            }
            append(0x7D)
        }
    }
}
